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

add_library(haven_sanitizers INTERFACE)
add_library(haven::sanitizers ALIAS haven_sanitizers)
if(HAVEN_SANITIZE)
  target_compile_options(haven_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(haven_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
