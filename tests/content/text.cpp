#include "text.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <unordered_set>
#include <cstdint>
#include <map>
#include <stdexcept>

namespace haven::content_check {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// One UTF-8 code point from `s` at `i`, advancing `i`; an invalid byte reads as U+FFFD.
char32_t next_code_point(std::string_view s, size_t& i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    int extra = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
        ++i;
        return b0;
    } else if ((b0 & 0xE0) == 0xC0) {
        extra = 1;
        cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0) == 0xE0) {
        extra = 2;
        cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8) == 0xF0) {
        extra = 3;
        cp = b0 & 0x07u;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + static_cast<size_t>(extra) >= s.size()) {  // cut short
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        const auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3Fu);
    }
    i += static_cast<size_t>(extra) + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x02BC; }

// Accented Latin letters (Latin-1 Supplement and Latin Extended-A/B), not × or ÷.
bool is_latin_letter(char32_t cp) { return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7; }

// --- Markdown ---------------------------------------------------------------------------------

// Inline Markdown to plain text: emphasis markers and backticks go, links keep their text.
std::string strip_inline(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '*' || c == '_' || c == '`') continue;
        if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') continue;  // image: keep its alt text
        if (c == '[') {
            // [text](url): keep the text, drop the url.
            const size_t close = s.find(']', i);
            if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
                const size_t paren = s.find(')', close);
                if (paren != std::string_view::npos) {
                    out += strip_inline(s.substr(i + 1, close - i - 1));
                    i = paren;
                    continue;
                }
            }
            continue;
        }
        if (c == ']') continue;
        if (c == '<') {  // inline HTML or an autolink: drop the tag
            const size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of `line`, or 0.
size_t list_marker_length(std::string_view line) {
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && (line[1] == ' ' || line[1] == '\t'))
        return 2;
    size_t i = 0;
    while (i < line.size() && i < 9 && is_ascii_digit(line[i])) ++i;
    const bool numbered = i > 0 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')');
    if (numbered && (line[i + 1] == ' ' || line[i + 1] == '\t')) return i + 2;
    return 0;
}

bool is_thematic_break(std::string_view line) {
    if (line.size() < 3) return false;
    const char c = line[0];
    if (c != '-' && c != '*' && c != '_') return false;
    return std::all_of(line.begin(), line.end(), [c](char x) { return x == c || x == ' '; });
}

// --- Syllables --------------------------------------------------------------------------------

