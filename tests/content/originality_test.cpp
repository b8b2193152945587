// Originality: no card repeats 8 consecutive words of the source articles it was written from,
// nor follows 5 of their content words in order (a paraphrase that keeps the source's ideas and order).
// The articles are not in the repository; source-shingles.txt holds the hash of each of their
// 8-word runs (made by make-source-shingles.sh), and the cards' runs are hashed the same way.

#include "bundled.hpp"
#include "text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace haven::content_check;

namespace {

std::string join(const std::vector<std::string>& phrases) {
    std::string out;
    for (const std::string& p : phrases) out += "\n    \"" + p + "\"";
    return out;
}

ShingleSet hashes_of(std::string_view text) {
    ShingleSet set;
    for (const Shingle& s : shingles(shingle_words(text))) set.insert(s.hash);
    return set;
}

} // namespace

TEST_CASE("originality: the committed source shingle file is well formed and complete") {
    INFO("file: ", HAVEN_SOURCE_SHINGLES);
    CHECK(malformed_shingle_lines() == 0);
    // The five articles have about 8,000 words; far fewer hashes means a truncated file.
    CHECK(source_shingles().size() >= 5000);

    // One short run from each article, written as it appears there (curly apostrophes, dashes,
    // hyphens), must be in the file: the file was made with the same word rules and hash.
    const std::vector<std::string> samples = {
        "rebuild your relationship with each other\xE2\x80\x99s bodies, and",                   // 000
        "Give yourselves permission to proceed slowly, honoring timing",                        // 001
        "acknowledging both partners\xE2\x80\x99 experiences without blame, while clarifying",  // 002
        "Try different forms of closeness\xE2\x80\x94verbal reassurance, nonsexual",            // 003
        "Scheduling predictable, low-pressure opportunities for connection helps",              // 004
    };
    for (const std::string& sample : samples) {
        INFO("sample: ", sample);
        CHECK(copied_phrases(sample, source_shingles()).size() == 1);
    }
}

TEST_CASE("originality: an 8-word run from a source is found, whatever its case, punctuation or hyphens") {
    const ShingleSet source = hashes_of(
        "When you feel ready, try a slow walk together after the evening meal and talk about your day. "
        "Don\xE2\x80\x99t-rush the first steps.");

    const std::vector<std::string> copied =
        copied_phrases("Some couples like to TRY a slow walk, together after the evening meal.", source);
    REQUIRE(copied.size() == 2);
    CHECK(copied[0] == "try a slow walk together after the evening");
    CHECK(copied[1] == "a slow walk together after the evening meal");

    // Straight apostrophe for a curly one, a space for a hyphen: still the same words.
    CHECK(copied_phrases("Talk about your day. Don't rush the first steps!", source).size() == 2);

    // Seven words in common are not a copy.
    CHECK(copied_phrases("We take a slow walk together after the evening news.", source).empty());
    CHECK(copied_phrases("", source).empty());
}

TEST_CASE("originality: the check fails for a card that copies a run from the real sources") {
    const std::string card_body =
        "## Small steps\n\nYou might **rebuild your relationship with each other's bodies and** minds, slowly.\n";
    CHECK(copied_phrases(plain_text(card_body), source_shingles()) ==
          std::vector<std::string>{"rebuild your relationship with each others bodies and"});
}

TEST_CASE("originality: no card title, summary or body repeats 8 consecutive words of the sources") {
    const Pack& pack = bundled_pack();
    REQUIRE_FALSE(pack.cards.empty());
    REQUIRE_FALSE(source_shingles().empty());
    for (const CardFile& card : pack.cards) {
        INFO("card: ", card.file);
        const std::vector<std::string> in_title = copied_phrases(card.title, source_shingles());
        const std::vector<std::string> in_summary = copied_phrases(card.summary, source_shingles());
        const std::vector<std::string> in_body = copied_phrases(plain_text(card.body), source_shingles());
        CHECK_MESSAGE(in_title.empty(), "title repeats the sources:", join(in_title));
        CHECK_MESSAGE(in_summary.empty(), "summary repeats the sources:", join(in_summary));
        CHECK_MESSAGE(in_body.empty(), "body repeats the sources:", join(in_body));
    }
}

TEST_CASE("originality: the committed content-run file is well formed and complete") {
    INFO("file: ", HAVEN_SOURCE_CONTENT_RUNS);
    CHECK(malformed_content_run_lines() == 0);
    // About 4,000 content words in the five articles: far fewer runs means a truncated file.
    CHECK(source_content_runs().size() >= 3000);
}

TEST_CASE("originality: content words are the words that remain without stop words, cut to their stems") {
    CHECK(content_stems(shingle_words("You can take the breathing slowly, and they breathed with you.")) ==
          std::vector<std::string>{"tak", "breath", "slow", "breath"});
    CHECK(content_stems(shingle_words("Stopping, stopped, stops")) == std::vector<std::string>{"stop", "stop", "stop"});
    CHECK(content_stems(shingle_words("changes changing change")) == std::vector<std::string>{"chang", "chang", "chang"});
}

TEST_CASE("originality: a sentence that follows a source's ideas in their order is caught, though its small words differ") {
    // From article 004: "Scheduling predictable, low-pressure opportunities for connection helps".
    const std::vector<std::string> caught =
        copied_content_runs("You could schedule predictable and low pressure opportunities to connect.", source_content_runs());
    CHECK_FALSE(caught.empty());
    // The same idea in other words and another order is not.
    CHECK(copied_content_runs("Plan calm, easy times to be close, on days you both expect them.", source_content_runs())
              .empty());
}

TEST_CASE("originality: no card title, summary or body follows 5 content words of the sources in order") {
    const Pack& pack = bundled_pack();
    REQUIRE_FALSE(pack.cards.empty());
    REQUIRE_FALSE(source_content_runs().empty());
    for (const CardFile& card : pack.cards) {
        INFO("card: ", card.file);
        const std::vector<std::string> in_summary = copied_content_runs(card.summary, source_content_runs());
        const std::vector<std::string> in_body = copied_content_runs(plain_text(card.body), source_content_runs());
        CHECK_MESSAGE(in_summary.empty(), "summary follows the sources:", join(in_summary));
        CHECK_MESSAGE(in_body.empty(), "body follows the sources:", join(in_body));
    }
}
