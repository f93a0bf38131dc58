// Sanitizer builds only (LUMBARLAB_SANITIZE): dlclose() leaves shared objects loaded.
//
// LeakSanitizer checks for leaks at exit, after libglvnd and EGL have unloaded the Mesa driver
// (swrast_dri.so) and LLVM with it. The stacks of what the driver keeps until exit then point
// into unmapped memory: they print as "<unknown module>", and neither a reader nor the
// suppressions in lsan.supp can tell Mesa's leaks from ours. Keeping every module mapped until
// the process ends costs nothing in a test run and makes each stack name its library. (No
// <dlfcn.h>: its declaration carries glibc's exception specification.)

extern "C" int dlclose(void*)
{
    return 0;
}