bool is_aeiou(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Common words whose spelling the rules below misread. Values are dictionary syllable counts.
const std::map<std::string, int, std::less<>>& exceptions() {
    static const std::map<std::string, int, std::less<>> words = {
        {"aches", 1},      {"aren't", 1},    {"argue", 2},     {"business", 2},  {"cafe", 2},
        {"cashier", 2},    {"create", 2},    {"created", 3},   {"creating", 3},  {"creation", 3},
        {"creative", 3},   {"creativity", 5}, {"element", 3},  {"evening", 2},   {"every", 2},
        {"forever", 3},    {"ideal", 3},     {"ideally", 4},   {"maybe", 2},     {"naked", 2},
        {"people", 2},     {"persuade", 2},  {"recipe", 3},    {"rhythm", 2},    {"science", 2},
        {"scientist", 3},  {"soldier", 2},   {"theatre", 3},   {"wednesday", 2}, {"weren't", 1},
        {"wherever", 3},
    };
    return words;
}

// The first part of a compound whose final e is silent in the compound too (some-times,
// care-ful) or that the vowel-group rule would run into the next part (any-one, every-one).
constexpr std::array<std::string_view, 24> kCompoundHeads = {
    "some", "every", "any",  "home",  "care",  "life",  "time", "side", "more", "where", "there", "whole",
    "house", "love", "safe", "like", "hope", "fore", "frame", "mile", "note", "base", "name", "wide",
};

// Prefixes whose e or o is a syllable of its own before the next vowel: re-act, re-as-sure,
// re-in-force, co-op-er-ate, pro-ac-tive. Listed by their next letters, since "re" + vowel is
// usually one syllable (read, reach, reason, really).
// (re-o-pen needs none: e-o is a pair said as two anyway.)
constexpr std::array<std::string_view, 23> kHiatusPrefixes = {
    "react", "reaff", "reali", "reapp", "rearr",   "reass", "reatt", "reawa",    "reem", "reest", "reev", "reent",
    "reex", "reinf", "reinv", "reintr", "reinst", "reimb", "reignit", "reu", "proac", "cooperat", "coor",
};

// Consonants that make a following "le" a syllable of its own (ta-ble, lit-tle, un-cle).
bool makes_syllabic_le(char c) {
    return c == 'b' || c == 'c' || c == 'd' || c == 'f' || c == 'g' || c == 'k' || c == 'p' || c == 's' || c == 't' ||
           c == 'z';
}

// Is the letter at `i` a vowel? y is a vowel except at the start of a word or between two
// vowels (yes, player, beyond); u after q is a consonant (quite, question).
bool vowel_at(const std::string& w, size_t i) {
    const char c = w[i];
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o') return true;
    if (c == 'u') return !(i > 0 && w[i - 1] == 'q');
    if (c == 'y') {
        if (i == 0) return false;
        const bool before = is_aeiou(w[i - 1]);
        const bool after = i + 1 < w.size() && is_aeiou(w[i + 1]);
        return !(before && after);
    }
    return false;
}

// Does a silent e stand at `e` (a lone-vowel e after a consonant that is not a syllabic -le)?
bool silent_e_at(const std::string& w, size_t e, const std::vector<bool>& vowel) {
    if (e == 0 || w[e] != 'e' || vowel[e - 1]) return false;
    if (e + 1 < w.size() && vowel[e + 1]) return false;
    if (w[e - 1] == 'l' && e >= 2 && !vowel[e - 2] && makes_syllabic_le(w[e - 2])) return false;  // ta-ble
    if (w[e - 1] == 'r' && e >= 2 && !vowel[e - 2] && w[e - 2] != 'r') return false;                // cen-tre
    return true;
}

int count_letters_only(const std::string& w) {
    const size_t n = w.size();
    if (n == 0) return 0;
    if (auto it = exceptions().find(w); it != exceptions().end()) return it->second;
    if (w.back() == 's' && n > 3) {  // plural or possessive of an exception: poems, recipes
        if (auto it = exceptions().find(std::string_view(w).substr(0, n - 1)); it != exceptions().end())
            return it->second;
    }
    for (std::string_view head : kCompoundHeads) {
        if (n >= head.size() + 2 && starts_with(w, head)) {
            const std::string rest = w.substr(head.size());
            const bool rest_has_vowel = rest.find_first_of("aeiouy") != std::string::npos;
            const bool doubled = rest[0] == rest[1];  // ca-ress-es, not care + sses
            if (rest_has_vowel && !doubled) return count_letters_only(std::string(head)) + count_letters_only(rest);
        }
    }

    std::vector<bool> vowel(n);
    for (size_t i = 0; i < n; ++i) vowel[i] = vowel_at(w, i);

    // Vowel groups: each maximal run of vowels is one syllable to begin with.
    struct Group {
        size_t first, last;
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < n; ++i) {
        if (!vowel[i]) continue;
        if (i > 0 && vowel[i - 1]) {
            groups.back().last = i;
        } else {
            groups.push_back({i, i});
        }
    }
    int count = static_cast<int>(groups.size());
    if (count == 0) return 1;  // "hmm", "shh"

    auto at = [&](size_t i) -> char { return i < n ? w[i] : '\0'; };
    auto before = [&](size_t i) -> char { return i > 0 ? w[i - 1] : '\0'; };

    // Vowel pairs said as two syllables.
    for (const Group& g : groups) {
        for (size_t i = g.first; i < g.last; ++i) {
            const char a = w[i], b = w[i + 1];
            const char prev = before(i);
            const char next = at(i + 2);
            if (a == 'i' && b == 'a') {  // tri-al, me-di-a; not so-cial, Asia, mar-riage
                const bool palatal = (prev == 'c' || prev == 't' || prev == 's' || prev == 'x' || prev == 'g') &&
                                     (next == 'l' || next == 'n' || next == '\0');
                const bool iage = next == 'g' && at(i + 3) == 'e' && (i + 4 == n || (at(i + 4) == 's' && i + 5 == n));
                // fa-mil-iar, bril-liant; not tri-al, re-li-a-ble
                const bool glide = prev == 'l' && i >= 2 && (next == 'r' || w[i - 2] == 'l');
                if (!palatal && !iage && !glide && prev != '\0') ++count;
            } else if (a == 'i' && b == 'o') {  // ra-di-o, pe-ri-od, cu-ri-ous; not ac-tion, anx-ious
                const bool palatal = (prev == 'c' || prev == 't' || prev == 's' || prev == 'x' || prev == 'g') &&
                                     (next == 'n' || next == 'u');
                const bool glide = (prev == 'l' || prev == 'n') && i >= 2;  // mil-lion, o-pin-ion; not li-on
                if (!palatal && !glide && prev != '\0') ++count;
            } else if (a == 'i' && b == 'u') {  // me-di-um
                ++count;
            } else if (a == 'e' && b == 'o') {  // vi-de-o, the-o-ry; not gor-geous, sur-geon
                if (prev != 'g' && prev != 'c') ++count;
            } else if (a == 'u' && b == 'a') {  // u-su-al, ac-tu-al; not qual-i-ty, lan-guage
                if (prev != 'g' && prev != 'q') ++count;
            } else if (a == 'u' && b == 'o') {  // con-tin-u-ous
                if (prev != 'g' && prev != 'q') ++count;
            } else if (a == 'u' && b == 'e') {  // in-flu-ence, flu-ent, cru-el; not guest, blue
                if (prev != 'g' && prev != 'q' && (next == 'n' || next == 'l' || next == 't')) ++count;
            } else if (a == 'u' && b == 'i') {  // ru-in, gen-u-ine, flu-id; not build, guide (nor -uing, below)
                const bool uin = next == 'n' && at(i + 3) != 'g';
                if (prev != 'g' && prev != 'q' && (uin || next == 'd')) ++count;
            } else if (a == 'o' && b == 'e') {  // po-em, po-et-ry; not goes, shoes, oes-tro-gen
                if (prev != '\0' && next != '\0' && !(next == 's' && i + 3 == n)) ++count;
            } else if (a == 'i' && b == 'e') {
                // qui-et, di-et, anx-i-e-ty, cli-ent, ex-pe-ri-ence; not pa-tient, friend, piece
                const bool iet = next == 't' && prev != '\0';
                const bool glide = (prev == 'l' || prev == 'n') && i >= 2 && vowel[i - 2];  // re-sil-ient
                const bool ienc = next == 'n' && (at(i + 3) == 'c' || at(i + 3) == 't') && prev != '\0' &&
                                  prev != 'c' && prev != 't' && prev != 's' && !glide;
                // hap-pi-er, eas-i-est: a comparative after another syllable
                const bool comparative = (next == 'r' && (i + 3 == n || (at(i + 3) == 's' && i + 4 == n))) ||
                                         (next == 's' && at(i + 3) == 't' && i + 4 == n);
                const bool after_consonant = prev != '\0' && !vowel[i - 1];
                // after another syllable (hap-pi-er) or two consonants (dri-er); not pier
                const bool second = g.first > groups.front().first || (i >= 2 && !vowel[i - 2]);
                if (iet || ienc || (comparative && after_consonant && second)) ++count;
            } else if (a == 'e' && b == 'a') {  // i-de-a, ar-e-as; not tea, seas
                const bool final_ea = i + 2 == n || (next == 's' && i + 3 == n);
                if (final_ea && groups.size() > 1) ++count;
            }
        }
    }

    // -ing after a vowel: be-ing, go-ing, cry-ing.
    for (std::string_view ing : {std::string_view("ing"), std::string_view("ings")}) {
        if (n >= ing.size() + 2 && ends_with(w, ing)) {
            const size_t i = n - ing.size();
            if (vowel[i - 1]) ++count;
        }
    }

    // -ism and -asm: au-ti-sm, sar-ca-sm.
    for (std::string_view sm : {"ism", "isms", "asm", "asms"})
        if (ends_with(w, sm)) ++count;

    for (std::string_view prefix : kHiatusPrefixes)
        if (n >= prefix.size() && starts_with(w, prefix)) ++count;

    // Silent e: at the end of the word (make, whole; not ta-ble), before -s and -d endings
    // (makes, loved; not pla-ces, chan-ges, want-ed), and before suffixes (safe-ly, move-ment).
    int silent = 0;
    if (silent_e_at(w, n - 1, vowel)) ++silent;
    if (n >= 3 && ends_with(w, "es") && silent_e_at(w, n - 2, vowel)) {
        const char c = w[n - 3];
        const bool sibilant = c == 's' || c == 'x' || c == 'z' || c == 'c' || c == 'g' ||
                              (c == 'h' && n >= 4 && (w[n - 4] == 'c' || w[n - 4] == 's'));
        if (!sibilant) ++silent;
    }
    if (n >= 3 && ends_with(w, "ed") && silent_e_at(w, n - 2, vowel)) {
        const char c = w[n - 3];
        if (c != 't' && c != 'd') ++silent;
    }
    for (std::string_view suffix : {"ly", "ful", "fully", "less", "ment", "ments", "ness"}) {
        if (n > suffix.size() + 2 && ends_with(w, suffix)) {
            const size_t e = n - suffix.size() - 1;
            if (silent_e_at(w, e, vowel)) ++silent;
        }
    }
    // -gue: league, fa-tigue. (-que needs no rule: u after q is a consonant, so the e of u-nique
    // is a silent final e.)
    if (n >= 4 && (ends_with(w, "gue") || ends_with(w, "gues")) && groups.size() > 1) ++silent;
    count -= silent;
    return std::max(count, 1);
}

// Acronyms said letter by letter: GP, NHS, TV, GPs. Capitals with a vowel are usually read as a
// word (NO, PIN, STOP, NICE), except for a few that are spelled out (OK, UK).
int acronym_syllables(std::string_view word) {
    static constexpr std::array<std::string_view, 10> kSpelled = {"OK",  "UK",  "EU",  "ID",  "IUD",
                                                                  "IVF", "ICU", "USB", "UTI", "ENT"};
    std::string_view letters = word;
    if (letters.size() > 2 && letters.back() == 's') letters.remove_suffix(1);
    if (letters.size() < 2 || letters.size() > 5) return 0;
    for (char c : letters)
        if (!(c >= 'A' && c <= 'Z')) return 0;
    const bool spelled = std::find(kSpelled.begin(), kSpelled.end(), letters) != kSpelled.end();
    if (!spelled && letters.find_first_of("AEIOU") != std::string_view::npos) return 0;
    int count = 0;
    for (char c : letters) count += c == 'W' ? 3 : 1;
    return count;
}

} // namespace

