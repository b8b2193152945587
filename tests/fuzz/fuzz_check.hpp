#pragma once
// Invariant checks for the fuzz targets. A broken invariant is a bug even when nothing
// crashes, so it is made a crash (__builtin_trap) that libFuzzer records with its input.

#include <cstdio>

#define HAVEN_FUZZ_CHECK(condition)                                                              \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            __builtin_trap();                                                                    \
        }                                                                                        \
    } while (false)
