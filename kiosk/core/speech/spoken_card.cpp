#include "core/speech/spoken_card.hpp"

#include <array>
#include <string_view>

namespace haven {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// The sentence ends at byte `at` when one of these stands there (UTF-8).
std::size_t sentence_end_length(std::string_view text, std::size_t at) {
    static constexpr std::array<std::string_view, 9> kEnds{".", "!", "?", "\u2026", "\u061f" /* ؟ */, "\u06d4" /* ۔ */,
                                                           "\u0964" /* । */, "\u0965" /* ॥ */, "\u3002" /* 。 */};
    for (const std::string_view end : kEnds)
        if (text.substr(at, end.size()) == end) return end.size();
    return 0;
}

std::size_t closer_length(std::string_view text, std::size_t at) {
    static constexpr std::array<std::string_view, 6> kClosers{"\"", ")", "'", "\u201d", "\u2019", "\u00bb"};
    for (const std::string_view closer : kClosers)
        if (text.substr(at, closer.size()) == closer) return closer.size();
    return 0;
}

std::string plain_text_of(const Block& block) {
    std::string plain;
    for (const Span& span : block.spans) plain += span.text;
    return plain;
}

void add_sentences(std::vector<SpokenSentence>& out, const std::string& text, int block) {
    for (const auto& [begin, end] : sentence_ranges(text)) out.push_back({text.substr(begin, end - begin), block, begin, end});
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(const std::string& text) {
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    std::size_t begin = 0;
    auto close = [&](std::size_t end) {
        std::size_t b = begin, e = end;
        while (b < e && is_space(text[b])) ++b;
        while (e > b && is_space(text[e - 1])) --e;
        if (e > b) ranges.emplace_back(b, e);
        begin = end;
    };
    for (std::size_t at = 0; at < text.size();) {
        if (text[at] == '\n') {
            close(at);
            ++at;
            continue;
        }
        const std::size_t length = sentence_end_length(text, at);
        if (length == 0) {
            ++at;
            continue;
        }
        std::size_t after = at + length;
        // "...", "?!" and closing quotes or brackets after the stop belong to the sentence.
        while (after < text.size()) {
            std::size_t more = sentence_end_length(text, after);
            if (more == 0) more = closer_length(text, after);
            if (more == 0) break;
            after += more;
        }
        if (after == text.size() || is_space(text[after])) close(after);
        at = after;
    }
    close(text.size());
    return ranges;
}

std::vector<SpokenSentence> spoken_card(const Card& card, const std::string& further_help) {
    std::vector<SpokenSentence> out;
    add_sentences(out, card.title, SpokenSentence::kTitle);
    for (std::size_t i = 0; i < card.blocks.size(); ++i) add_sentences(out, plain_text_of(card.blocks[i]), static_cast<int>(i));
    // A label, never the address: "Macmillan Support Line", not "https colon slash slash". A
    // link without a label (haven check refuses one) is not read at all.
    std::vector<std::string> labels;
    for (const HelpLink& link : card.help)
        for (const auto& [begin, end] : sentence_ranges(link.label)) labels.push_back(link.label.substr(begin, end - begin));
    if (!labels.empty() && !further_help.empty()) out.push_back({further_help, SpokenSentence::kHelp, 0, 0});
    for (std::string& label : labels) out.push_back({std::move(label), SpokenSentence::kHelp, 0, 0});
    return out;
}

}  // namespace haven
