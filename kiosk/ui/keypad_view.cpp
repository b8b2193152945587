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

    // Everything sized to fit under the bar: the heading, the field and four rows of keys,
    // one above the other; on a short, wide screen (a 7-inch panel) the keys go to the right
    // of the heading and field instead of below the fold.
    // At the largest text on a small panel even that may not fit: then it scrolls, with
    // "More below" beneath it like every other screen.
    begin_scroll_region(ctx, "keypad", footer_height(ctx));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 origin = ImGui::GetCursorPos();
    const float gap = ctx.m.gap(0.6f);
    const std::string delete_label = ctx.say("key_delete");
    const std::string go_label = ctx.say("key_go");
    const float widest = std::max(button_width(ctx, delete_label), button_width(ctx, go_label));
    const float header = ctx.m(9.5f);
    // Keys are never narrower than "Delete", but may be lower than they are wide (down to the
    // touch minimum): a short panel keeps its keys on the first screen.
    const float smallest_key_height = ctx.m.min_target;
    const bool beside = avail.y < header + 4 * smallest_key_height + 3 * gap && avail.x >= 3 * widest + 2 * gap + ctx.m(16);
    const float key_room = beside ? avail.y - gap : avail.y - header - 3 * gap;
    // Keys as large as the room allows (a portrait screen gets big keys, not empty space),
    // never narrower than their widest label.
    const float key = std::max({ctx.m.min_target, widest,
                                std::min({(key_room - 3 * gap) / 4 / 0.8f, ctx.m(6.0f), (avail.x - 2 * gap) / 3})});
    const float pad_width = key * 3 + gap * 2;
    const float column_gap = ctx.m(2);
    const float width = beside ? std::min(ctx.m(22), avail.x - pad_width - column_gap)
                               : std::min(avail.x, std::max(pad_width, ctx.m(22)));
    const float both = beside ? width + column_gap + pad_width : width;
    const float left = std::max(origin.x, (ImGui::GetWindowWidth() - both) * 0.5f);
    const float pad_left = beside ? left + width + column_gap : std::max(origin.x, (ImGui::GetWindowWidth() - pad_width) * 0.5f);
    const float field_width = beside ? width : pad_width;

    ImGui::SetCursorPosX(left);
    text(ctx, ctx.fonts.heading, ctx.theme.text, ctx.say("enter_topic_code"), width);
    ImGui::SetCursorPosX(left);
    if (nav.unknown_code) {
        text(ctx, ctx.fonts.body, ctx.theme.text,
             ctx.say("code_not_found", {{"code", nav.digits}}), width);
    } else {
        text(ctx, ctx.fonts.body, ctx.theme.muted_text, ctx.say("keypad_hint"), width);
    }

    // The digits so far, large, in a field.
    ImGui::SetCursorPosX(beside ? left : pad_left);
    const ImVec2 field_min = ImGui::GetCursorScreenPos();
    const ImVec2 field_max(field_min.x + field_width, field_min.y + ctx.m(3));
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(field_min, field_max, ctx.theme.tile, ctx.m(0.5f));
    list->AddRect(field_min, field_max, ctx.theme.tile_border, ctx.m(0.5f), 0, 2);
    const std::string shown = nav.digits.empty() ? std::string() : nav.digits;
    const ImVec2 ts = ctx.fonts.display->CalcTextSizeA(ctx.fonts.display->FontSize, FLT_MAX, 0, shown.c_str());
    list->AddText(ctx.fonts.display, ctx.fonts.display->FontSize,
                  ImVec2(field_min.x + (field_width - ts.x) * 0.5f, field_min.y + (ctx.m(3) - ts.y) * 0.5f), ctx.theme.text,
                  shown.c_str());
    if (!shown.empty()) ctx.seen.add(shown, {field_min.x, field_min.y, field_max.x, field_max.y},
                                     {field_min.x, field_min.y, field_max.x, field_max.y}, false);
    ImGui::Dummy(ImVec2(field_width, ctx.m(3)));
    if (beside) {
        ImGui::SetCursorPos(origin);
    } else {
        ImGui::Dummy(ImVec2(1, gap * 0.5f));
    }

    const char* const keys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", delete_label.c_str(), "0", go_label.c_str()};
    const float key_height = std::max(ctx.m.min_target, std::min((key_room - 3 * gap) / 4, key * 0.8f));
    const std::string tapped = key_pad(ctx, keys, go_label, pad_left, key, gap, key_height);
    if (tapped == go_label) {
        action = Action::make(Action::Kind::KeypadGo);
    } else if (tapped == delete_label) {
        action = Action::make(Action::Kind::KeypadDelete);
    } else if (!tapped.empty()) {
        action = Action::keypad_digit(tapped[0]);
    }
    const ScrollRegion region = end_scroll_region(ctx);
    more_below_button(ctx, region);
    ImGui::End();
    return action;
}

} // namespace haven::ui
