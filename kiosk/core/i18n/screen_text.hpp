#pragma once
// The words Haven itself draws ("Back", "Hide screen", "Still reading?", the keypad, the
// breathing exercise), by id, in the patient's language. A content folder translates them in
// i18n/LANG.toml, one flat `id = "text"` line each, as Hugo's i18n files do; English is built
// in and fills in any id a file leaves out. Some texts carry values in braces ("Code {code}"),
// which a translation may move but must keep. docs/content-format.md lists every id.

#include <initializer_list>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace haven {

struct ScreenTextEntry {
    std::string_view id;
    std::string_view english;
    std::string_view where;  // where it shows, for translators
};

// Every id, in the order a patient meets them.
std::span<const ScreenTextEntry> screen_text_entries();

// The English of `id`, or nullptr for an id Haven does not know.
const ScreenTextEntry* find_screen_text(std::string_view id);

// The names in braces in `text` ("{code}" gives "code"), sorted, each once.
std::vector<std::string> placeholders_of(std::string_view text);

// One language's translations, by id.
using ScreenTranslations = std::map<std::string, std::string, std::less<>>;

// The screen text in one language: its translations, and English for what they leave out.
class ScreenText {
public:
    ScreenText() = default;  // English
    explicit ScreenText(const ScreenTranslations* translated) : translated_(translated) {}

    // The text of `id`, with each {name} replaced by its value. An id Haven does not know
    // (a programming slip) shows as itself, never as nothing.
    std::string operator()(std::string_view id,
                           std::initializer_list<std::pair<std::string_view, std::string>> values = {}) const;

private:
    const ScreenTranslations* translated_ = nullptr;
};

}  // namespace haven
