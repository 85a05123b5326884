# Fails when a tracked C++ file differs from what .clang-format asks for.
# Usage: cmake -DCLANG_FORMAT=<path> -DSOURCE_DIR=<root> -P CheckFormat.cmake
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/server/*.cpp" "${SOURCE_DIR}/server/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/benchmarks/*.cpp" "${SOURCE_DIR}/benchmarks/*.h")
execute_process(
    COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${sources}
    RESULT_VARIABLE result
    ERROR_VARIABLE messages)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Files need clang-format:\n${messages}")
endif()
