#include "chrome.hpp"

#include "widgets.hpp"

#include "core/i18n/language_names.hpp"

#include <imgui.h>

#include <algorithm>

namespace haven::ui {
namespace {

constexpr float kBarEm = 2.6f;

// The patient's text sizes, smallest first, by the ids of their names on the bar.
constexpr std::pair<TextSize, const char*> kTextSizes[] = {
    {TextSize::Small, "text_size_small"}, {TextSize::Medium, "text_size_medium"}, {TextSize::Large, "text_size_large"}};

// One tappable control of the bar.
struct BarButton {
    std::string label;
    Action action;
    enum class Look { Filled, Quiet, Chosen } look = Look::Quiet;
};

// Buttons that stay together on one row (the three text sizes), `inner` apart.
struct BarGroup {
    std::vector<BarButton> buttons;
    float inner = 0;
    float width(const ViewContext& ctx) const {
        float w = 0;
        for (const BarButton& b : buttons) w += button_width(ctx, b.label);
        return w + inner * static_cast<float>(buttons.size() - 1);
    }
};

bool draw(ViewContext& ctx, const BarButton& b, float h) {
    const ImVec2 size(button_width(ctx, b.label), h);
    switch (b.look) {
    case BarButton::Look::Filled:
    case BarButton::Look::Chosen: return button(ctx, b.label, size);
    case BarButton::Look::Quiet: return quiet_button(ctx, b.label, size);
    }
    return false;
}

} // namespace

float top_bar_height(const ViewContext& ctx) { return ctx.m.target(kBarEm); }

Action top_bar(ViewContext& ctx, const Navigation& nav, const Content& content) {
    Action action;
    const float h = top_bar_height(ctx);
    const float gap = ctx.m.gap(0.6f);
    const float left = ImGui::GetCursorPosX();
    const float top = ImGui::GetCursorPosY();
    const float right = left + ImGui::GetContentRegionAvail().x;

    // Back and Home on the left, away from home.
    BarGroup way_back{{}, gap};
    if (nav.here.screen != Screen::Home) {
        way_back.buttons.push_back({ctx.say("back"), Action::make(Action::Kind::Back), BarButton::Look::Filled});
        way_back.buttons.push_back({ctx.say("home"), Action::go_home(), BarButton::Look::Filled});
    }
    // The patient's controls on the right, Hide always last, where a hand finds it quickly.
    // The text sizes are named, not cycled: the current one is marked, and a tap on a bigger
    // one never makes text smaller.
    std::vector<BarGroup> controls;
    BarGroup sizes{{}, ctx.m.min_gap};
    for (const auto& [size, label] : kTextSizes)
        sizes.buttons.push_back({ctx.say(label), Action::set_text_size(size),
                                 size == nav.text_size ? BarButton::Look::Chosen : BarButton::Look::Quiet});
    controls.push_back(sizes);
    controls.push_back({{{ctx.say(nav.high_contrast ? "standard_colours" : "high_contrast"), Action::make(Action::Kind::ToggleContrast)}}, 0});
    const auto languages = content.languages();
    if (languages.size() > 1) {
        const std::string current = nav.language.empty() ? content.settings.default_language : nav.language;
        auto it = std::find(languages.begin(), languages.end(), current);
        const std::string& next = (it == languages.end() || it + 1 == languages.end()) ? languages.front() : *(it + 1);
        controls.push_back({{{language_name(next), Action::make(Action::Kind::NextLanguage)}}, 0});
    }
    controls.push_back({{{ctx.say("hide_screen"), Action::make(Action::Kind::Hide), BarButton::Look::Filled}}, 0});

    // Rows from the top, each filled from the right with the controls that fit beside what is
    // already there: on a narrow screen or at large text the bar grows a row rather than
    // drawing one button over another.
    std::vector<std::vector<const BarGroup*>> rows(1);
    float room = right - left - (way_back.buttons.empty() ? 0 : way_back.width(ctx) + gap * 2);
    for (auto it = controls.rbegin(); it != controls.rend(); ++it) {
        const float w = it->width(ctx);
        if (!rows.back().empty() && w > room) {
            rows.emplace_back();
            room = right - left;
        }
        rows.back().insert(rows.back().begin(), &*it);
        room -= w + gap;
    }

    // A right-to-left language mirrors the bar: the way back on the right, Hide on the left.
    auto draw_group = [&](const BarGroup& group, float x, float y) {
        for (const BarButton& b : group.buttons) {
            const float w = button_width(ctx, b.label);
            ImGui::SetCursorPos(ImVec2(ctx.right_to_left ? left + right - x - w : x, y));
            if (draw(ctx, b, h)) action = b.action;
            x += w + group.inner;
        }
    };
    draw_group(way_back, left, top);
    float y = top;
    for (const auto& row : rows) {
        float total = 0;
        for (const BarGroup* group : row) total += group->width(ctx) + gap;
        float x = std::max(left, right - total + gap);
        for (const BarGroup* group : row) {
            draw_group(*group, x, y);
            x += group->width(ctx) + gap;
        }
        y += h + gap;
    }
    ImGui::SetCursorPos(ImVec2(left, y - gap + ctx.m(0.8f)));
    return action;
}

} // namespace haven::ui
