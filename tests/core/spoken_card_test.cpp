// What Haven says for a card: title, then body, in sentences that know where they stand on
// the card (for highlighting), help links by their labels only; and which voice says it.

#include "core/speech/speech_voices.hpp"
#include "core/speech/spoken_card.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using haven::SpokenSentence;

namespace {

haven::Block paragraph(std::vector<haven::Span> spans) {
    haven::Block block;
    block.spans = std::move(spans);
    return block;
}

std::vector<std::string> texts(const std::vector<SpokenSentence>& sentences) {
    std::vector<std::string> out;
    for (const auto& s : sentences) out.push_back(s.text);
    return out;
}

}  // namespace

TEST_CASE("a card is spoken as its title, then its sentences, with Markdown's styling gone") {
    haven::Card card;
    card.title = "Talking together";
    card.blocks = {paragraph({{"It can help to ", false, false}, {"talk", true, false}, {". Take your time! Ask?", false, false}}),
                   paragraph({{"Tiredness is common (very common). Rest when you can", false, false}})};
    const auto sentences = haven::spoken_card(card, "Further help");
    CHECK(texts(sentences) == std::vector<std::string>{"Talking together", "It can help to talk.", "Take your time!", "Ask?",
                                                       "Tiredness is common (very common).", "Rest when you can"});
    CHECK(sentences[0].block == SpokenSentence::kTitle);
    CHECK(sentences[2].block == 0);
    // Where the sentence stands in its block's text, for highlighting.
    CHECK(sentences[2].begin == std::string("It can help to talk. ").size());
    CHECK(sentences[2].end == sentences[2].begin + std::string("Take your time!").size());
    CHECK(sentences[5].block == 1);
}

TEST_CASE("help links are read by their labels, never their addresses") {
    haven::Card card;
    card.title = "Help";
    card.help = {{"Macmillan Support Line", "tel:08088080000"}, {"NHS 111", "https://111.nhs.uk"}};
    const auto sentences = haven::spoken_card(card, "Further help");
    CHECK(texts(sentences) == std::vector<std::string>{"Help", "Further help", "Macmillan Support Line", "NHS 111"});
    for (const auto& s : sentences) {
        CHECK(s.text.find("http") == std::string::npos);
        CHECK(s.text.find("0808") == std::string::npos);
    }
}

TEST_CASE("sentences end at the full stops of every script, keep decimals and abbreviations' dots inside, and end at line breaks") {
    const auto cut = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& [b, e] : haven::sentence_ranges(text)) out.push_back(text.substr(b, e - b));
        return out;
    };
    CHECK(cut("Breathe in for 5.5 seconds. Then out.") == std::vector<std::string>{"Breathe in for 5.5 seconds.", "Then out."});
    CHECK(cut("Wait... then \"go.\" Done") == std::vector<std::string>{"Wait...", "then \"go.\"", "Done"});
    CHECK(cut("\u06a9\u06cc\u0627 \u06c1\u06d2\u061f \u0679\u06be\u06cc\u06a9 \u06c1\u06d2\u06d4") ==
          std::vector<std::string>{"\u06a9\u06cc\u0627 \u06c1\u06d2\u061f", "\u0679\u06be\u06cc\u06a9 \u06c1\u06d2\u06d4"});
    CHECK(cut("\u0986\u099b\u09c7\u0964 \u09a8\u09be\u0964") == std::vector<std::string>{"\u0986\u099b\u09c7\u0964", "\u09a8\u09be\u0964"});
    CHECK(cut("one line\nanother") == std::vector<std::string>{"one line", "another"});
    CHECK(cut("   ").empty());
}

TEST_CASE("each language Haven shows gets eSpeak NG's voice for it, English in its British voice") {
    CHECK(haven::speech_voice("en") == "en-gb");
    CHECK(haven::speech_voice("en-US") == "en-us");
    CHECK(haven::speech_voice("cy") == "cy");
    CHECK(haven::speech_voice("pl") == "pl");
    CHECK(haven::speech_voice("ur") == "ur");
    CHECK(haven::speech_voice("ar") == "ar");
    CHECK(haven::speech_voice("bn") == "bn");
    CHECK(haven::speech_voice("pa") == "pa");
    CHECK(haven::speech_voice("pt_BR") == "pt-br");
    CHECK(haven::speech_voice("fr") == "fr-fr");
    CHECK(haven::speech_voice("zh") == "cmn");
    CHECK_FALSE(haven::speech_voice("xx").has_value());
    CHECK_FALSE(haven::speech_voice("").has_value());
}

TEST_CASE("a help link with no words in its label is not read, nor is Further help for it alone") {
    haven::Card card;
    card.title = "Title";
    card.help.push_back({"   ", "https://example.org/"});
    const auto sentences = haven::spoken_card(card, "Further help");
    REQUIRE(sentences.size() == 1);
    CHECK(sentences[0].text == "Title");
}
