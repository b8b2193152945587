#include "topic_view.hpp"

#include "chrome.hpp"
#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace haven::ui {

namespace {
constexpr float kListWidthEm = 40;
constexpr float kCardTileHeightEm = 4.2f;
} // namespace

Action topic_view(ViewContext& ctx, const Content& content, const Navigation& nav, const Topic& topic) {
    begin_screen(ctx, "Topic");
    Action action = top_bar(ctx, nav, content);
    begin_scroll_region(ctx, "cards", footer_height(ctx));
    const float width = std::min(ImGui::GetContentRegionAvail().x, ctx.m(kListWidthEm));
    // A right-to-left language puts the list against the right edge.
    const float list_x = ImGui::GetCursorPosX() + (ctx.right_to_left ? ImGui::GetContentRegionAvail().x - width : 0);
    ImGui::SetCursorPosX(list_x);
    text(ctx, ctx.fonts.heading, ctx.theme.text, topic.title, width);
    ImGui::Dummy(ImVec2(1, ctx.m(0.2f)));
    const std::string& language = nav.language.empty() ? content.settings.default_language : nav.language;
    for (size_t index : topic.cards) {
        const Card& card = content.localized(index, language);
        ImGui::PushID(static_cast<int>(index));
        ImGui::SetCursorPosX(list_x);
        const Texture* picture = ctx.texture(card.image);
        const ImVec2 size = fit_tile(ctx, card.tile, card.summary, ImVec2(width, ctx.m.target(kCardTileHeightEm)), picture);
        if (tile(ctx, "##card", card.tile, card.summary, size, picture))
            action = Action::open_card(card.code);
        ImGui::PopID();
    }
    const ScrollRegion region = end_scroll_region(ctx);
    more_below_button(ctx, region);
    ImGui::End();
    return action;
}

} // namespace haven::ui
