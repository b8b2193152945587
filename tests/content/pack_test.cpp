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

TEST_CASE("pack: 6 to 8 topics with unique ids and titles, each with at least one card") {
    const Pack& pack = bundled_pack();
    CHECK(pack.topics.size() >= 6);
    CHECK(pack.topics.size() <= 8);
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

TEST_CASE("pack: 20 to 30 cards, each in a listed topic") {
    const Pack& pack = bundled_pack();
    CHECK(pack.cards.size() >= 20);
    CHECK(pack.cards.size() <= 30);
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

TEST_CASE("pack: card bodies are 100 to 260 words") {
    for (const CardFile& card : bundled_pack().cards) {
        const std::size_t words = plain_words(plain_text(card.body)).size();
        INFO("card: ", card.file, ", words: ", words);
        CHECK(words >= 100);
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
