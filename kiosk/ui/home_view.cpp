#include "home_view.hpp"

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

Action home_view(ViewContext& ctx, const Content& content) {
    Action action;
    begin_screen(ctx, "Home");
    const float width = ImGui::GetContentRegionAvail().x;
    const float reading = std::min(width, ctx.m(kReadingWidthEm));

    text(ctx, ctx.fonts.small, ctx.theme.muted_text, content.settings.clinic_name, reading);
    text(ctx, ctx.fonts.heading, ctx.theme.text, content.settings.welcome, reading);
    ImGui::Dummy(ImVec2(1, ctx.m(0.5f)));

    if (std::none_of(content.topics.begin(), content.topics.end(), [](const Topic& t) { return !t.cards.empty(); })) {
        text(ctx, ctx.fonts.body, ctx.theme.muted_text,
             "There is nothing to show here yet. A member of staff can help you.", reading);
    }

    begin_scroll_region(ctx, "topics");
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float region = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((region + gap) / (ctx.m(kMinTileWidthEm) + gap)));
    const float tile_width = (region - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    int column = 0;
    for (const Topic& topic : content.topics) {
        if (topic.cards.empty()) continue;  // nothing to read behind it
        if (column > 0) ImGui::SameLine();
        ImGui::PushID(topic.id.c_str());
        if (tile(ctx, "##topic", topic.title, card_count(topic.cards.size()), ImVec2(tile_width, ctx.m(kTileHeightEm)),
                 ctx.texture(topic.icon)))
            action = Action::open_topic(topic.id);
        ImGui::PopID();
        column = (column + 1) % columns;
    }
    end_scroll_region();
    ImGui::End();
    return action;
}

} // namespace haven::ui
