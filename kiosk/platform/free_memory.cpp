#include "free_memory.hpp"

#include <cstdlib>  // defines __GLIBC__ on glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace haven::platform {

void return_free_memory() {
#if defined(__GLIBC__)
    // With 0 it also releases the free pages in the middle of the heap (MADV_DONTNEED), not
    // only those at its top, which a single long-lived block there would keep.
    malloc_trim(0);
#endif
}

} // namespace haven::platform
