// Pack shape: the bundled content is complete and consistent in the ways a nurse or a patient
// relies on: a sensible number of topics and cards, further help on every card, unique codes
// grouped by topic ("topic 12" is in the first topic's group of ten), bodies of a readable
// length, discreet words on what a passer-by can see, and the breathing and disclaimer cards.

#include "bundled.hpp"
#include "text.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace haven::content_check;

namespace {

// Words that would embarrass a patient if a passer-by saw them on the screen. A word is matched
// at its start, so plurals and derived forms count too (condoms, sexuality).
constexpr std::array<std::string_view, 13> kIndiscreet = {
    "sex",     "sexual", "vagina",    "vaginal", "penis",   "erection", "orgasm",
    "lubricant", "dilator", "intercourse", "libido", "genital", "condom",
};

std::vector<std::string> indiscreet_words(std::string_view text) {
    std::vector<std::string> found;
    for (const std::string& word : shingle_words(text)) {
        const bool bad = std::any_of(kIndiscreet.begin(), kIndiscreet.end(),
                                     [&](std::string_view w) { return word.compare(0, w.size(), w) == 0; });
        if (bad) found.push_back(word);
    }
    return found;
}

bool valid_help_url(const std::string& url) {
    if (url.rfind("https://", 0) == 0) {
        const std::string host = url.substr(8, url.find('/', 8) - 8);
        return host.find('.') != std::string::npos && host.find(' ') == std::string::npos;
    }
    if (url.rfind("tel:", 0) == 0) {
        const std::string number = url.substr(4);
        return !number.empty() && number.find_first_not_of("+0123456789") == std::string::npos &&
               number.find('+', 1) == std::string::npos;
    }
    return false;
}

bool has_phrase(const std::vector<std::string>& words, const std::vector<std::string>& phrase) {
    return std::search(words.begin(), words.end(), phrase.begin(), phrase.end()) != words.end();
}

} // namespace

TEST_CASE("pack: the bundled content reads without errors") {
    const Pack& pack = bundled_pack();
    for (const std::string& error : pack.errors) FAIL_CHECK(error);
    CHECK(pack.errors.empty());
    for (const std::string& file : pack.skipped) MESSAGE("translation not checked here: ", file);
}

TEST_CASE("pack: 8 to 10 topics with unique ids and titles, each with at least one card") {
    const Pack& pack = bundled_pack();
    CHECK(pack.topics.size() >= 8);
    CHECK(pack.topics.size() <= 10);
    std::set<std::string> ids, titles;
    for (const TopicEntry& topic : pack.topics) {
        INFO("topic: ", topic.id);
        CHECK_FALSE(topic.id.empty());
        CHECK_FALSE(topic.title.empty());
        CHECK(ids.insert(topic.id).second);
        CHECK(titles.insert(topic.title).second);
        const auto cards = std::count_if(pack.cards.begin(), pack.cards.end(),
                                         [&](const CardFile& c) { return c.topic == topic.id; });
        CHECK(cards >= 1);
    }
}

TEST_CASE("pack: 45 to 55 cards, each in a listed topic") {
    const Pack& pack = bundled_pack();
    CHECK(pack.cards.size() >= 45);
    CHECK(pack.cards.size() <= 55);
    for (const CardFile& card : pack.cards) {
        INFO("card: ", card.file, ", topic: ", card.topic);
        CHECK(std::any_of(pack.topics.begin(), pack.topics.end(),
                          [&](const TopicEntry& t) { return t.id == card.topic; }));
    }
}

TEST_CASE("pack: help-link URLs are https:// addresses or tel: numbers") {
    for (const char* good :
         {"https://www.nhs.uk/", "https://www.relate.org.uk", "tel:08088080000", "tel:111", "tel:+441234567890"})
        CHECK(valid_help_url(good));
    for (const char* bad :
         {"http://www.nhs.uk/", "https://", "https://nhs", "tel:", "tel:0808 808", "mailto:a@b.uk", "www.nhs.uk"})
        CHECK_FALSE(valid_help_url(bad));
}

