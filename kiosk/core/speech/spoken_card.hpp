#pragma once
// What Haven says when a patient taps Listen on a card: its title, then its body, as plain
// sentences (Markdown is already gone: a card's body arrives as blocks of styled spans), its
// help links by their labels and never their addresses. Each sentence knows where it stands
// on the card, so the one being heard can be highlighted and scrolled into view.

#include "core/content/content_model.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace haven {

struct SpokenSentence {
    static constexpr int kTitle = -1;  // `block` of a sentence of the card's title
    static constexpr int kHelp = -2;   // `block` of a help link's label
    std::string text;       // what is said
    int block = kTitle;     // index into Card::blocks, or kTitle, kHelp
    std::size_t begin = 0;  // bytes [begin, end) of that block's plain text (its spans joined)
    std::size_t end = 0;
};

// The sentences of `card`, in reading order. `further_help` introduces the help links (the
// screen's own words for "Further help", in the card's language); empty leaves it out.
std::vector<SpokenSentence> spoken_card(const Card& card, const std::string& further_help = {});

// Cuts `text` into sentences after ".", "!", "?", "…" and the Arabic, Urdu and Indic full
// stops and question marks (؟ ۔ । ॥) when a space or the end follows, and at line breaks;
// each is [begin, end) of `text` with its surrounding spaces left out.
std::vector<std::pair<std::size_t, std::size_t>> sentence_ranges(const std::string& text);

}  // namespace haven