std::vector<std::string> plain_blocks(std::string_view markdown) {
    std::vector<std::string> blocks;
    bool open_paragraph = false;  // the last block may take more lines
    size_t pos = 0;
    while (pos <= markdown.size()) {
        size_t end = markdown.find('\n', pos);
        if (end == std::string_view::npos) end = markdown.size();
        std::string_view line = trim(markdown.substr(pos, end - pos));
        pos = end + 1;

        bool quote = false;
        while (!line.empty() && line.front() == '>') {
            line = trim(line.substr(1));
            quote = true;
        }
        if (line.empty() || is_thematic_break(line)) {
            open_paragraph = false;
            if (end == markdown.size()) break;
            continue;
        }
        if (line.front() == '#') {
            size_t hashes = 0;
            while (hashes < line.size() && line[hashes] == '#') ++hashes;
            if (hashes <= 6 && (hashes == line.size() || line[hashes] == ' ')) {
                std::string_view text = trim(line.substr(hashes));
                while (!text.empty() && text.back() == '#') text.remove_suffix(1);  // closing #s
                blocks.push_back(strip_inline(trim(text)));
                open_paragraph = false;
                if (end == markdown.size()) break;
                continue;
            }
        }
        if (const size_t marker = list_marker_length(line); marker > 0) {
            blocks.push_back(strip_inline(trim(line.substr(marker))));
            open_paragraph = true;  // a lazy continuation line belongs to the item
        } else if (open_paragraph && !quote) {
            blocks.back() += ' ';
            blocks.back() += strip_inline(line);
        } else {
            blocks.push_back(strip_inline(line));
            open_paragraph = true;
        }
        if (end == markdown.size()) break;
    }
    return blocks;
}