TEST_CASE("pack: every card has at least one help link, and every help link is https:// or tel:") {
    for (const CardFile& card : bundled_pack().cards) {
        INFO("card: ", card.file);
        CHECK_FALSE(card.help.empty());
        for (const HelpLink& link : card.help) {
            INFO("help link: ", link.label, " = ", link.url);
            CHECK_FALSE(link.label.empty());
            CHECK(valid_help_url(link.url));
        }
    }
}

TEST_CASE("pack: card codes are unique and between 1 and 999") {
    std::map<std::int64_t, std::string> seen;
    for (const CardFile& card : bundled_pack().cards) {
        INFO("card: ", card.file, ", code: ", card.code);
        CHECK(card.code >= 1);
        CHECK(card.code <= 999);
        const auto [it, fresh] = seen.emplace(card.code, card.file);
        CHECK_MESSAGE(fresh, "code already used by ", it->second);
    }
}

TEST_CASE("pack: each topic's codes share one group of ten, and no two topics share a group") {
    std::map<std::string, std::set<std::int64_t>> groups_of_topic;  // topic -> code / 10
    for (const CardFile& card : bundled_pack().cards) groups_of_topic[card.topic].insert(card.code / 10);
    std::map<std::int64_t, std::string> topic_of_group;
    for (const auto& [topic, groups] : groups_of_topic) {
        INFO("topic: ", topic);
        CHECK_MESSAGE(groups.size() == 1, "its cards' codes are in ", groups.size(), " groups of ten");
        for (std::int64_t group : groups) {
            const auto [it, fresh] = topic_of_group.emplace(group, topic);
            CHECK_MESSAGE(fresh, "codes ", group * 10, " to ", group * 10 + 9, " are also used by topic ", it->second);
        }
    }
}

TEST_CASE("pack: card bodies are 120 to 260 words") {
    for (const CardFile& card : bundled_pack().cards) {
        const std::size_t words = plain_words(plain_text(card.body)).size();
        INFO("card: ", card.file, ", words: ", words);
        CHECK(words >= 120);
        CHECK(words <= 260);
    }
}

TEST_CASE("pack: the discreet-word check matches words and their forms, not other words") {
    CHECK(indiscreet_words("After sex") == std::vector<std::string>{"sex"});
    CHECK(indiscreet_words("Sexuality and CONDOMS") == std::vector<std::string>{"sexuality", "condoms"});
    CHECK(indiscreet_words("Vaginal dilators") == std::vector<std::string>{"vaginal", "dilators"});
    CHECK(indiscreet_words("Closeness in Essex and Middlesex").empty());
    CHECK(indiscreet_words("Stretching aids").empty());
}

TEST_CASE("pack: what a passer-by can see (topic titles, card tiles and summaries) is discreet") {
    const Pack& pack = bundled_pack();
    for (const TopicEntry& topic : pack.topics) {
        INFO("topic title: ", topic.title);
        CHECK(indiscreet_words(topic.title).empty());
    }
    for (const CardFile& card : pack.cards) {
        INFO("card: ", card.file, ", tile: ", card.tile, ", summary: ", card.summary);
        CHECK(indiscreet_words(card.tile).empty());
        CHECK(indiscreet_words(card.summary).empty());  // shown under the tile title
    }
}

TEST_CASE("pack: a card's headings, the larger type inside it, are discreet too") {
    for (const CardFile& card : bundled_pack().cards) {
        std::size_t start = 0;
        while (start < card.body.size()) {
            const std::size_t end = std::min(card.body.find('\n', start), card.body.size());
            const std::string line = card.body.substr(start, end - start);
            if (line.rfind("#", 0) == 0) {
                INFO("card: ", card.file, ", heading: ", line);
                CHECK(indiscreet_words(line).empty());
            }
            start = end + 1;
        }
    }
}

TEST_CASE("pack: a card points to the breathing exercise, and there is one to point to") {
    const Pack& pack = bundled_pack();
    CHECK(pack.breathing_patterns >= 1);
    const auto mentions = std::count_if(pack.cards.begin(), pack.cards.end(), [](const CardFile& card) {
        return has_phrase(shingle_words(plain_text(card.body)), {"breathing", "exercise"});
    });
    CHECK(mentions >= 1);
}

