# Compiler options as interface targets, so that only our own targets get them and
# third-party headers (imported targets, included as -isystem) stay out of the way.

option(HAVEN_WARNINGS_AS_ERRORS "Treat compiler warnings in Haven's code as errors" ON)
option(HAVEN_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(haven_warnings INTERFACE)
add_library(haven::warnings ALIAS haven_warnings)
target_compile_options(haven_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation
  $<$<BOOL:${HAVEN_WARNINGS_AS_ERRORS}>:-Werror>)
# GCC 12 at -O3 reports std::string concatenations inside libstdc++ as overlapping copies
# (-Wrestrict, GCC bug 105329; fixed in GCC 13): a false alarm that would fail a Release build.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(haven_warnings INTERFACE -Wno-restrict)
endif()

add_library(haven_sanitizers INTERFACE)
add_library(haven::sanitizers ALIAS haven_sanitizers)
if(HAVEN_SANITIZE)
  target_compile_options(haven_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(haven_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
