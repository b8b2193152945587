#pragma once
// What a USB stick really carries: file names from Windows and macOS, upper-case
// extensions, and the clutter both systems leave behind (._* files, .DS_Store, Thumbs.db,
// System Volume Information ...), which Haven ignores quietly.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace haven {

// `s` in lower case (ASCII letters only: file names are compared the way Windows and macOS do).
std::string to_lower(std::string_view s);

// True for files and folders that operating systems leave on sticks, never content.
bool is_system_clutter(std::string_view name);

// True when `name` ends in `.ext` in any letter case (`ext` given in lower case, no dot).
bool has_extension(std::string_view name, std::string_view ext);

// A card file name split into its slug and language: "talking.cy.md" -> ("talking", "cy");
// "talking.md" -> ("talking", ""). Language tags are 2-3 letters, optionally with a region
// ("pt-br"). Returns nullopt when the name is not a card (no .md extension).
struct CardName {
    std::string slug;
    std::string language;  // empty: the default language
};
std::optional<CardName> parse_card_name(std::string_view file_name);

// Names of the entries of a folder, sorted, without system clutter.
std::vector<std::string> list_files(const std::filesystem::path& folder);

} // namespace haven
