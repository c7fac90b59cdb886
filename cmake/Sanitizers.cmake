# One place for the sanitizers: rolelens_core links rolelens_sanitizers PUBLIC, so every target
# of ours (they all build on core) is instrumented the same way, and every executable among
# them gets the sanitizers' default options and suppressions built in
# (tests/sanitizers/SanitizerDefaults.cpp), so that tests behave the same under ctest, test
# discovery and by hand.
#   ROLELENS_ENABLE_SANITIZERS  AddressSanitizer and UndefinedBehaviorSanitizer (GCC or clang)
#   ROLELENS_FUZZ               the same plus libFuzzer's instrumentation (clang only)
add_library(rolelens_sanitizers INTERFACE)
if(NOT ROLELENS_ENABLE_SANITIZERS AND NOT ROLELENS_FUZZ)
    return()
endif()

# Qt's own libraries are not instrumented; the vptr check cannot see their type information
# and reports false positives, so it is left out.
set(ROLELENS_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize=vptr
    -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
target_compile_options(rolelens_sanitizers INTERFACE ${ROLELENS_SANITIZER_FLAGS}
                       $<$<BOOL:${ROLELENS_FUZZ}>:-fsanitize=fuzzer-no-link>)
target_link_options(rolelens_sanitizers INTERFACE ${ROLELENS_SANITIZER_FLAGS})

add_library(rolelens_sanitizer_defaults OBJECT
    "${PROJECT_SOURCE_DIR}/tests/sanitizers/SanitizerDefaults.cpp")
# Executables only: a library that carried the defaults would define them twice.
target_link_libraries(rolelens_sanitizers INTERFACE
    $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:rolelens_sanitizer_defaults>)
