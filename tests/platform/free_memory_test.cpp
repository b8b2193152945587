// platform/free_memory: the heap's free pages go back to the system, so that resident memory
// follows the memory in use (the live soak's slow rise was free pages glibc kept resident
// between live blocks: docs/performance.md).

#include "platform/free_memory.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOwnAllocator = true;  // ASan's allocator: glibc's heap is not the one in use
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kOwnAllocator = true;
#else
constexpr bool kOwnAllocator = false;
#endif
#else
constexpr bool kOwnAllocator = false;
#endif

// Resident anonymous memory of this process, KiB.
long resident_anonymous_kib() {
    std::ifstream status("/proc/self/status");
    std::string key;
    long value = 0;
    while (status >> key) {
        if (key == "RssAnon:" && status >> value) return value;
        status.ignore(1 << 10, '\n');
    }
    return -1;
}

} // namespace

TEST_CASE("free blocks left between live ones stop being resident once the free memory is returned") {
    if (kOwnAllocator) {
        MESSAGE("skipped under AddressSanitizer, whose allocator is not glibc's");
        return;
    }
    // 64 MiB in 16 KiB blocks (under glibc's mmap threshold, so inside its heap), each one
    // touched; then every other one freed: 32 MiB free, none of it at the heap's top, where
    // free() alone would give it back.
    constexpr int kBlocks = 4096;
    constexpr size_t kBlock = 16 << 10;
    std::vector<char*> blocks(kBlocks);
    for (char*& b : blocks) {
        b = static_cast<char*>(std::malloc(kBlock));
        REQUIRE(b != nullptr);
        std::memset(b, 1, kBlock);
    }
    for (int i = 0; i < kBlocks; i += 2) {
        std::free(blocks[i]);
        blocks[i] = nullptr;
    }
    const long before = resident_anonymous_kib();
    REQUIRE(before > 0);
    haven::platform::return_free_memory();
    const long after = resident_anonymous_kib();
    MESSAGE("resident anonymous memory: " << before << " KiB before, " << after << " KiB after");
    // Each free 16 KiB block holds at least three whole pages: 24 of the 32 MiB can go.
    CHECK(before - after >= 16 << 10);
    for (char* b : blocks) std::free(b);
}
