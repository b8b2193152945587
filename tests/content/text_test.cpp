// Markdown stripping, word and sentence counting, the Flesch formula, and the shingle words and
// hashes that the originality check relies on.

#include "text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace haven::content_check;
using Words = std::vector<std::string>;

TEST_CASE("plain_blocks drops heading marks, emphasis, quote markers and list markers") {
    const std::string md = "## A heading ##\n"
                           "Some **bold** and _quiet_ text\n"
                           "that goes on.\n"
                           "\n"
                           "- a *list* item\n"
                           "* another\n"
                           "+ a third\n"
                           "12. numbered\n"
                           "3) also numbered\n"
                           "\n"
                           "> \"A quote\"\n"
                           "---\n"
                           "See [the NHS](https://www.nhs.uk/) or `code`.\n";
    CHECK(plain_blocks(md) == Words{"A heading", "Some bold and quiet text that goes on.", "a list item", "another",
                                    "a third", "numbered", "also numbered", "\"A quote\"", "See the NHS or code."});
}

TEST_CASE("plain_blocks keeps a list item's continuation line and handles Windows line ends") {
    CHECK(plain_blocks("- first line\r\n  still the item\r\n\r\nNext") == Words{"first line still the item", "Next"});
    CHECK(plain_blocks("").empty());
    CHECK(plain_blocks("#hashtag is text") == Words{"#hashtag is text"});
}

TEST_CASE("plain_words splits at hyphens, keeps inner apostrophes, trims quotes and drops numbers") {
    CHECK(plain_words("A light-headed, 'worry-free' day: don't ring 116 123!") ==
          Words{"A", "light", "headed", "worry", "free", "day", "don't", "ring"});
    CHECK(plain_words("don\xE2\x80\x99t \xE2\x80\x9Cstop\xE2\x80\x9D") == Words{"don't", "stop"});
    CHECK(plain_words("   ").empty());
}

TEST_CASE("count_sentences: full stops, question and exclamation marks, and the end of a block") {
    CHECK(count_sentences("One. Two! Three?") == 3);
    CHECK(count_sentences("A heading without a stop") == 1);
    CHECK(count_sentences("I feel ... (name the feeling)") == 1);  // an ellipsis goes on
    CHECK(count_sentences("Set it to 0.6 of the way.") == 1);
    CHECK(count_sentences("She said \"Stop.\" Then we rested.") == 2);
    CHECK(count_sentences("Really?! Yes.") == 2);
    CHECK(count_sentences("") == 0);
    CHECK(count_sentences("116 123.") == 0);
}

TEST_CASE("readability is the Flesch reading ease of the plain words") {
    const Readability easy = readability("The cat sat on the mat.");
    CHECK(easy.words == 6);
    CHECK(easy.sentences == 1);
    CHECK(easy.syllables == 6);
    CHECK(easy.ease == doctest::Approx(206.835 - 1.015 * 6 - 84.6 * 1.0));

    const Readability listed = readability("## Ideas\n\n- Hold hands.\n- Go for a walk\n");
    CHECK(listed.words == 7);
    CHECK(listed.sentences == 3);
    CHECK(listed.syllables == 9);  // I-de-as, hold hands, go for a walk

    // Long sentences of long words score low: the 60 threshold can fail.
    const Readability hard = readability(
        "Psychosexual therapeutic interventions necessitate comprehensive multidisciplinary evaluation "
        "of physiological and psychological considerations.");
    CHECK(hard.ease < 0);
    CHECK(readability("").ease == 0);
}

TEST_CASE("shingle_words: lower case, apostrophes removed, hyphens and punctuation as spaces") {
    CHECK(shingle_words("Don\xE2\x80\x99t LEAVE a Caf\xC3\x89's sign\xE2\x80\x94" "for the well-known (1st) time.") ==
          Words{"dont", "leave", "a", "caf\xC3\xA9s", "sign", "for", "the", "well", "known", "1st", "time"});
    CHECK(shingle_words("it's IT\xE2\x80\x99S it\xE2\x80\x98s") == Words{"its", "its", "its"});
    CHECK(shingle_words("\xE2\x80\xA2 bullet\xC2\xA0point \xE2\x80\x93 en dash") ==
          Words{"bullet", "point", "en", "dash"});
    CHECK(shingle_words("").empty());
}

TEST_CASE("shingle_hash is the first 16 hex digits of SHA-256, as sha256sum prints them") {
    // printf '%s' "..." | sha256sum | cut -c1-16
    CHECK(shingle_hash("abc") == "ba7816bf8f01cfea");
    CHECK(shingle_hash("") == "e3b0c44298fc1c14");
    CHECK(shingle_hash("the quick brown fox jumps over the lazy") == "847327c8de7a531a");
    CHECK(shingle_hash("dont leave a caf\xC3\xA9s sign for the well known") == "8ac1a32595bc6d76");
}

TEST_CASE("shingles are every run of 8 consecutive words") {
    const Words ten = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    const std::vector<Shingle> all = shingles(ten);
    REQUIRE(all.size() == 3);
    CHECK(all[0].phrase == "a b c d e f g h");
    CHECK(all[2].phrase == "c d e f g h i j");
    CHECK(all[0].hash == shingle_hash("a b c d e f g h"));
    CHECK(shingles(Words{"only", "seven", "words", "are", "not", "a", "shingle"}).empty());
}
