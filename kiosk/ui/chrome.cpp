#include "chrome.hpp"

#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace haven::ui {
namespace {

constexpr float kBarEm = 2.6f;

TextSize next_size(TextSize s) {
    switch (s) {
    case TextSize::Medium: return TextSize::Large;
    case TextSize::Large: return TextSize::Small;
    case TextSize::Small: return TextSize::Medium;
    }
    return TextSize::Medium;
}

} // namespace

float top_bar_height(const ViewContext& ctx) { return ctx.m.target(kBarEm); }

std::string language_name(const std::string& code) {
    static const std::map<std::string, std::string> names{
        {"en", "English"},   {"cy", "Cymraeg"},  {"gd", "G\u00e0idhlig"}, {"ga", "Gaeilge"},   {"pl", "Polski"},
        {"ro", "Rom\u00e2n\u0103"}, {"pt", "Portugu\u00eas"}, {"es", "Espa\u00f1ol"}, {"fr", "Fran\u00e7ais"},
        {"it", "Italiano"},  {"de", "Deutsch"},  {"lt", "Lietuvi\u0173"}, {"lv", "Latvie\u0161u"}, {"so", "Soomaali"},
        {"nl", "Nederlands"}, {"tr", "T\u00fcrk\u00e7e"}, {"sq", "Shqip"}, {"cs", "\u010ce\u0161tina"},
    };
    const auto it = names.find(code);
    if (it != names.end()) return it->second;
    std::string upper = code;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
}

Action top_bar(ViewContext& ctx, const Navigation& nav, const Content& content) {
    Action action;
    const float h = top_bar_height(ctx);
    const float gap = ctx.m(0.6f);
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const float right = left + ImGui::GetContentRegionAvail().x;

    if (nav.here.screen != Screen::Home) {
        if (button(ctx, "Back", ImVec2(button_width(ctx, "Back"), h))) action = Action::make(Action::Kind::Back);
        ImGui::SameLine(0, gap);
        if (button(ctx, "Home", ImVec2(button_width(ctx, "Home"), h))) action = Action::go_home();
    }

    // Right-aligned, from the right edge: Hide always last, where a hand finds it quickly.
    std::vector<std::pair<std::string, Action>> controls;
    controls.emplace_back("Text size", Action::set_text_size(next_size(nav.text_size)));
    controls.emplace_back(nav.high_contrast ? "Standard colours" : "High contrast", Action::make(Action::Kind::ToggleContrast));
    const auto languages = content.languages();
    if (languages.size() > 1) {
        const std::string current = nav.language.empty() ? content.settings.default_language : nav.language;
        auto it = std::find(languages.begin(), languages.end(), current);
        const std::string& next = (it == languages.end() || it + 1 == languages.end()) ? languages.front() : *(it + 1);
        controls.emplace_back(language_name(next), Action::make(Action::Kind::NextLanguage));
    }
    controls.emplace_back("Hide screen", Action::make(Action::Kind::Hide));

    float total = 0;
    for (const auto& [label, a] : controls) total += button_width(ctx, label) + gap;
    float x = std::max(left, right - total + gap);
    for (const auto& [label, a] : controls) {
        ImGui::SetCursorPos(ImVec2(x, top));
        const float w = button_width(ctx, label);
        const bool tapped = label == "Hide screen" ? button(ctx, label, ImVec2(w, h)) : quiet_button(ctx, label, ImVec2(w, h));
        if (tapped) action = a;
        x += w + gap;
    }
    ImGui::SetCursorPos(ImVec2(left, top + h + ctx.m(0.8f)));
    return action;
}

} // namespace haven::ui