std::string plain_text(std::string_view markdown) {
    std::string out;
    for (const std::string& block : plain_blocks(markdown)) {
        if (!out.empty()) out += '\n';
        out += block;
    }
    return out;
}

std::vector<std::string> plain_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        // Quote marks at either end are not part of the word ('pause' -> pause).
        size_t a = 0, b = word.size();
        while (a < b && word[a] == '\'') ++a;
        while (b > a && word[b - 1] == '\'') --b;
        std::string w = word.substr(a, b - a);
        const bool has_letter = std::any_of(w.begin(), w.end(), [](char c) {
            return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80;  // accented letters
        });
        if (has_letter) words.push_back(std::move(w));
        word.clear();
    };
    size_t i = 0;
    while (i < text.size()) {
        const char32_t cp = next_code_point(text, i);
        if (cp < 0x80 && (is_ascii_letter(static_cast<char>(cp)) || is_ascii_digit(static_cast<char>(cp)))) {
            word += static_cast<char>(cp);
        } else if (is_apostrophe(cp)) {
            word += '\'';
        } else if (is_latin_letter(cp)) {
            append_utf8(word, cp);
        } else {
            flush();
        }
    }
    flush();
    return words;
}

int count_sentences(std::string_view block) {
    int sentences = 0;
    bool has_word = false;
    for (size_t i = 0; i < block.size(); ++i) {
        const char c = block[i];
        if (is_ascii_letter(c)) {
            has_word = true;
            continue;
        }
        if (c != '.' && c != '!' && c != '?') continue;
        if (c == '.' && ((i + 1 < block.size() && block[i + 1] == '.') || (i > 0 && block[i - 1] == '.')))
            continue;  // an ellipsis: the sentence goes on
        // Closing quotes or brackets may follow the mark; then a space or the end of the block.
        size_t j = i + 1;
        while (j < block.size() && std::string_view("\"')!?").find(block[j]) != std::string_view::npos) ++j;
        const bool ends = j == block.size() || is_space(block[j]);
        if (ends && has_word) {
            ++sentences;
            has_word = false;
        }
    }
    if (has_word) ++sentences;
    return sentences;
}

