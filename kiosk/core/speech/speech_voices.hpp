#pragma once
// Which eSpeak NG voice speaks each language Haven can show. The names are those of
// espeak-ng-data in Debian 12 (eSpeak NG 1.51); a language it has no voice for has none, and
// its cards show no Listen button.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace haven {

// The voice for a card language code ("cy", "pt-BR", "en"); English is British English, as
// the clinics are. nullopt when eSpeak NG has no voice for the language.
std::optional<std::string> speech_voice(std::string_view language);

// Every voice speech_voice() can name (a test checks each against eSpeak NG's data).
std::span<const std::string_view> known_speech_voices();

}  // namespace haven
