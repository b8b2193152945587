#include "core/speech/speech_voices.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace haven {
namespace {

// eSpeak NG 1.51's voices (espeak-ng --voices), by the language code they answer to.
constexpr std::array<std::string_view, 118> kVoices{
    "af", "am", "an", "ar", "as", "az", "ba", "be", "bg", "bn", "bpy", "bs", "ca", "cmn", "cs", "cv", "cy", "da", "de",
    "el", "en-029", "en-gb", "en-gb-scotland", "en-us", "eo", "es", "es-419", "et", "eu", "fa", "fi", "fr-be", "fr-ch",
    "fr-fr", "ga", "gd", "gn", "gu", "hak", "haw", "he", "hi", "hr", "ht", "hu", "hy", "hyw", "ia", "id", "io", "is", "it",
    "ja", "jbo", "ka", "kk", "kl", "kn", "ko", "kok", "ku", "ky", "la", "lb", "lfn", "lt", "ltg", "lv", "mi", "mk", "ml",
    "mr", "ms", "mt", "my", "nb", "nci", "ne", "nl", "nog", "om", "or", "pa", "pap", "pl", "pt", "pt-br", "qu", "quc",
    "ro", "ru", "ru-lv", "sd", "shn", "si", "sk", "sl", "smj", "sq", "sr", "sv", "sw", "ta", "te", "th", "tk", "tn", "tr",
    "tt", "ug", "uk", "ur", "uz", "vi", "vi-vn-x-central", "vi-vn-x-south", "yue", "en-us-nyc"};

bool known(std::string_view voice) { return std::find(kVoices.begin(), kVoices.end(), voice) != kVoices.end(); }

}  // namespace

std::span<const std::string_view> known_speech_voices() { return kVoices; }

std::optional<std::string> speech_voice(std::string_view language) {
    std::string code(language);
    std::transform(code.begin(), code.end(), code.begin(), [](unsigned char c) { return c == '_' ? '-' : static_cast<char>(std::tolower(c)); });
    if (code.empty()) return std::nullopt;
    if (known(code)) return code;
    const std::string primary = code.substr(0, code.find('-'));
    // Languages whose plain code eSpeak NG files under a regional or other name.
    if (primary == "en") return std::string("en-gb");
    if (primary == "fr") return std::string("fr-fr");
    if (primary == "zh") return std::string(code.find("hk") != std::string::npos || code.find("yue") != std::string::npos ? "yue" : "cmn");
    if (primary == "no" || primary == "nn") return std::string("nb");
    if (primary == "iw") return std::string("he");
    if (primary == "ckb") return std::string("ku");
    if (known(primary)) return primary;
    return std::nullopt;
}

}  // namespace haven
