// The code `haven new card` gives a new card (core/content/card_codes.hpp): the next one of
// its topic's group of ten, never one another card has, and a fresh group for a new topic.

#include "core/content/card_codes.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using haven::Card;
using haven::next_card_order;
using haven::next_free_code;

namespace {

// Cards from (code, topic) pairs.
std::vector<Card> cards(std::initializer_list<std::pair<int, const char*>> codes) {
    std::vector<Card> out;
    for (const auto& [code, topic] : codes) {
        Card card;
        card.code = code;
        card.topic = topic;
        out.push_back(card);
    }
    return out;
}

} // namespace

TEST_CASE("next free code: one more than the topic's highest, within its group of ten") {
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {20, "b"}}), "a") == 12);
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {20, "b"}}), "b") == 21);
    // Cards in any order in the folder.
    CHECK(next_free_code(cards({{14, "a"}, {20, "b"}, {10, "a"}}), "a") == 15);
}

TEST_CASE("next free code: a gap left by a removed card is not reused while the group has room") {
    // 12 was removed: an old printed handout may still send patients to 12.
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {13, "a"}}), "a") == 14);
}

TEST_CASE("next free code: a full end of the group falls back to the lowest gap in it") {
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {19, "a"}}), "a") == 12);
    // The code after the highest belongs to another topic (a folder that mixes groups).
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {12, "b"}}), "a") == 13);
    // 19 + 1 would be 20, another group: the gap at 15 comes first.
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {12, "a"}, {13, "a"}, {14, "a"}, {16, "a"}, {17, "a"}, {18, "a"},
                                {19, "a"}}),
                         "a") == 15);
}

TEST_CASE("next free code: a topic's codes in several groups fill the lowest gap of any of them") {
    CHECK(next_free_code(cards({{10, "a"}, {11, "a"}, {12, "a"}, {13, "a"}, {14, "a"}, {15, "a"}, {16, "a"}, {17, "a"},
                                {18, "a"}, {19, "a"}, {30, "a"}, {39, "a"}}),
                         "a") == 31);
}

TEST_CASE("next free code: a topic with no cards starts the lowest group of ten nobody uses") {
    CHECK(next_free_code({}, "a") == 10);
    CHECK(next_free_code(cards({{10, "a"}, {20, "b"}}), "c") == 30);
    // 30..39 holds one stray code of another topic: the group is not empty.
    CHECK(next_free_code(cards({{10, "a"}, {20, "b"}, {35, "b"}}), "c") == 40);
    // A group freed in the middle is used again.
    CHECK(next_free_code(cards({{10, "a"}, {30, "b"}}), "c") == 20);
    // Codes 1 to 9 are no group of a topic: a folder numbered 1, 2, 3 ... still gets 10.
    CHECK(next_free_code(cards({{1, "a"}, {2, "b"}}), "c") == 10);
}

TEST_CASE("next free code: a full group of ten opens a fresh group for the topic") {
    std::vector<Card> full;
    for (int code = 10; code <= 19; ++code) full.push_back(cards({{code, "a"}})[0]);
    full.push_back(cards({{20, "b"}})[0]);
    CHECK(next_free_code(full, "a") == 30);
}

TEST_CASE("next free code: when every group has a code, the lowest free code at all; none when 999 are used") {
    std::vector<Card> crowded;
    for (int group = 1; group <= 99; ++group) crowded.push_back(cards({{group * 10 + 5, "other"}})[0]);
    CHECK(next_free_code(crowded, "a") == 1);
    std::vector<Card> all;
    for (int code = 1; code <= 999; ++code) all.push_back(cards({{code, code % 2 ? "a" : "b"}})[0]);
    CHECK_FALSE(next_free_code(all, "a").has_value());
    all.erase(all.begin() + 500);  // code 501, topic a's
    CHECK(next_free_code(all, "b") == 501);
}

TEST_CASE("next free code: the highest group stops at 999") {
    CHECK(next_free_code(cards({{990, "a"}, {998, "a"}}), "a") == 999);
    CHECK(next_free_code(cards({{990, "a"}, {999, "a"}}), "a") == 991);
}

TEST_CASE("next free code: cards without a code (0, a translation's or a rejected one) take no code") {
    CHECK(next_free_code(cards({{0, "a"}, {10, "a"}}), "a") == 11);
    CHECK(next_free_code(cards({{0, "a"}}), "a") == 10);
}

TEST_CASE("next card order: last in its topic") {
    std::vector<Card> list = cards({{10, "a"}, {11, "a"}, {20, "b"}});
    list[0].order = 3;
    list[1].order = 1;
    list[2].order = 7;
    CHECK(next_card_order(list, "a") == 4);
    CHECK(next_card_order(list, "b") == 8);
    CHECK(next_card_order(list, "c") == 1);
    list[0].order = 100000;  // the loader's highest
    CHECK(next_card_order(list, "a") == 100000);
}