TEST_CASE("pack: an \"About this information\" card says it is general information, not medical advice") {
    const Pack& pack = bundled_pack();
    const auto about = std::find_if(pack.cards.begin(), pack.cards.end(),
                                    [](const CardFile& card) { return card.title == "About this information"; });
    REQUIRE(about != pack.cards.end());
    INFO("card: ", about->file);
    const std::vector<std::string> words = shingle_words(plain_text(about->body));
    CHECK(has_phrase(words, {"general"}));
    CHECK(has_phrase(words, {"not", "medical", "advice"}));
}

namespace {

// The sentences of a card's plain text, each as its words (shingle_words: lower case, no
// apostrophes, hyphens as spaces).
std::vector<std::vector<std::string>> sentences_of(const std::string& markdown) {
    std::vector<std::vector<std::string>> out;
    std::string sentence;
    for (const char c : plain_text(markdown) + "\n") {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
            std::vector<std::string> words = shingle_words(sentence);
            if (!words.empty()) out.push_back(std::move(words));
            sentence.clear();
        } else {
            sentence += c;
        }
    }
    return out;
}

// True when one sentence holds every word of `words` (each may have an ending: "condom"
// matches "condoms"), or, for a phrase, when one sentence holds the words in a row.
bool one_sentence_has(const std::string& markdown, const std::vector<std::string>& words, bool in_a_row) {
    for (const std::vector<std::string>& sentence : sentences_of(markdown)) {
        if (in_a_row) {
            if (has_phrase(sentence, words)) return true;
            continue;
        }
        const bool all = std::all_of(words.begin(), words.end(), [&](const std::string& word) {
            return std::any_of(sentence.begin(), sentence.end(),
                               [&](const std::string& w) { return w.compare(0, word.size(), word) == 0; });
        });
        if (all) return true;
    }
    return false;
}

const CardFile* card_named(const std::string& file) {
    for (const CardFile& card : bundled_pack().cards)
        if (card.file == file) return &card;
    return nullptr;
}

struct SafetyStatement {
    std::string file;
    std::vector<std::string> words;
    bool in_a_row;     // a phrase, or words anywhere in one sentence
    std::string why;   // what a clinician would insist the card says
};

} // namespace

TEST_CASE("pack: every card says when it was reviewed, when it is due again, and what it was checked against") {
    for (const CardFile& card : bundled_pack().cards) {
        INFO("card: ", card.file);
        CHECK_MESSAGE(!card.reviewed.empty(), "no reviewed = YYYY-MM-DD");
        CHECK_MESSAGE(!card.review_due.empty(), "no review_due = YYYY-MM-DD");
        CHECK(card.review_due > card.reviewed);  // ISO dates compare as text
        CHECK_MESSAGE(!card.sources.empty(), "no sources = [...]");
        for (const std::string& source : card.sources) {
            INFO("source: ", source);
            CHECK(source.size() >= 8);
            CHECK(source.find("http") == std::string::npos);  // references a reviewer reads, not links
        }
    }
}

