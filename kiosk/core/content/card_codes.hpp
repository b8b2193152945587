#pragma once
// Choosing the code of a new card (`haven new card`). Nurses say codes aloud ("look at code
// 12"), so the loader only asks that each is unique and 1 to 999; by convention (the bundled
// pack keeps it, tests/content/pack_test.cpp) each topic's cards share a group of ten, 10 to
// 19, 20 to 29 ..., and no two topics share a group, so a code also tells a nurse the topic.

#include "core/content/content_model.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace haven {

inline constexpr int kLowestCode = 1;
inline constexpr int kHighestCode = 999;

// The code for a new card in `topic`, given the default-language cards already there (only
// their `code` and `topic` matter; a code of 0 means none). In this order:
//   1. one more than the topic's highest code, while that stays in the same group of ten and
//      is free: a gap left by a removed card is not handed to a new one while an old printed
//      handout may still send patients there;
//   2. the lowest free code in one of the topic's groups;
//   3. the first code of the lowest group of ten (10 to 19 first, 990 to 999 last) that no
//      card uses: a topic's first card, or a topic whose groups are full;
//   4. the lowest free code at all, 1 to 999.
// nullopt when all 999 codes are taken.
std::optional<int> next_free_code(const std::vector<Card>& cards, std::string_view topic);

// The `order` for a new card in `topic`: one more than the highest order of its cards, so it
// comes last on the topic's screen (cards without an order count as 0).
int next_card_order(const std::vector<Card>& cards, std::string_view topic);

} // namespace haven
