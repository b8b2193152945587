#include "widgets.hpp"

#include "ui/text/draw_text.hpp"

#include <algorithm>

namespace haven::ui {
namespace {

Rect to_rect(ImVec2 min, ImVec2 max) { return {min.x, min.y, max.x, max.y}; }

Rect current_clip() {
    ImDrawList* list = ImGui::GetWindowDrawList();
    return to_rect(list->GetClipRectMin(), list->GetClipRectMax());
}

ImVec2 at_least_one_pixel(ImVec2 size) { return {std::max(size.x, 1.0f), std::max(size.y, 1.0f)}; }

// An invisible button with touch semantics; returns whether it was tapped, and whether it is
// held down under the finger now (for the pressed colour).
bool touch_area(const char* id, ImVec2 size, bool& pressed) {
    const bool tapped = ImGui::InvisibleButton(id, at_least_one_pixel(size));
    pressed = ImGui::IsItemActive() && ImGui::IsItemHovered();
    return tapped;
}

ImVec2 text_size(const ViewContext& ctx, ImFont* font, std::string_view s, float wrap_width) {
    return text_extent(ctx, font, s, wrap_width);
}

// The width a tile leaves its text: the tile less its padding and its picture.
float tile_text_width(const ViewContext& ctx, float tile_width, float tile_height, bool picture) {
    const float pad = ctx.m(1.0f);
    const float side = picture ? tile_height - pad + pad * 0.5f + pad * 0.7f - pad : 0;
    return std::max(1.0f, tile_width - 2 * pad - side);
}

} // namespace

ImVec2 fit_tile(const ViewContext& ctx, std::string_view title, std::string_view detail, ImVec2 size, bool picture) {
    const float wrap = tile_text_width(ctx, size.x, size.y, picture);
    const float text_height = text_size(ctx, ctx.fonts.strong, title, wrap).y +
                              (detail.empty() ? 0 : ctx.m(0.3f) + text_size(ctx, ctx.fonts.small, detail, wrap).y);
    return {size.x, std::max(size.y, text_height + ctx.m(1.0f))};
}

bool tile(ViewContext& ctx, const char* id, std::string_view title, std::string_view detail, ImVec2 size,
          const Texture* picture, bool selected) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    bool pressed = false;
    const bool tapped = touch_area(id, size, pressed);
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* list = ImGui::GetWindowDrawList();
    // A chosen tile is filled like a button: not told apart by an outline's colour alone.
    const ImU32 fill = selected ? ctx.theme.button : pressed ? ctx.theme.tile_pressed : ctx.theme.tile;
    const ImU32 ink = selected ? ctx.theme.button_text : ctx.theme.tile_text;
    const ImU32 quiet_ink = selected ? ctx.theme.button_text : ctx.theme.muted_text;
    list->AddRectFilled(min, max, fill, ctx.m(0.6f));
    if (!selected) list->AddRect(min, max, ctx.theme.tile_border, ctx.m(0.6f), 0, std::max(2.0f, ctx.m(0.08f)));

    const float pad = ctx.m(1.0f);
    float text_x = min.x + pad;
    float text_right = max.x - pad;
    if (picture) {
        // A square picture, letterboxed to keep its proportions; it leads the tile, so it
        // stands on the right in a right-to-left language.
        const float side = size.y - pad;
        const ImVec2 at(ctx.right_to_left ? max.x - pad * 0.5f - side : min.x + pad * 0.5f, min.y + pad * 0.5f);
        const float scale = side / static_cast<float>(std::max(picture->width, picture->height));
        const ImVec2 drawn(static_cast<float>(picture->width) * scale, static_cast<float>(picture->height) * scale);
        const ImVec2 p0(at.x + (side - drawn.x) * 0.5f, at.y + (side - drawn.y) * 0.5f);
        list->AddImageRounded(picture->id, p0, ImVec2(p0.x + drawn.x, p0.y + drawn.y), ImVec2(0, 0), ImVec2(1, 1),
                              IM_COL32_WHITE, ctx.m(0.4f));
        if (ctx.right_to_left) {
            text_right = at.x - pad * 0.7f;
        } else {
            text_x = at.x + side + pad * 0.7f;
        }
    }
    const float wrap = std::max(1.0f, text_right - text_x);
    ImFont* title_font = ctx.fonts.strong;
    const ImVec2 title_size = text_size(ctx, title_font, title, wrap);
    const ImVec2 detail_size = detail.empty() ? ImVec2(0, 0) : text_size(ctx, ctx.fonts.small, detail, wrap);
    const float gap = detail.empty() ? 0 : ctx.m(0.3f);
    // Centre the block of text vertically; clip it to the tile so long titles never spill.
    float y = min.y + std::max(pad * 0.5f, (size.y - title_size.y - gap - detail_size.y) * 0.5f);
    list->PushClipRect(min, max, true);
    draw_text(ctx, list, title_font, ImVec2(text_x, y), ink, title, wrap);
    if (!detail.empty()) {
        y += title_size.y + gap;
        draw_text(ctx, list, ctx.fonts.small, ImVec2(text_x, y), quiet_ink, detail, wrap);
    }
    list->PopClipRect();

