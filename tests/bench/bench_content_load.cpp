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

#include "core/content_loader.hpp"
#include "core/diagnostic.hpp"

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

constexpr int kTopics = 10;
constexpr int kMaxCode = 999;

// A temporary folder of this process's own, removed with everything in it.
class TempFolder {
public:
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "haven-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder in " + fs::temp_directory_path().string());
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

void write_file(const fs::path& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

// Plain words of the kind cards use, so that the Markdown parser sees ordinary prose.
constexpr std::string_view kWords[] = {
    "you",     "your",     "partner", "may",      "feel",    "time",      "together", "gentle",   "talk",
    "about",   "what",     "it",      "can",      "help",    "to",        "and",      "the",      "a",
    "body",    "changes",  "after",   "treatment", "comfort", "slowly",   "closeness", "often",   "many",
    "people",  "find",     "that",    "small",    "steps",   "make",      "difference", "nurse",  "ask",
    "questions", "worry",  "tired",   "rest",     "touch",   "kind",      "patient",  "with",     "yourself",
    "is",      "normal",   "for",     "some",     "weeks",   "months",    "care",     "team",     "support"};

class Prose {
public:
    explicit Prose(unsigned seed) : rng_(seed) {}

    // A sentence of 6 to 14 words, capitalised, ending in a full stop.
    std::string sentence() {
        std::uniform_int_distribution<int> length(6, 14);
        std::uniform_int_distribution<std::size_t> pick(0, std::size(kWords) - 1);
        std::string out;
        const int n = length(rng_);
        for (int i = 0; i < n; ++i) {
            if (i) out += ' ';
            out += kWords[pick(rng_)];
        }
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
        return out + '.';
    }
    // Sentences up to about `words` words.
    std::string paragraph(int words) {
        std::string out;
        while (static_cast<int>(std::count(out.begin(), out.end(), ' ')) + 1 < words) {
            if (!out.empty()) out += ' ';
            out += sentence();
        }
        return out;
    }

private:
    std::mt19937 rng_;
};

std::string topics_toml() {
    std::string out;
    for (int t = 0; t < kTopics; ++t) {
        out += "[[topic]]\nid = \"topic-" + std::to_string(t) + "\"\ntitle = \"Topic " + std::to_string(t + 1) +
               "\"\norder = " + std::to_string(t + 1) + "\n\n";
    }
    return out;
}

// About 200 words: an opening paragraph, a heading, a four-item list (one item in bold), and
// a closing paragraph.
std::string card_text(int index, Prose& prose) {
    std::string out = "+++\n";
    out += "title = \"Card " + std::to_string(index + 1) + ": " + prose.sentence().substr(0, 30) + "\"\n";
    out += "tile = \"Card " + std::to_string(index + 1) + "\"\n";
    if (index < kMaxCode) out += "code = " + std::to_string(index + 1) + "\n";
    out += "topic = \"topic-" + std::to_string(index % kTopics) + "\"\n";
    out += "order = " + std::to_string(index / kTopics) + "\n";
    out += "summary = \"" + prose.sentence() + "\"\n";
    out += "[[help]]\nlabel = \"Support line\"\nurl = \"https://www.example.org/support/" + std::to_string(index) + "\"\n";
    out += "+++\n";
    out += prose.paragraph(60) + "\n\n";
    out += "## " + prose.sentence() + "\n\n";
    out += "- **" + prose.sentence() + "** " + prose.paragraph(10) + "\n";
    for (int i = 0; i < 3; ++i) out += "- " + prose.paragraph(12) + "\n";
    out += "\n" + prose.paragraph(70) + "\n";
    return out;
}

void write_content(const fs::path& folder, int cards) {
    fs::create_directories(folder / "cards");
    write_file(folder / "kiosk.toml", "clinic_name = \"Benchmark Clinic\"\n");
    write_file(folder / "topics.toml", topics_toml());
    Prose prose(12345);
    char name[32];
    for (int i = 0; i < cards; ++i) {
        std::snprintf(name, sizeof name, "card-%05d.md", i);
        write_file(folder / "cards" / name, card_text(i, prose));
    }
}

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
