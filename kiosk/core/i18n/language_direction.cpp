#include "core/i18n/language_direction.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace haven {

bool right_to_left_language(std::string_view code) {
    // Arabic, Urdu, Persian, Dari, Pashto, Sindhi, Kurdish (Sorani), Uyghur, Hebrew, Yiddish,
    // Dhivehi, Syriac, Balochi, Kashmiri.
    static constexpr std::array<std::string_view, 15> kRightToLeft{"ar", "ur", "fa", "prs", "ps", "sd", "ckb", "ug",
                                                                   "he", "iw", "yi", "dv", "syr", "bal", "ks"};
    std::string primary(code.substr(0, code.find_first_of("-_")));
    std::transform(primary.begin(), primary.end(), primary.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(kRightToLeft.begin(), kRightToLeft.end(), primary) != kRightToLeft.end();
}

}  // namespace haven
