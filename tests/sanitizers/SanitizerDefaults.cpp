// Default options and suppressions for AddressSanitizer, LeakSanitizer and
// UndefinedBehaviorSanitizer, compiled into every executable of a -DROLELENS_ENABLE_SANITIZERS=ON
// build (the sanitizer runtimes look these functions up at start).

extern "C" {

const char *__asan_default_options()
{
    // Tests that set RLIMIT_FSIZE or kill children must not trip over ASan's own files.
    return "detect_leaks=1:abort_on_error=0:strict_string_checks=1:"
           "detect_stack_use_after_return=1:check_initialization_order=1";
}

const char *__ubsan_default_options()
{
    return "print_stacktrace=1:halt_on_error=1";
}

// Leaks in third-party libraries that RoleLens cannot free: each is a one-off allocation
// that lives until the process ends (caches and registries), not a growing leak.
const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n"; // fontconfig's configuration and pattern caches
}

} // extern "C"
