// What a card says when read aloud (spoken_card, sentence_ranges) on arbitrary bytes, as a
// card's text from a stick may be: never a crash or a hang, and every sentence's place on the
// card inside the block it names, in order, its text exactly those bytes.

#include "core/content/markdown.hpp"
#include "core/speech/spoken_card.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);

    // Sentence cutting on the raw bytes: ranges in order, inside, non-empty.
    std::size_t last_end = 0;
    for (const auto& [begin, end] : haven::sentence_ranges(text)) {
        HAVEN_FUZZ_CHECK(begin < end && end <= text.size());
        HAVEN_FUZZ_CHECK(begin >= last_end);
        last_end = end;
    }

    // The same bytes as a card's Markdown body, and as its title and a help link's label.
    haven::Card card;
    card.title = text.substr(0, text.size() / 4);
    card.blocks = haven::parse_markdown(text).blocks;
    const std::string address = "https://haven.invalid/fuzz";
    card.help.push_back({text.substr(0, 40), address});
    // Everything the card says in words (Markdown escapes can make an address of its own).
    std::string words = card.title + card.help.front().label;
    for (const haven::Block& block : card.blocks)
        for (const haven::Span& span : block.spans) words += span.text;
    const auto sentences = haven::spoken_card(card, "Further help");
    for (const haven::SpokenSentence& s : sentences) {
        HAVEN_FUZZ_CHECK(!s.text.empty());
        HAVEN_FUZZ_CHECK(s.text.find(address) == std::string::npos || words.find(address) != std::string::npos);
        if (s.block < 0) continue;
        HAVEN_FUZZ_CHECK(static_cast<std::size_t>(s.block) < card.blocks.size());
        std::string plain;
        for (const haven::Span& span : card.blocks[static_cast<std::size_t>(s.block)].spans) plain += span.text;
        HAVEN_FUZZ_CHECK(s.begin < s.end && s.end <= plain.size());
        HAVEN_FUZZ_CHECK(plain.compare(s.begin, s.end - s.begin, s.text) == 0);
    }
    return 0;
}
