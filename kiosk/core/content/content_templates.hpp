#pragma once
// The files `haven new site` and `haven new card` write: a small, valid content folder and a
// card to fill in, for clinic staff who edit content in Notepad on any computer. Every field
// is explained by a comment beside it, in plain English, so nobody has to hunt for the
// format; placeholder text says it is an example to replace, never health advice. The texts
// pass `haven check` with no error and no warning (tests/core/content_templates_test.cpp).

#include "core/content/calendar_date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace haven {

struct TemplateFile {
    std::string path;  // relative to the content folder, '/' between folders
    std::string text;  // UTF-8 without a byte-order mark, '\n' line endings
};

// kiosk.toml, topics.toml, breathing.toml and two example cards, one in each of two topics
// (codes 10 and 20). `today` is the example cards' review date.
std::vector<TemplateFile> new_site_files(const CalendarDate& today);

// The longest title `haven new card` takes: a title is one line on a tile and a heading.
inline constexpr std::size_t kMaxCardTitleCharacters = 200;

// Why `title` cannot be a new card's title, as a sentence for staff; empty when it can. A
// title is one line of plain text: not empty, valid UTF-8, no control characters (line
// breaks and tabs included), no line or paragraph separators, no invisible characters that
// reorder text (U+202E ...), at most kMaxCardTitleCharacters characters.
std::string card_title_problem(std::string_view title);

struct NewCard {
    std::string title;  // accepted by card_title_problem(); written escaped, exactly as typed
    std::string topic;  // a topic id from topics.toml
    int code = 0;       // next_free_code() (card_codes.hpp)
    int order = 1;      // next_card_order()
    CalendarDate today; // written as `reviewed`: the review date starts as the day it was made
};

// A new card's file: front matter with every field and a comment for each, then placeholder
// text to replace.
std::string new_card_text(const NewCard& card);

} // namespace haven
