#include "keypad_view.hpp"

#include "chrome.hpp"
#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace haven::ui {

Action keypad_view(ViewContext& ctx, const Content& content, const Navigation& nav) {
    begin_screen(ctx, "Keypad");
    Action action = top_bar(ctx, nav, content);

    // Everything sized to fit under the bar: four rows of keys plus the heading and display.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = ctx.m(0.6f);
    const float key = std::clamp((avail.y - ctx.m(7.5f) - 3 * gap) / 4, ctx.m.min_target, ctx.m(4.2f));
    const float pad_width = key * 3 + gap * 2;
    const float left = ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - std::max(pad_width, ctx.m(22))) * 0.5f);
    const float width = std::max(pad_width, ctx.m(22));

    ImGui::SetCursorPosX(left);
    text(ctx, ctx.fonts.heading, ctx.theme.text, "Enter a topic code", width);
    ImGui::SetCursorPosX(left);
    if (nav.unknown_code) {
        text(ctx, ctx.fonts.body, ctx.theme.text,
             "We could not find topic " + nav.digits + ". Please check the number, or ask a member of staff.", width);
    } else {
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, "Type the number a nurse gave you, then tap Go.", width);
    }

    // The digits so far, large, in a field.
    ImGui::SetCursorPosX(left);
    const ImVec2 field_min = ImGui::GetCursorScreenPos();
    const ImVec2 field_max(field_min.x + pad_width, field_min.y + ctx.m(3));
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(field_min, field_max, ctx.theme.tile, ctx.m(0.5f));
    if (ctx.theme.tile_border) list->AddRect(field_min, field_max, ctx.theme.tile_border, ctx.m(0.5f), 0, 2);
    const std::string shown = nav.digits.empty() ? std::string() : nav.digits;
    const ImVec2 ts = ctx.fonts.display->CalcTextSizeA(ctx.fonts.display->FontSize, FLT_MAX, 0, shown.c_str());
    list->AddText(ctx.fonts.display, ctx.fonts.display->FontSize,
                  ImVec2(field_min.x + (pad_width - ts.x) * 0.5f, field_min.y + (ctx.m(3) - ts.y) * 0.5f), ctx.theme.text,
                  shown.c_str());
    if (!shown.empty()) ctx.seen.add(shown, {field_min.x, field_min.y, field_max.x, field_max.y},
                                     {field_min.x, field_min.y, field_max.x, field_max.y}, false);
    ImGui::Dummy(ImVec2(pad_width, ctx.m(3)));
    ImGui::Dummy(ImVec2(1, gap * 0.5f));

    static const char* const kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "0", "Go"};
    const std::string tapped = key_pad(ctx, kKeys, "Go", left, key, gap);
    if (tapped == "Go") {
        action = Action::make(Action::Kind::KeypadGo);
    } else if (tapped == "Delete") {
        action = Action::make(Action::Kind::KeypadDelete);
    } else if (!tapped.empty()) {
        action = Action::keypad_digit(tapped[0]);
    }
    ImGui::End();
    return action;
}

} // namespace haven::ui
