# Runs one fuzzer for a fixed number of inputs: an empty work corpus first, then the seed folders.
# Arguments: FUZZER, WORK_DIR, SEED_DIRS (separated by |), RUNS, DICT (a dictionary file, or empty).
string(REPLACE "|" ";" seed_dirs "${SEED_DIRS}")
set(dict_option "")
if(DICT)
  set(dict_option "-dict=${DICT}")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/artifacts")
execute_process(
  COMMAND "${FUZZER}" -runs=${RUNS} -seed=1 -max_total_time=240 -timeout=10 -rss_limit_mb=2048
          -print_final_stats=1 ${dict_option} "-artifact_prefix=${WORK_DIR}/artifacts/" "${WORK_DIR}/corpus" ${seed_dirs}
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${FUZZER} failed (${result}); the input that broke it is in ${WORK_DIR}/artifacts/. "
                      "Reproduce with: ${FUZZER} ${WORK_DIR}/artifacts/<file>")
endif()
