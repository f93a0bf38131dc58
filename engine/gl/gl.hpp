// The one place the engine includes the generated OpenGL loader.
#pragma once

#include <glad/gl.h>