    const Rect clip = current_clip();
    ctx.seen.add(title, to_rect(min, max), clip, true);
    if (!detail.empty()) ctx.seen.add(detail, to_rect(min, max), clip, false);
    return tapped;
}

namespace {

bool filled_button(ViewContext& ctx, std::string_view label, ImVec2 size, ImU32 fill, ImU32 fill_pressed, ImU32 ink,
                   ImU32 border) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::PushID(label.data(), label.data() + label.size());
    bool pressed = false;
    const bool tapped = touch_area("##button", size, pressed);
    ImGui::PopID();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float rounding = std::min(size.y * 0.5f, ctx.m(1.2f));
    list->AddRectFilled(min, max, pressed ? fill_pressed : fill, rounding);
    if (border) list->AddRect(min, max, border, rounding, 0, std::max(2.0f, ctx.m(0.08f)));
    ImFont* font = ctx.fonts.strong;
    const ImVec2 ts = text_size(ctx, font, label, 0);
    draw_text(ctx, list, font, ImVec2(min.x + (size.x - ts.x) * 0.5f, min.y + (size.y - ts.y) * 0.5f), ink, label);
    ctx.seen.add(label, to_rect(min, max), current_clip(), true);
    return tapped;
}

} // namespace

float button_width(const ViewContext& ctx, std::string_view label) {
    return std::max(ctx.m.min_target, text_size(ctx, ctx.fonts.strong, label, 0).x + ctx.m(2.4f));
}

bool quiet_button(ViewContext& ctx, std::string_view label, ImVec2 size) {
    return filled_button(ctx, label, size, ctx.theme.quiet_button, ctx.theme.tile_pressed, ctx.theme.quiet_button_text,
                         ctx.theme.edge);
}

bool button(ViewContext& ctx, std::string_view label, ImVec2 size) {
    return filled_button(ctx, label, size, ctx.theme.button, ctx.theme.button_pressed, ctx.theme.button_text, 0);
}

namespace {
float track_width(const ViewContext& ctx) { return ctx.m(2.4f); }
} // namespace

float switch_width(const ViewContext& ctx, std::string_view label) {
    // As wide as the longer of its two states, so it never changes size when tapped.
    const std::string name(label);
    const float words = std::max(text_size(ctx, ctx.fonts.strong, ctx.say("sound_off", {{"label", name}}), 0).x,
                                 text_size(ctx, ctx.fonts.strong, ctx.say("sound_on", {{"label", name}}), 0).x);
    return std::max(ctx.m.min_target, words + ctx.m(0.8f) + track_width(ctx) + ctx.m(2.0f));
}

bool switch_button(ViewContext& ctx, std::string_view label, bool on, float height) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 size(switch_width(ctx, label), height);
    ImGui::PushID(label.data(), label.data() + label.size());
    bool pressed = false;
    const bool tapped = touch_area("##switch", size, pressed);
    ImGui::PopID();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* list = ImGui::GetWindowDrawList();
    const float rounding = std::min(size.y * 0.5f, ctx.m(1.2f));
    const float line = std::max(2.0f, ctx.m(0.08f));
    list->AddRectFilled(min, max, pressed ? ctx.theme.tile_pressed : ctx.theme.quiet_button, rounding);
    list->AddRect(min, max, ctx.theme.edge, rounding, 0, line);
    const std::string words = ctx.say(on ? "sound_on" : "sound_off", {{"label", std::string(label)}});
    const ImVec2 ts = text_size(ctx, ctx.fonts.strong, words, 0);
    const float x = min.x + ctx.m(1.0f);
    draw_text(ctx, list, ctx.fonts.strong, ImVec2(x, min.y + (size.y - ts.y) * 0.5f), ctx.theme.quiet_button_text, words);
    // The track: filled when on, with the knob at its right end; empty with the knob left when off.
    const float tw = track_width(ctx);
    const float th = ctx.m(1.3f);
    const ImVec2 t0(max.x - ctx.m(1.0f) - tw, min.y + (size.y - th) * 0.5f);
    const ImVec2 t1(t0.x + tw, t0.y + th);
    list->AddRectFilled(t0, t1, on ? ctx.theme.button : ctx.theme.background, th * 0.5f);
    list->AddRect(t0, t1, on ? ctx.theme.button : ctx.theme.edge, th * 0.5f, 0, line);
    const float knob = th * 0.5f - line * 1.5f;
    const ImVec2 centre(on ? t1.x - th * 0.5f : t0.x + th * 0.5f, (t0.y + t1.y) * 0.5f);
    list->AddCircleFilled(centre, knob, on ? ctx.theme.button_text : ctx.theme.edge, 24);
    ctx.seen.add(label, to_rect(min, max), current_clip(), true);
    ctx.seen.add(words, to_rect(min, max), current_clip(), false);
    return tapped;
}

