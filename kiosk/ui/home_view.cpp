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

constexpr float kMinTileWidthEm = 17;  // a two-word topic title stays on one line beside its picture
constexpr float kTileHeightEm = 4.5f;
constexpr float kReadingWidthEm = 36;  // a comfortable line length

std::string card_count(const ViewContext& ctx, size_t n) {
    return n == 1 ? ctx.say("card_count_one") : ctx.say("card_count", {{"count", std::to_string(n)}});
}

} // namespace

Action home_view(ViewContext& ctx, const Content& content, const Navigation& nav) {
    Action action;
    begin_screen(ctx, "Home");
    action = top_bar(ctx, nav, content);
    const float width = ImGui::GetContentRegionAvail().x;
    const float reading = std::min(width, ctx.m(kReadingWidthEm));

    // The footer keeps the nurse's way in, "Enter a code", in one place on the first screen at
    // every size, whatever the number of topics or the text size.
    begin_scroll_region(ctx, "home", footer_height(ctx));
    text(ctx, ctx.fonts.small, ctx.theme.muted_text, content.settings.clinic_name, reading);
    text(ctx, ctx.fonts.heading, ctx.theme.text, content.settings.welcome, reading);
    ImGui::Dummy(ImVec2(1, ctx.m(0.3f)));

    const bool any = std::any_of(content.topics.begin(), content.topics.end(), [](const Topic& t) { return !t.cards.empty(); });
    if (!any) {
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, ctx.say("nothing_to_show"),
             reading);
    }

    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float region = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((region + gap) / (ctx.m(kMinTileWidthEm) + gap)));
    const float tile_width = (region - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    // Every tile as tall as the tallest needs, so the rows stay even.
    ImVec2 tile_size(tile_width, ctx.m.target(kTileHeightEm));
    for (const Topic& topic : content.topics)
        if (!topic.cards.empty())
            tile_size = fit_tile(ctx, topic.title, card_count(ctx, topic.cards.size()), tile_size, ctx.texture(topic.icon) != nullptr);
    tile_size = fit_tile(ctx, ctx.say("breathing_exercise"), ctx.say("breathing_exercise_detail"), tile_size, false);
    // A right-to-left language fills each row of tiles from the right.
    const float row_left = ImGui::GetCursorPosX();
    auto place = [&](int at_column) {
        if (ctx.right_to_left)
            ImGui::SetCursorPosX(row_left + static_cast<float>(columns - 1 - at_column) * (tile_width + gap));
    };
    int column = 0;
    for (const Topic& topic : content.topics) {
        if (topic.cards.empty()) continue;  // nothing to read behind it
        if (column > 0) ImGui::SameLine();
        place(column);
        ImGui::PushID(topic.id.c_str());
        if (tile(ctx, "##topic", topic.title, card_count(ctx, topic.cards.size()), tile_size, ctx.texture(topic.icon)))
            action = Action::open_topic(topic.id);
        ImGui::PopID();
        column = (column + 1) % columns;
    }
    if (column > 0) ImGui::SameLine();
    place(column);
    if (tile(ctx, "##breathing", ctx.say("breathing_exercise"), ctx.say("breathing_exercise_detail"), tile_size))
        action = Action::make(Action::Kind::OpenBreathing);

    if (!content.settings.help.empty()) {
        ImGui::Dummy(ImVec2(1, ctx.m(0.8f)));
        text(ctx, ctx.fonts.subheading, ctx.theme.text, ctx.say("further_help"), reading);
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, ctx.say("scan_to_take_away"), reading);
        // The clinic's links side by side, as many as fit.
        const float column_width = std::max(ctx.m(12), qr_side(ctx, content.settings.help.front().url) + ctx.m(1));
        // As many as fit side by side, the rows evened out: five codes on four columns are
        // three and two, never four and one left alone.
        const int fit = std::max(1, static_cast<int>((region + gap) / (column_width + gap)));
        const int count = static_cast<int>(content.settings.help.size());
        const int rows = (count + fit - 1) / fit;
        const int per_row = (count + rows - 1) / rows;
        for (size_t i = 0; i < content.settings.help.size(); ++i) {
            if (i % static_cast<size_t>(per_row) != 0) ImGui::SameLine(0, gap);
            ImGui::PushID(static_cast<int>(i));
            ImGui::BeginGroup();
            help_links(ctx, {content.settings.help[i]}, column_width);
            ImGui::EndGroup();
            ImGui::PopID();
        }
    }
    const ScrollRegion region_below = end_scroll_region(ctx);
    const float footer_y = ImGui::GetCursorPosY();
    const float footer_left = ImGui::GetCursorPosX();
    const float footer_right = ImGui::GetWindowContentRegionMax().x;
    if (any && ctx.right_to_left) {
        // Mirrored: the way in at the right, its hint to its left, More below at the left.
        const std::string label = ctx.say("enter_topic_code");
        const float w = button_width(ctx, label);
        const float gap_x = ctx.m.gap(0.8f);
        ImGui::SetCursorPos(ImVec2(footer_right - w, footer_y));
        if (button(ctx, label, ImVec2(w, footer_button_height(ctx)))) action = Action::make(Action::Kind::OpenKeypad);
        const float hint_width = footer_right - footer_left - w - more_below_width(ctx) - 2 * gap_x;
        if (hint_width > ctx.m(8)) {
            ImGui::SetCursorPos(ImVec2(footer_right - w - gap_x - hint_width,
                                       footer_y + (footer_button_height(ctx) - ctx.fonts.small->FontSize) * 0.5f));
            text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("enter_topic_code_hint"), hint_width);
        }
    } else if (any) {
        const std::string label = ctx.say("enter_topic_code");
        if (button(ctx, label, ImVec2(button_width(ctx, label), footer_button_height(ctx))))
            action = Action::make(Action::Kind::OpenKeypad);
        ImGui::SameLine(0, ctx.m.gap(0.8f));
        ImGui::SetCursorPosY(footer_y + (footer_button_height(ctx) - ctx.fonts.small->FontSize) * 0.5f);
        const float hint_width = ImGui::GetContentRegionAvail().x - more_below_width(ctx) - ctx.m.gap(0.8f);
        if (hint_width > ctx.m(8)) text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("enter_topic_code_hint"), hint_width);
    }
    ImGui::SetCursorPosY(footer_y);
    more_below_button(ctx, region_below, ctx.right_to_left ? footer_left : footer_right - more_below_width(ctx));
    ImGui::End();
    return action;
}

} // namespace haven::ui
