// The syllable counter behind the readability check, on words whose syllable count is known
// (dictionary counts), grouped by the rule each one exercises. If a rule breaks, the Flesch
// scores would drift silently; these keep it honest.

#include "text.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <utility>
#include <vector>

using haven::content_check::count_syllables;

namespace {

using Known = std::vector<std::pair<std::string_view, int>>;

void check_all(const Known& words) {
    for (const auto& [word, syllables] : words) {
        INFO("word: ", word);
        CHECK(count_syllables(word) == syllables);
    }
}

} // namespace

TEST_CASE("syllables: vowel groups") {
    check_all({{"cat", 1}, {"rain", 1}, {"house", 1}, {"through", 1}, {"thought", 1}, {"water", 2}, {"about", 2},
               {"women", 2}, {"partner", 2}, {"beautiful", 3}, {"afternoon", 3}, {"relationship", 4},
               {"information", 4}, {"conversation", 4}, {"counselling", 3}, {"intimacy", 4}});
}

TEST_CASE("syllables: silent final e") {
    check_all({{"make", 1}, {"whole", 1}, {"there", 1}, {"some", 1}, {"one", 1}, {"have", 1}, {"are", 1},
               {"these", 1}, {"smile", 1}, {"style", 1}, {"the", 1}, {"be", 1}, {"hormone", 2}, {"massage", 2},
               {"aware", 2}, {"intimate", 3}, {"medicine", 3}, {"menopause", 3}, {"free", 1}, {"agree", 2}});
}

TEST_CASE("syllables: -le after a consonant is a syllable of its own") {
    check_all({{"table", 2}, {"little", 2}, {"simple", 2}, {"gentle", 2}, {"uncle", 2}, {"single", 2},
               {"trouble", 2}, {"possible", 3}, {"unbearable", 4}, {"cuddle", 2}, {"cuddles", 2},
               {"settled", 2}, {"gentleness", 3}});
}

TEST_CASE("syllables: -ed is silent except after t or d") {
    check_all({{"walked", 1}, {"loved", 1}, {"used", 1}, {"helped", 1}, {"called", 1}, {"viewed", 1},
               {"wanted", 2}, {"needed", 2}, {"started", 2}, {"relaxed", 2}, {"agreed", 2}, {"worried", 2},
               {"tried", 1}, {"embarrassed", 3}, {"bed", 1}});
}

TEST_CASE("syllables: -es is silent except after a hissing sound") {
    check_all({{"makes", 1}, {"times", 1}, {"clothes", 1}, {"types", 1}, {"medicines", 3}, {"minutes", 2},
               {"places", 2}, {"changes", 2}, {"boxes", 2}, {"wishes", 2}, {"matches", 2}, {"uses", 2},
               {"issues", 2}, {"bodies", 2}, {"tables", 2}, {"yes", 1}, {"goes", 1}});
}

TEST_CASE("syllables: y is a vowel except at the start or between vowels") {
    check_all({{"my", 1}, {"gym", 1}, {"happy", 2}, {"system", 2}, {"yes", 1}, {"you", 1}, {"yourself", 2},
               {"yellow", 2}, {"player", 2}, {"beyond", 2}, {"always", 2}, {"eye", 1}, {"crying", 2},
               {"buying", 2}, {"enjoying", 3}, {"journey", 2}, {"anyone", 3}, {"everyone", 3}});
}

TEST_CASE("syllables: vowel pairs said as two syllables") {
    check_all({{"being", 2}, {"going", 2}, {"seeing", 2}, {"wellbeing", 3}, {"idea", 3}, {"area", 3},
               {"ideas", 3}, {"radio", 3}, {"period", 3}, {"video", 3}, {"medium", 3}, {"trial", 2},
               {"quiet", 2}, {"diet", 2}, {"anxiety", 4}, {"society", 4}, {"usual", 3}, {"actually", 4},
               {"situation", 4}, {"sexual", 3}, {"experience", 4}, {"client", 2}, {"influence", 3}, {"fluent", 2},
               {"genuine", 3}, {"continuous", 4}, {"continuing", 4}, {"happier", 3}, {"easiest", 3},
               {"dietitian", 4}, {"physiotherapist", 6}, {"radiotherapy", 6}, {"whoever", 3}});
}

TEST_CASE("syllables: vowel pairs said as one") {
    check_all({{"special", 2}, {"social", 2}, {"patient", 2}, {"efficient", 3}, {"anxious", 2}, {"action", 2},
               {"question", 2}, {"religion", 3}, {"language", 2}, {"quality", 3}, {"friend", 1}, {"piece", 1},
               {"million", 2}, {"opinion", 3}, {"familiar", 3}, {"marriage", 2}, {"build", 1}, {"guide", 1},
               {"tea", 1}, {"really", 2}, {"reason", 2}, {"oestrogen", 3}, {"shoes", 1}, {"pier", 1}});
}

TEST_CASE("syllables: silent e before a suffix, and compounds") {
    check_all({{"lovely", 2}, {"safely", 2}, {"completely", 3}, {"immediately", 5}, {"movement", 2},
               {"statement", 2}, {"encouragement", 4}, {"hopeful", 2}, {"useful", 2}, {"careful", 2},
               {"carefully", 3}, {"awareness", 3}, {"closeness", 2}, {"sometimes", 2}, {"someone", 2},
               {"something", 2}, {"therefore", 2}, {"lifestyle", 2}, {"notebook", 2}, {"caresses", 3}});
}

TEST_CASE("syllables: contractions and possessives") {
    check_all({{"don't", 1}, {"can't", 1}, {"won't", 1}, {"isn't", 2}, {"doesn't", 2}, {"couldn't", 2},
               {"haven't", 2}, {"aren't", 1}, {"you're", 1}, {"they're", 1}, {"I've", 1}, {"it's", 1},
               {"there's", 1}, {"partner's", 2}, {"nurse's", 2}, {"'pause'", 1}});
}

TEST_CASE("syllables: acronyms are said letter by letter") {
    check_all({{"GP", 2}, {"GPs", 2}, {"NHS", 3}, {"HRT", 3}, {"TV", 2}, {"OK", 2}, {"UK", 2}, {"I", 1},
               {"A", 1}});
}

TEST_CASE("syllables: capitals with a vowel are read as a word") {
    check_all({{"NO", 1}, {"PIN", 1}, {"STOP", 1}, {"NICE", 1}, {"ADVERTISEMENT", 4}});
}

TEST_CASE("syllables: endings and prefixes with their own rules") {
    check_all({{"centre", 2}, {"centres", 2}, {"fibre", 2}, {"hundred", 2}, {"sacred", 2}, {"unique", 2},
               {"technique", 2}, {"league", 1},
               {"fatigue", 2}, {"tongue", 1}, {"autism", 3}, {"sarcasm", 3}, {"enthusiasm", 5}, {"react", 2},
               {"reassure", 3}, {"reinforce", 3}, {"reopen", 3}, {"cooperate", 4}, {"proactive", 3},
               {"read", 1}, {"reach", 1}});
}

TEST_CASE("syllables: common words the rules get wrong are listed") {
    check_all({{"people", 2}, {"business", 2}, {"every", 2}, {"evening", 2}, {"maybe", 2}, {"recipe", 3},
               {"rhythm", 2}, {"science", 2}, {"does", 1}, {"poems", 2}});
}

TEST_CASE("syllables: words with no vowel letter still count one; nothing counts none") {
    CHECK(count_syllables("hmm") == 1);
    CHECK(count_syllables("Psst") == 1);
    CHECK(count_syllables("") == 0);
    CHECK(count_syllables("'") == 0);
}