void same_line_if_fits(float width, float gap) {
    const float right_edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right_edge + 0.5f) ImGui::SameLine(0, gap);
}

float centred_text(ViewContext& ctx, ImFont* font, ImU32 colour, const std::string& s, float y) {
    // Lines too long for the window wrap at word boundaries, each line centred.
    const float wrap = std::max(1.0f, ImGui::GetWindowWidth() - 2 * ImGui::GetStyle().WindowPadding.x);
    const char* line = s.c_str();
    const char* const end = line + s.size();
    const float top = y;
    if (shaped(ctx, s)) {
        const ImVec2 whole = text_extent(ctx, font, s, wrap);
        const float left = ImGui::GetWindowPos().x + (ImGui::GetWindowWidth() - wrap) * 0.5f;
        draw_text(ctx, ImGui::GetWindowDrawList(), font, ImVec2(left, y), colour, s, wrap, TextAlign::Centre);
        const float x = ImGui::GetWindowPos().x + (ImGui::GetWindowWidth() - whole.x) * 0.5f;
        ctx.seen.add(s, {x, top, x + whole.x, top + whole.y}, current_clip(), false);
        return whole.y;
    }
    while (line < end) {
        const char* cut = font->CalcWordWrapPositionA(1, line, end, wrap);
        if (cut == line) cut = line + 1;  // always progress
        const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line, cut);
        const float x = ImGui::GetWindowPos().x + (ImGui::GetWindowWidth() - size.x) * 0.5f;
        ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(x, y), colour, line, cut);
        y += font->FontSize;
        line = cut;
        while (line < end && (*line == ' ' || *line == '\n')) ++line;
    }
    const ImVec2 whole = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, s.c_str());
    const float x = ImGui::GetWindowPos().x + (ImGui::GetWindowWidth() - whole.x) * 0.5f;
    ctx.seen.add(s, {x, top, x + whole.x, y}, current_clip(), false);
    return y - top;
}

float centred_text_height(const ViewContext& ctx, ImFont* font, const std::string& s) {
    const float wrap = std::max(1.0f, ImGui::GetWindowWidth() - 2 * ImGui::GetStyle().WindowPadding.x);
    return text_extent(ctx, font, s, wrap).y;
}

void text(ViewContext& ctx, ImFont* font, ImU32 colour, std::string_view s, float wrap_width) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 size = text_size(ctx, font, s, wrap_width);
    draw_text(ctx, ImGui::GetWindowDrawList(), font, min, colour, s, wrap_width);
    // Shaped text may stand at the right of its width (right to left): it occupies all of it.
    const float width = shaped(ctx, s) ? std::max(size.x, wrap_width) : size.x;
    ImGui::Dummy(at_least_one_pixel(ImVec2(width, size.y)));
    ctx.seen.add(s, to_rect(min, ImVec2(min.x + width, min.y + size.y)), current_clip(), false);
}

void scroll_with_finger(const ViewContext& ctx) {
    if (ctx.new_place) {
        ImGui::SetScrollY(0);
    } else if (ctx.drag_dy != 0) {
        ImGui::SetScrollY(ImGui::GetScrollY() - ctx.drag_dy);
    }
}

std::string key_pad(ViewContext& ctx, const char* const (&labels)[12], std::string_view primary, float left, float key,
                    float gap, float key_height) {
    std::string tapped;
    const ImVec2 size(key, std::max(key_height > 0 ? key_height : key * 0.8f, ctx.m.min_target));
    for (int i = 0; i < 12; ++i) {
        if (i % 3 == 0) {
            ImGui::SetCursorPosX(left);
        } else {
            ImGui::SameLine(0, gap);
        }
        const std::string_view label = labels[i];
        if (label == primary ? button(ctx, label, size) : quiet_button(ctx, label, size)) tapped = label;
    }
    return tapped;
}

} // namespace haven::ui
