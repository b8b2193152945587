#include "core/content/content_files.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <system_error>

namespace haven {
namespace fs = std::filesystem;

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool is_language_tag(std::string_view tag) {
    auto letters = [](std::string_view s, size_t min, size_t max) {
        return s.size() >= min && s.size() <= max &&
               std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
    };
    const size_t dash = tag.find('-');
    if (dash == std::string_view::npos) return letters(tag, 2, 3);
    return letters(tag.substr(0, dash), 2, 3) && letters(tag.substr(dash + 1), 2, 4);
}

} // namespace

std::string to_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_system_clutter(std::string_view name) {
    static constexpr std::array<std::string_view, 9> exact{
        ".DS_Store", "Thumbs.db", "desktop.ini", "System Volume Information", "$RECYCLE.BIN",
        ".Trashes", ".Spotlight-V100", ".fseventsd", ".TemporaryItems",
    };
    if (name.rfind("._", 0) == 0) return true;  // macOS resource forks
    return std::any_of(exact.begin(), exact.end(), [&](std::string_view e) { return equals_ignoring_case(name, e); });
}

bool has_extension(std::string_view name, std::string_view ext) {
    return name.size() > ext.size() + 1 && name[name.size() - ext.size() - 1] == '.' &&
           equals_ignoring_case(name.substr(name.size() - ext.size()), ext);
}

std::optional<CardName> parse_card_name(std::string_view file_name) {
    if (!has_extension(file_name, "md")) return std::nullopt;
    std::string_view stem = file_name.substr(0, file_name.size() - 3);
    CardName out;
    const size_t dot = stem.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && is_language_tag(stem.substr(dot + 1))) {
        out.language = to_lower(stem.substr(dot + 1));
        stem = stem.substr(0, dot);
    }
    out.slug = std::string(stem);
    return out;
}

std::vector<std::string> list_files(const fs::path& folder) {
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (is_system_clutter(name)) continue;
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());  // stable order whatever the file system returns
    return names;
}

} // namespace haven
