# One place for warning flags: targets link rolelens_warnings instead of setting flags.
add_library(rolelens_warnings INTERFACE)
target_compile_options(rolelens_warnings INTERFACE
    -Wall              # the common, low-noise set
    -Wextra            # unused parameters, sign comparisons in templates, missing initialisers
    -Wpedantic         # stay within ISO C++20, so other compilers accept the code
    -Wshadow           # a local hiding a member is a classic source of wrong-variable bugs
    -Wnon-virtual-dtor # deleting through a base pointer must run the derived destructor
    -Wold-style-cast   # casts must say which kind they are
    -Wcast-align       # misaligned access is undefined on some platforms
    -Woverloaded-virtual # an overload hiding a virtual is almost always a mistake
    -Wconversion       # silent narrowing loses data (sizes into ints, doubles into ints)
    -Wsign-conversion  # mixing signed and unsigned sizes
    -Wnull-dereference
    -Wdouble-promotion
    -Wformat=2
    -Wimplicit-fallthrough
)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(rolelens_warnings INTERFACE
        -Wduplicated-cond     # the same condition twice in an if/else-if chain
        -Wduplicated-branches # both branches of an if do the same
        -Wlogical-op          # && where || was meant, or a test that is always the same
    )
endif()
if(ROLELENS_WARNINGS_AS_ERRORS)
    target_compile_options(rolelens_warnings INTERFACE -Werror)
endif()
