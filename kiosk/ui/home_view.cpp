#include "home_view.hpp"

#include "chrome.hpp"
#include "qr_view.hpp"
#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace haven::ui {
namespace {

constexpr float kMinTileWidthEm = 14;
constexpr float kTileHeightEm = 4.5f;
constexpr float kReadingWidthEm = 36;  // a comfortable line length

std::string card_count(size_t n) { return n == 1 ? "1 card" : std::to_string(n) + " cards"; }

} // namespace

Action home_view(ViewContext& ctx, const Content& content, const Navigation& nav) {
    Action action;
    begin_screen(ctx, "Home");
    action = top_bar(ctx, nav, content);
    const float width = ImGui::GetContentRegionAvail().x;
    const float reading = std::min(width, ctx.m(kReadingWidthEm));

    begin_scroll_region(ctx, "home");
    text(ctx, ctx.fonts.small, ctx.theme.muted_text, content.settings.clinic_name, reading);
    text(ctx, ctx.fonts.heading, ctx.theme.text, content.settings.welcome, reading);
    ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));

    const bool any = std::any_of(content.topics.begin(), content.topics.end(), [](const Topic& t) { return !t.cards.empty(); });
    if (!any) {
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, "There is nothing to show here yet. A member of staff can help you.",
             reading);
    }

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float region = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((region + gap) / (ctx.m(kMinTileWidthEm) + gap)));
    const float tile_width = (region - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    const ImVec2 tile_size(tile_width, ctx.m.target(kTileHeightEm));
    int column = 0;
    for (const Topic& topic : content.topics) {
        if (topic.cards.empty()) continue;  // nothing to read behind it
        if (column > 0) ImGui::SameLine();
        ImGui::PushID(topic.id.c_str());
        if (tile(ctx, "##topic", topic.title, card_count(topic.cards.size()), tile_size, ctx.texture(topic.icon)))
            action = Action::open_topic(topic.id);
        ImGui::PopID();
        column = (column + 1) % columns;
    }
    if (any) {
        if (column > 0) ImGui::SameLine();
        if (tile(ctx, "##keypad", "Enter a topic code", "If a nurse gave you a number", tile_size))
            action = Action::make(Action::Kind::OpenKeypad);
        column = (column + 1) % columns;
    }
    if (column > 0) ImGui::SameLine();
    if (tile(ctx, "##breathing", "Breathing exercise", "A few calm minutes, guided", tile_size))
        action = Action::make(Action::Kind::OpenBreathing);

    if (!content.settings.help.empty()) {
        ImGui::Dummy(ImVec2(1, ctx.m(0.8f)));
        text(ctx, ctx.fonts.subheading, ctx.theme.text, "Further help", reading);
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, "Scan a code with your phone's camera to take it with you.", reading);
        // The clinic's links side by side, as many as fit.
        const float column_width = std::max(ctx.m(12), qr_side(ctx, content.settings.help.front().url) + ctx.m(1));
        const int per_row = std::max(1, static_cast<int>((region + gap) / (column_width + gap)));
        for (size_t i = 0; i < content.settings.help.size(); ++i) {
            if (i % static_cast<size_t>(per_row) != 0) ImGui::SameLine(0, gap);
            ImGui::PushID(static_cast<int>(i));
            ImGui::BeginGroup();
            help_links(ctx, {content.settings.help[i]}, column_width);
            ImGui::EndGroup();
            ImGui::PopID();
        }
    }
    end_scroll_region(ctx);
    ImGui::End();
    return action;
}

} // namespace haven::ui
