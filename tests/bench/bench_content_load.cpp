// bench_content_load: how long haven::load_content takes on content folders of 100, 1,000
// and 10,000 cards, to show that loading grows linearly with the number of cards.
//
//   bench_content_load [--quick]     --quick: only the 100-card folder (CTest's bench_smoke)
//
// Each folder is generated under the system's temporary directory (TMPDIR) and removed
// afterwards: 10 topics and cards of about 200 words of Markdown with a heading, a bullet
// list, bold text and a [[help]] link (so every card also gets its QR-size check). Nurse
// codes run from 1 to 999, so in the larger folders the cards after the 999th have no code
// and each is reported as an error, as the loader would for a real pack.
//
// Each size is loaded once to warm up (page cache, allocator), then three times; the best
// time is shown. The first size is loaded ten times to warm up, since that also warms up the
// process. The last column is the time per card relative to the 100-card folder:
// near 1.0 at every size means linear growth.

#include "core/content/content_loader.hpp"
#include "generated_content.hpp"
#include "core/content/diagnostic.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <stdlib.h>  // mkdtemp

namespace fs = std::filesystem;

namespace {

using namespace haven::bench;

struct Row {
    int cards = 0;
    double ms = 0;
    std::size_t loaded = 0;
    std::size_t errors = 0;
};

Row measure(int cards, int warm_ups) {
    TempFolder folder;
    write_content(folder.path(), cards);
    Row row;
    row.cards = cards;
    row.ms = 1e300;
    for (int i = 0; i < warm_ups; ++i) (void)haven::load_content(folder.path());
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const haven::LoadResult result = haven::load_content(folder.path());
        const auto stop = std::chrono::steady_clock::now();
        row.ms = std::min(row.ms, std::chrono::duration<double, std::milli>(stop - start).count());
        row.loaded = result.content.cards.size();
        row.errors = static_cast<std::size_t>(std::count_if(result.diagnostics.begin(), result.diagnostics.end(),
            [](const haven::Diagnostic& d) { return d.severity == haven::Diagnostic::Severity::Error; }));
    }
    return row;
}

} // namespace

int main(int argc, char** argv) {
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            quick = true;
        } else {
            std::fprintf(stderr, "usage: %s [--quick]\n", argv[0]);
            return 2;
        }
    }
    const std::vector<int> sizes = quick ? std::vector<int>{100} : std::vector<int>{100, 1000, 10000};

    std::printf("haven::load_content, best of 3 runs after a warm-up (%d topics, ~200-word cards, one help link each)\n\n",
                kTopics);
    std::printf("%8s  %10s  %10s  %16s  %8s\n", "cards", "ms", "us/card", "per card vs 100", "errors");
    double base_per_card = 0;
    bool all_loaded = true;
    try {
        for (int cards : sizes) {
            // The first size also warms up the process (code pages, allocator arenas, CPU
            // clock), which one load of 100 cards is too short for.
            const Row row = measure(cards, cards == sizes.front() ? 10 : 1);
            const double per_card_us = row.ms * 1000 / cards;
            if (base_per_card == 0) base_per_card = per_card_us;
            std::printf("%8d  %10.1f  %10.1f  %16.2f  %8zu\n", row.cards, row.ms, per_card_us, per_card_us / base_per_card,
                        row.errors);
            std::fflush(stdout);
            // Cards without a code (beyond 999) are errors but still loaded; every card must be.
            const std::size_t expected_errors = cards > kMaxCode ? static_cast<std::size_t>(cards - kMaxCode) : 0;
            if (row.loaded != static_cast<std::size_t>(cards) || row.errors != expected_errors) {
                std::fprintf(stderr, "bench_content_load: %d cards written, %zu loaded, %zu errors (expected %zu)\n", cards,
                             row.loaded, row.errors, expected_errors);
                all_loaded = false;
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_content_load: %s\n", e.what());
        return 1;
    }
    return all_loaded ? 0 : 1;
}
