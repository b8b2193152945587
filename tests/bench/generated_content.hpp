#pragma once
// Generated content packs for the benchmarks: realistic ~200-word cards with a heading, a
// list and a help link, spread over 10 topics, written to a temporary folder.

#include "support/temp_folder.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

namespace haven::bench {

namespace fs = std::filesystem;

constexpr int kTopics = 10;
constexpr int kMaxCode = 999;

using haven_test::support::TempFolder;

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


} // namespace haven::bench