TEST_CASE("pack: the safety facts a clinician would insist on are on their cards") {
    const std::vector<SafetyStatement> statements = {
        {"cards/comfort-moisture.md", {"oil", "latex", "condom"}, false, "oil-based products weaken latex condoms"},
        {"cards/comfort-moisture.md", {"silicone", "dilator"}, false, "silicone lubricant can damage silicone dilators"},
        {"cards/comfort-dilators.md", {"after", "radiotherapy"}, true, "dilators start after radiotherapy, not during it"},
        {"cards/comfort-hormones.md", {"not", "contraception"}, true, "HRT is not contraception"},
        {"cards/comfort-painful-sex.md", {"never", "push", "through", "pain"}, true, "never push through pain"},
        {"cards/treatment-chemotherapy.md", {"condom", "dental", "dam"}, false, "barrier protection after each dose"},
        {"cards/treatment-chemotherapy.md", {"ask", "your", "team", "how", "long"}, true, "how long depends on the treatment"},
        {"cards/treatment-chemotherapy.md", {"contraception"}, false, "contraception during and after treatment"},
        {"cards/treatment-blood-counts.md", {"platelets"}, false, "low platelets: bleeding"},
        {"cards/treatment-blood-counts.md", {"infection"}, false, "low white cells: infection"},
        {"cards/treatment-radiotherapy.md", {"not", "radioactive"}, true, "external radiotherapy does not make you radioactive"},
        {"cards/treatment-hormone-therapy.md", {"not", "the", "same", "as", "hrt"}, true, "hormone therapy is not HRT"},
        {"cards/treatment-heart-stroke.md", {"999"}, false, "chest pain during sex: call 999"},
        {"cards/treatment-heart-stroke.md", {"nitrates"}, false, "erection tablets never with nitrates"},
        {"cards/function-treatments.md", {"nitrates"}, false, "erection tablets never with nitrates"},
        {"cards/function-treatments.md", {"4", "hours"}, true, "an erection lasting over 4 hours is an emergency"},
        {"cards/body-stoma.md", {"never", "put", "anything", "into", "a", "stoma"}, true, "nothing into a stoma"},
        {"cards/function-anal-sex.md", {"never", "put", "anything", "into", "a", "stoma"}, true, "nothing into a stoma"},
        {"cards/closeness-gentle-touch.md", {"blood", "clot"}, true, "no massage of a possible clot"},
        {"cards/closeness-gentle-touch.md", {"lymphoedema"}, false, "light touch only with lymphoedema"},
        {"cards/closeness-gentle-touch.md", {"radiotherapy"}, false, "no rubbing of treated skin"},
        {"cards/pacing-harder-days.md", {"bleeding", "first", "time"}, false, "report new bleeding the first time"},
        {"cards/boundaries-feeling-unsafe.md", {"999"}, false, "in danger now: call 999"},
        {"cards/boundaries-feeling-unsafe.md", {"history"}, false, "a scanned code stays in the phone's history"},
        {"cards/support-low-mood.md", {"116", "123"}, true, "Samaritans at any time"},
        {"cards/support-breathing.md", {"dizzy"}, false, "stop if dizzy"},
    };
    for (const SafetyStatement& s : statements) {
        INFO("card: ", s.file, ": ", s.why);
        const CardFile* card = card_named(s.file);
        REQUIRE_MESSAGE(card != nullptr, "the card is missing");
        CHECK(one_sentence_has(card->body, s.words, s.in_a_row));
    }
}

TEST_CASE("pack: the safety check finds words in one sentence, not spread across two") {
    CHECK(one_sentence_has("Oil-based products weaken latex condoms.", {"oil", "latex", "condom"}, false));
    CHECK_FALSE(one_sentence_has("Oil-based products are fine. Latex condoms are good.", {"oil", "latex", "condom"}, false));
    CHECK(one_sentence_has("Please **never** push through pain.", {"never", "push", "through", "pain"}, true));
    CHECK_FALSE(one_sentence_has("Never push on. Through pain, rest.", {"never", "push", "through", "pain"}, true));
}

TEST_CASE("pack: a card that speaks of a partner also speaks to someone without one") {
    const std::vector<std::vector<std::string>> without_a_partner = {
        {"single"},       {"on", "your", "own"},  {"without", "a", "partner"}, {"no", "partner"},
        {"widowed"},      {"between", "partners"}, {"by", "yourself"},         {"alone"},
        {"have", "a", "partner"}, {"not", "in", "a", "relationship"}, {"living", "alone"},
    };
    for (const CardFile& card : bundled_pack().cards) {
        const std::vector<std::string> words = shingle_words(plain_text(card.body));
        const bool partner = std::any_of(words.begin(), words.end(),
                                         [](const std::string& w) { return w.compare(0, 7, "partner") == 0; });
        if (!partner) continue;
        INFO("card: ", card.file, " speaks of a partner only");
        CHECK(std::any_of(without_a_partner.begin(), without_a_partner.end(),
                          [&](const std::vector<std::string>& phrase) { return has_phrase(words, phrase); }));
    }
}
