#include "topic_view.hpp"

#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace haven::ui {

namespace {
constexpr float kListWidthEm = 40;
constexpr float kCardTileHeightEm = 4.2f;
} // namespace

Action topic_view(ViewContext& ctx, const Content& content, const Topic& topic) {
    Action action;
    begin_screen(ctx, "Topic");
    if (button(ctx, "Home", ImVec2(ctx.m(6), ctx.m(2.4f)))) action = Action::go_home();
    ImGui::SameLine(0, ctx.m(1.2f));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ctx.m(2.4f) - ctx.fonts.heading->FontSize) * 0.5f);
    text(ctx, ctx.fonts.heading, ctx.theme.text, topic.title, ImGui::GetContentRegionAvail().x);
    ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));

    begin_scroll_region(ctx, "cards");
    const float width = std::min(ImGui::GetContentRegionAvail().x, ctx.m(kListWidthEm));
    for (size_t index : topic.cards) {
        const Card& card = content.cards[index];
        ImGui::PushID(static_cast<int>(index));
        tile(ctx, "##card", card.tile, card.summary, ImVec2(width, ctx.m(kCardTileHeightEm)), ctx.texture(card.image));
        ImGui::PopID();
    }
    end_scroll_region();
    ImGui::End();
    return action;
}

} // namespace haven::ui
