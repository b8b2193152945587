#pragma once
// Third-party single-file libraries (stb) compiled inside our own files: their code is not
// held to our warnings, which would otherwise fail the -Werror build. Wrap the #include
// that carries the implementation:
//
//   HAVEN_BEGIN_THIRD_PARTY
//   #include <stb_image.h>
//   HAVEN_END_THIRD_PARTY

#if defined(__GNUC__)
#define HAVEN_BEGIN_THIRD_PARTY                                                                        \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Wall\"")                         \
        _Pragma("GCC diagnostic ignored \"-Wextra\"") _Pragma("GCC diagnostic ignored \"-Wold-style-cast\"") \
            _Pragma("GCC diagnostic ignored \"-Wcast-align\"") _Pragma("GCC diagnostic ignored \"-Wshadow\"")  \
                _Pragma("GCC diagnostic ignored \"-Wdouble-promotion\"")                                  \
                    _Pragma("GCC diagnostic ignored \"-Wmissing-field-initializers\"")
#define HAVEN_END_THIRD_PARTY _Pragma("GCC diagnostic pop")
#else
#define HAVEN_BEGIN_THIRD_PARTY
#define HAVEN_END_THIRD_PARTY
#endif
