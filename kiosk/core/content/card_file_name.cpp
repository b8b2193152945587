#include "core/content/card_file_name.hpp"

#include "core/content/content_files.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace haven {
namespace {

// The letters of U+00C0 to U+017F without their accents, lower case; empty for the few
// characters there that are not letters (x and ÷).
const char* unaccented(unsigned cp) {
    static constexpr std::array<const char*, 0x40> latin1{
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // U+00C0
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // U+00D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // U+00E0
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F0
    };
    // Latin Extended-A: mostly capital and small letter in pairs.
    static constexpr std::array<const char*, 0x80> extended_a{
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",   // U+0100
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",   // U+0110
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",   // U+0120
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", // U+0130
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",   // U+0140
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", // U+0150
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",   // U+0160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",   // U+0170
    };
    if (cp >= 0xC0 && cp < 0x100) return latin1[cp - 0xC0];
    if (cp >= 0x100 && cp < 0x180) return extended_a[cp - 0x100];
    return "";
}

bool is_reserved_on_windows(std::string_view name) {
    static const std::set<std::string_view> reserved{
        "con",  "prn",  "aux",  "nul",  "com1", "com2", "com3", "com4", "com5", "com6", "com7",
        "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };
    return reserved.count(name) > 0;
}

} // namespace

std::string card_slug(std::string_view title) {
    std::string slug;
    bool pending_hyphen = false;  // a run of other characters, written only before the next letter
    auto append = [&](std::string_view letters) {
        if (pending_hyphen && !slug.empty()) slug += '-';
        pending_hyphen = false;
        slug += letters;
    };
    for (std::size_t i = 0; i < title.size();) {
        unsigned cp = 0;
        std::size_t length = decode_utf8(title, i, cp);
        if (length == 0) {  // not UTF-8: a separator like any other character
            length = 1;
            cp = 0xFFFD;
        }
        i += length;
        if (cp < 0x80 && std::isalnum(static_cast<int>(cp))) {
            const char c = static_cast<char>(std::tolower(static_cast<int>(cp)));
            append(std::string_view(&c, 1));
        } else if (const char* letters = unaccented(cp); *letters) {
            append(letters);
        } else {
            pending_hyphen = true;
        }
    }
    if (slug.size() > kMaxCardSlugLength) {
        // Cut between words where one ends late enough to keep most of the title.
        const std::size_t hyphen = slug.rfind('-', kMaxCardSlugLength);
        slug.resize(hyphen != std::string::npos && hyphen >= kMaxCardSlugLength / 2 ? hyphen : kMaxCardSlugLength);
        while (!slug.empty() && slug.back() == '-') slug.pop_back();
    }
    if (slug.empty()) return "card";
    if (is_reserved_on_windows(slug)) slug += "-card";
    return slug;
}

std::string free_card_file_name(std::string_view slug, const std::vector<std::string>& existing) {
    std::set<std::string> taken;  // lower-case names and slugs already in cards/
    for (const std::string& name : existing) {
        taken.insert(to_lower(name));
        if (const auto card = parse_card_name(name)) taken.insert(to_lower(card->slug));
    }
    const std::string base = to_lower(slug);
    for (int n = 1;; ++n) {
        const std::string candidate = n == 1 ? base : base + "-" + std::to_string(n);
        if (!taken.count(candidate) && !taken.count(candidate + ".md")) return candidate + ".md";
    }
}

} // namespace haven