int count_syllables(std::string_view word) {
    if (const int letters = acronym_syllables(word); letters > 0) return letters;
    std::string w;
    for (char c : word) {
        if (is_ascii_letter(c)) {
            w += lower(c);
        } else if (c == '\'') {
            w += '\'';
        }
    }
    while (!w.empty() && w.front() == '\'') w.erase(w.begin());
    while (!w.empty() && w.back() == '\'') w.pop_back();
    if (w.empty()) return 0;
    if (auto it = exceptions().find(w); it != exceptions().end()) return it->second;

    // n't: is-n't, could-n't add a syllable; do-n't, ca-n't, have-n't are read as one word.
    if (ends_with(w, "n't") && w.size() > 3) {
        const std::string stem = w.substr(0, w.size() - 3);
        if (!is_aeiou(stem.back()) && stem.back() != 'y') return count_letters_only(stem) + 1;
        return count_letters_only(stem + "nt");
    }
    // Other contractions and possessives read as the joined word: you're, we've, nurse's.
    w.erase(std::remove(w.begin(), w.end(), '\''), w.end());
    return count_letters_only(w);
}

Readability readability(std::string_view markdown) {
    Readability r;
    for (const std::string& block : plain_blocks(markdown)) {
        const std::vector<std::string> words = plain_words(block);
        if (words.empty()) continue;
        r.words += static_cast<int>(words.size());
        r.sentences += count_sentences(block);
        for (const std::string& w : words) r.syllables += count_syllables(w);
    }
    if (r.words > 0 && r.sentences > 0) {
        r.ease = 206.835 - 1.015 * (static_cast<double>(r.words) / r.sentences) -
                 84.6 * (static_cast<double>(r.syllables) / r.words);
    }
    return r;
}

std::vector<std::string> shingle_words(std::string_view utf8) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
    };
    size_t i = 0;
    while (i < utf8.size()) {
        const char32_t cp = next_code_point(utf8, i);
        if (cp < 0x80 && (is_ascii_letter(static_cast<char>(cp)) || is_ascii_digit(static_cast<char>(cp)))) {
            word += lower(static_cast<char>(cp));
        } else if (is_apostrophe(cp)) {
            // removed: don't -> dont, so curly and straight apostrophes compare equal
        } else if (is_latin_letter(cp)) {
            append_utf8(word, (cp >= 0xC0 && cp <= 0xDE) ? cp + 0x20 : cp);  // À-Þ to à-þ
        } else {
            flush();  // spaces, hyphens, dashes, quotes, bullets, any other punctuation
        }
    }
    flush();
    return words;
}

