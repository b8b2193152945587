// Readability: every card body scores at least 60 on the Flesch reading ease ("plain English":
// 60 to 70 is easily understood by 13- to 15-year-olds). Each card's figures are printed so
// the log shows how close a card is to the line.

#include "bundled.hpp"
#include "text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>

using namespace haven::content_check;

namespace {
constexpr double kMinimumEase = 60.0;
}

TEST_CASE("readability: every card body has a Flesch reading ease of at least 60") {
    const Pack& pack = bundled_pack();
    REQUIRE_FALSE(pack.cards.empty());
    double lowest = 1000, highest = -1000;
    std::printf("Flesch reading ease of each card body (at least %.0f):\n", kMinimumEase);
    for (const CardFile& card : pack.cards) {
        const Readability r = readability(card.body);
        std::printf("  %5.1f  %-44s %3d words, %2d sentences, %.2f syllables a word\n", r.ease, card.file.c_str(),
                    r.words, r.sentences, r.words > 0 ? static_cast<double>(r.syllables) / r.words : 0.0);
        lowest = std::min(lowest, r.ease);
        highest = std::max(highest, r.ease);
        INFO("card: ", card.file);
        CHECK(r.words > 0);
        CHECK(r.ease >= kMinimumEase);
    }
    std::printf("  range %.1f to %.1f over %zu cards\n", lowest, highest, pack.cards.size());
    std::fflush(stdout);
}
