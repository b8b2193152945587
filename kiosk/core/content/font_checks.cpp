#include "core/content/font_checks.hpp"

#include "core/text/script_fonts.hpp"

#include <filesystem>
#include <set>
#include <utility>

namespace haven {
namespace {

// Every string of a card a patient can see.
std::string card_text(const Card& card) {
    std::string all = card.title + ' ' + card.tile + ' ' + card.summary;
    for (const auto& link : card.help) all += ' ' + link.label;
    for (const auto& block : card.blocks) {
        all += ' ' + block.marker;
        for (const auto& span : block.spans) all += span.text;
    }
    return all;
}

}  // namespace

std::vector<Diagnostic> font_warnings(const Content& content, const std::string& font_folder) {
    // The text of each file, with the language it is written in.
    struct Source {
        std::string file;
        std::string language;
        std::string text;
    };
    std::vector<Source> sources;
    std::string settings = content.settings.clinic_name + ' ' + content.settings.welcome;
    for (const auto& link : content.settings.help) settings += ' ' + link.label;
    sources.push_back({"kiosk.toml", content.settings.default_language, settings});
    std::string topics;
    for (const auto& topic : content.topics) topics += topic.title + ' ';
    sources.push_back({"topics.toml", content.settings.default_language, topics});
    for (const auto& card : content.cards) sources.push_back({card.file, card.language, card_text(card)});
    for (const auto& [language, cards] : content.translations)
        for (const auto& [slug, card] : cards) sources.push_back({card.file, card.language, card_text(card)});
    for (const auto& [language, words] : content.screen_text) {
        std::string all;
        for (const auto& [id, text] : words) all += text + ' ';
        sources.push_back({"i18n/" + language + ".toml", language, all});
    }

    std::vector<Diagnostic> warnings;
    std::set<std::string> told;  // each missing font once
    for (const Source& source : sources) {
        for (const Script script : scripts_in(source.text)) {
            const std::string stem = font_stem(script, source.language);
            if (stem.empty()) {
                if (!told.insert(std::string("script:") + script_name(script)).second) continue;
                const std::string what = script == Script::Other
                                             ? std::string("some of its characters (such as emoji)")
                                             : std::string("text in ") + script_name(script) + " script";
                warnings.push_back({Diagnostic::Severity::Warning, source.file, 0, 0,
                                    "Haven has no font for " + what + ": it would show as empty boxes on the kiosk"});
                continue;
            }
            const std::filesystem::path file = std::filesystem::path(font_folder) / (stem + "-Regular.ttf");
            std::error_code error;
            if (std::filesystem::is_regular_file(file, error) || !told.insert(stem).second) continue;
            warnings.push_back({Diagnostic::Severity::Warning, source.file, 0, 0,
                                std::string("the font for ") + script_name(script) + " text (" + file.string() +
                                    ") is not installed, so it would show in a fallback font, or as empty boxes; "
                                    "install the Debian package fonts-noto-core"});
        }
    }
    return warnings;
}

}  // namespace haven