std::string shingle_hash(std::string_view joined_words) {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise");
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(joined_words.data()), joined_words.size());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    for (size_t k = 0; k < 8; ++k) {
        out += hex[digest[k] >> 4];
        out += hex[digest[k] & 0x0F];
    }
    return out;
}

std::vector<Shingle> shingles(const std::vector<std::string>& words) {
    std::vector<Shingle> out;
    if (words.size() < kShingleWords) return out;
    out.reserve(words.size() - kShingleWords + 1);
    for (size_t first = 0; first + kShingleWords <= words.size(); ++first) {
        std::string phrase = words[first];
        for (size_t k = 1; k < kShingleWords; ++k) {
            phrase += ' ';
            phrase += words[first + k];
        }
        std::string hash = shingle_hash(phrase);
        out.push_back({std::move(phrase), std::move(hash)});
    }
    return out;
}

namespace {

// Words that carry no content of their own: articles, pronouns, auxiliaries, prepositions,
// conjunctions and the commonest adverbs. A run of 5 words that remain is the writer's own
// choice of ideas and their order.
const std::unordered_set<std::string>& stop_words() {
    static const std::unordered_set<std::string> words = {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "dont", "down",
        "each", "even", "every", "few", "for", "from", "get", "gets", "getting", "got", "had", "has", "have", "having",
        "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "isnt", "it", "its", "itself",
        "just", "let", "lets", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now",
        "of", "off", "often", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
        "she", "should", "so", "some", "such", "than", "that", "thats", "the", "their", "theirs", "them", "then",
        "there", "these", "they", "theyre", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "without", "would", "you", "youll", "your", "youre", "yours", "yourself", "yourselves", "youve", "ive", "im",
        "way", "ways", "things", "thing", "many", "like", "well", "still", "yet", "ever", "never", "always"};
    return words;
}

bool ends_with(const std::string& word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A rough stem: the same for a word's common English forms, which is all the comparison needs
// (it is applied to the sources and the cards alike).
std::string stem(std::string word) {
    auto cut = [&](std::string_view suffix, size_t keep_at_least, std::string_view replacement = "") {
        if (!ends_with(word, suffix) || word.size() - suffix.size() < keep_at_least) return false;
        word.resize(word.size() - suffix.size());
        word += replacement;
        return true;
    };
    if (!cut("ies", 2, "y") && !cut("ing", 3) && !cut("edly", 3) && !cut("ed", 3) && !cut("ly", 3) && !cut("es", 3)) {
        if (!ends_with(word, "ss")) cut("s", 3);
    }
    cut("e", 3);
    // Doubled final consonants of "stopped", "stopping": "stopp" -> "stop".
    if (word.size() >= 4 && word[word.size() - 1] == word[word.size() - 2] &&
        std::string_view("bdfgklmnprtz").find(word.back()) != std::string_view::npos)
        word.pop_back();
    return word;
}

} // namespace

std::vector<std::string> content_stems(const std::vector<std::string>& words) {
    std::vector<std::string> out;
    out.reserve(words.size());
    for (const std::string& word : words)
        if (!stop_words().contains(word)) out.push_back(stem(word));
    return out;
}

std::vector<Shingle> content_runs(const std::vector<std::string>& stems) {
    std::vector<Shingle> out;
    for (size_t first = 0; first + kContentRunWords <= stems.size(); ++first) {
        std::string phrase = stems[first];
        for (size_t k = 1; k < kContentRunWords; ++k) phrase += ' ' + stems[first + k];
        std::string hash = shingle_hash(phrase);
        out.push_back({std::move(phrase), std::move(hash)});
    }
    return out;
}

std::vector<std::string> copied_content_runs(std::string_view text, const ShingleSet& source) {
    std::vector<std::string> found;
    for (Shingle& s : content_runs(content_stems(shingle_words(text))))
        if (source.contains(s.hash)) found.push_back(std::move(s.phrase));
    return found;
}

std::vector<std::string> copied_phrases(std::string_view text, const ShingleSet& source) {
    std::vector<std::string> found;
    for (Shingle& s : shingles(shingle_words(text)))
        if (source.contains(s.hash)) found.push_back(std::move(s.phrase));
    return found;
}

} // namespace haven::content_check
