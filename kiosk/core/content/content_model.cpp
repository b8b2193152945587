#include "core/content/content_model.hpp"

namespace haven {

const Topic* Content::find_topic(const std::string& id) const {
    for (const auto& topic : topics)
        if (topic.id == id) return &topic;
    return nullptr;
}

const Card* Content::find_code(int code) const {
    for (const auto& card : cards)
        if (card.code == code) return &card;
    return nullptr;
}

const Card& Content::localized(size_t index, const std::string& language) const {
    const Card& original = cards.at(index);
    if (language == settings.default_language) return original;
    const auto lang = translations.find(language);
    if (lang == translations.end()) return original;
    const auto card = lang->second.find(original.slug);
    return card == lang->second.end() ? original : card->second;
}

std::vector<std::string> Content::languages() const {
    std::vector<std::string> out{settings.default_language};
    for (const auto& [language, cards_in_language] : translations)
        if (language != settings.default_language && !cards_in_language.empty()) out.push_back(language);
    return out;
}

ScreenText Content::screen_text_in(const std::string& language) const {
    const auto it = screen_text.find(language);
    return it == screen_text.end() ? ScreenText() : ScreenText(&it->second);
}

std::vector<BreathingPattern> default_breathing_patterns() {
    return {
        {"Calm", 4, 0, 6, 0, 3, "A longer breath out helps many people slow down and settle."},
        {"Box", 4, 4, 4, 4, 3, "Four equal steps, like the four sides of a box. A steady rhythm to focus on."},
        {"4-7-8", 4, 7, 8, 0, 3, "A long hold and a slow breath out. If holding feels hard, choose Calm."},
        {"Coherent", 5.5, 0, 5.5, 0, 5, "Slow, even breaths, about five or six a minute, in and out for the same time."},
    };
}

} // namespace haven
