#pragma once
// Shared by the content loader tests: a temporary content folder of a test's own, a small
// valid base content, and checks of the diagnostics load_content reports.

#include "core/content/content_loader.hpp"
#include "core/content/diagnostic.hpp"
#include "support/temp_folder.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace haven_test {

namespace fs = std::filesystem;
using haven::Diagnostic;
using haven::LoadResult;
using Severity = haven::Diagnostic::Severity;

// A content folder of its own for one test, removed again when the test ends.
class TempFolder : public support::TempFolder {
public:
    template <std::size_t N>
    void write_bytes(const std::string& rel, const unsigned char (&bytes)[N]) const {
        write(rel, std::string_view(reinterpret_cast<const char*>(bytes), N));
    }
    LoadResult load() const { return haven::load_content(path()); }
};

// Two topics, so tests can add a third and see its warning.
inline constexpr std::string_view kBaseTopics = R"([[topic]]
id = "food"
title = "Food"
order = 1

[[topic]]
id = "sleep"
title = "Sleep"
order = 2
)";

// A card file. Front matter lines: 1 `+++`, 2 title, 3 topic, 4 code, then `extra`.
inline std::string card_text(std::string_view title, std::string_view topic, int code, std::string_view extra = "",
                             std::string_view body = "Body text.\n") {
    std::string out = "+++\n";
    out += "title = \"" + std::string(title) + "\"\n";
    out += "topic = \"" + std::string(topic) + "\"\n";
    out += "code = " + std::to_string(code) + "\n";
    out += extra;
    out += "+++\n";
    out += body;
    return out;
}

// A valid folder that loads without any diagnostic: two topics with one card each
// (codes 1 and 2). Tests add the one broken thing they are about.
inline void write_base(const TempFolder& folder) {
    folder.write("topics.toml", kBaseTopics);
    folder.write("cards/food.md", card_text("Meals", "food", 1));
    folder.write("cards/sleep.md", card_text("Naps", "sleep", 2));
}

// Haven's own words in `language` (i18n/LANG.toml), so that cards in it load without the
// warning that the screens around them would stay in English.
inline void write_screen_text(const TempFolder& folder, std::string_view language) {
    folder.write("i18n/" + std::string(language) + ".toml", "hide_screen = \"Hide (" + std::string(language) + ")\"\n");
}

inline std::string all_messages(const LoadResult& result) {
    std::string out;
    for (const auto& d : result.diagnostics) out += haven::format(d) + "\n";
    return out;
}

inline bool mentions(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// What a diagnostic must be. `column` -1: not checked (only where the position comes from
// a third-party parser and any column on the right line is fine).
struct Expected {
    Severity severity;
    std::string path;
    int line;
    int column;
    std::vector<std::string> words;  // each must appear in the message
};

inline void check_diagnostic(const Diagnostic& d, const Expected& e) {
    INFO("diagnostic: ", haven::format(d));
    CHECK(d.severity == e.severity);
    CHECK(d.path == e.path);
    CHECK(d.line == e.line);
    if (e.column >= 0) CHECK(d.column == e.column);
    for (const auto& word : e.words) {
        INFO("expected word: ", word);
        CHECK(mentions(d.message, word));
    }
}

// The result must hold exactly these diagnostics, in this order.
inline void check_diagnostics(const LoadResult& result, std::initializer_list<Expected> expected) {
    INFO("all diagnostics:\n", all_messages(result));
    REQUIRE(result.diagnostics.size() == expected.size());
    size_t i = 0;
    for (const auto& e : expected) check_diagnostic(result.diagnostics[i++], e);
}

// The result must hold exactly one diagnostic, as described.
inline void check_only(const LoadResult& result, const Expected& e) { check_diagnostics(result, {e}); }

// No diagnostic at all.
inline void check_clean(const LoadResult& result) {
    INFO("all diagnostics:\n", all_messages(result));
    CHECK(result.diagnostics.empty());
    CHECK(result.ok());
}

// The first diagnostic on `path` whose message mentions `word`, or nullptr.
inline const Diagnostic* find_diagnostic(const LoadResult& result, std::string_view path, std::string_view word) {
    for (const auto& d : result.diagnostics)
        if (d.path == path && mentions(d.message, word)) return &d;
    return nullptr;
}

inline const haven::Card* find_card(const LoadResult& result, std::string_view file) {
    for (const auto& c : result.content.cards)
        if (c.file == file) return &c;
    return nullptr;
}

} // namespace haven_test
