#pragma once
// Text measures for the content-pack checks: Markdown stripped to plain words and sentences,
// an English syllable counter, the Flesch reading ease, and the 8-word shingles that the
// originality check compares with the source articles.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace haven::content_check {

// --- Plain text -------------------------------------------------------------------------------

// A card body as the blocks a reader sees (headings, paragraphs, list items, quotes), with the
// Markdown taken out: heading `#`s, `*` and `_` emphasis, `>` quote markers, list markers
// (`-`, `*`, `+`, `1.`), backticks, and links reduced to their text.
std::vector<std::string> plain_blocks(std::string_view markdown);

// plain_blocks joined by newlines.
std::string plain_text(std::string_view markdown);

// The words of plain text, for counting: runs of letters, digits and apostrophes, split at
// anything else (hyphens and dashes too), with quote marks trimmed off the ends. Tokens with no
// letter (numbers such as "116") are left out. Case and inner apostrophes are kept, since the
// syllable counter uses both ("GP" is said letter by letter; "isn't" has two syllables).
std::vector<std::string> plain_words(std::string_view text);

// Sentences in one block: ended by `.`, `!` or `?` (an ellipsis does not end one) or by the end
// of the block, since a heading or list item without a full stop is still read as one.
int count_sentences(std::string_view block);

// --- Readability ------------------------------------------------------------------------------

// Syllables in one English word, by rule: vowel groups (y as a vowel except at the start of a
// word or between vowels), a silent final e, syllabic -le, silent -ed and -es, vowel pairs said
// as two syllables (tri-al, ra-di-o, be-ing), contractions (is-n't), compounds whose first part
// ends in a silent e (some-times), acronyms said letter by letter (G-P), and a short list of
// common words the rules get wrong. Always at least 1 for a word with a letter.
int count_syllables(std::string_view word);

struct Readability {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    double ease = 0;  // Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word
};

Readability readability(std::string_view markdown);

// --- Originality ------------------------------------------------------------------------------

inline constexpr std::size_t kShingleWords = 8;

// Words as the originality check compares them: lower-case, apostrophes (' and U+2018, U+2019,
// U+02BC) removed, hyphens and dashes as spaces, any other punctuation or space a word break.
// Accented Latin letters are kept inside words; digits are words.
std::vector<std::string> shingle_words(std::string_view utf8);

// The first 16 hex digits (lower case) of the SHA-256 of `joined_words`.
std::string shingle_hash(std::string_view joined_words);

struct Shingle {
    std::string phrase;  // the 8 words joined by single spaces
    std::string hash;
};

// Every run of 8 consecutive words of `words`, in order.
std::vector<Shingle> shingles(const std::vector<std::string>& words);

using ShingleSet = std::unordered_set<std::string>;

// The stricter test of paraphrase: a card that follows a source sentence by sentence keeps
// its content words in their order even when the little words and endings change. Content
// words are shingle_words() without stop words ("the", "and", "your", "can" ...), each cut
// to a rough stem ("breathing", "breathes" and "breathed" all become "breath").
std::vector<std::string> content_stems(const std::vector<std::string>& words);
inline constexpr size_t kContentRunWords = 5;

// Every run of 5 consecutive content stems, joined by single spaces and hashed like shingles.
std::vector<Shingle> content_runs(const std::vector<std::string>& stems);

// The 5-stem runs of `text` whose hash is in `source`, in order.
std::vector<std::string> copied_content_runs(std::string_view text, const ShingleSet& source);

// The 8-word phrases of `text` whose hash is in `source`, in order.
std::vector<std::string> copied_phrases(std::string_view text, const ShingleSet& source);

} // namespace haven::content_check
