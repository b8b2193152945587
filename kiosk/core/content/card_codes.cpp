#include "core/content/card_codes.hpp"

#include <algorithm>
#include <array>
#include <set>

namespace haven {

std::optional<int> next_free_code(const std::vector<Card>& cards, std::string_view topic) {
    std::array<bool, kHighestCode + 1> used{};
    std::set<int> groups;  // the topic's groups of ten, by code / 10
    int highest = 0;       // the topic's highest code, 0: it has none yet
    for (const Card& card : cards) {
        if (card.code < kLowestCode || card.code > kHighestCode) continue;
        used[static_cast<size_t>(card.code)] = true;
        if (card.topic != topic) continue;
        groups.insert(card.code / 10);
        highest = std::max(highest, card.code);
    }
    auto is_free = [&](int code) { return code >= kLowestCode && code <= kHighestCode && !used[static_cast<size_t>(code)]; };

    if (highest > 0 && (highest + 1) / 10 == highest / 10 && is_free(highest + 1)) return highest + 1;
    for (const int group : groups) {
        for (int code = group * 10; code < group * 10 + 10; ++code)
            if (is_free(code)) return code;
    }
    for (int group = 1; group * 10 <= kHighestCode; ++group) {
        bool empty = true;
        for (int code = group * 10; code < group * 10 + 10 && code <= kHighestCode; ++code) empty = empty && !used[static_cast<size_t>(code)];
        if (empty) return group * 10;
    }
    for (int code = kLowestCode; code <= kHighestCode; ++code)
        if (is_free(code)) return code;
    return std::nullopt;
}

int next_card_order(const std::vector<Card>& cards, std::string_view topic) {
    int highest = 0;
    for (const Card& card : cards)
        if (card.topic == topic) highest = std::max(highest, card.order);
    // The loader takes orders up to 100000; past that the card simply shares the last place.
    return std::min(highest + 1, 100000);
}

} // namespace haven
