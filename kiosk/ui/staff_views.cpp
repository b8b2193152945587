#include "staff_views.hpp"

#include "core/content/card_review.hpp"
#include "core/text/count_text.hpp"
#include "core/text/time_text.hpp"
#include "screen_window.hpp"
#include "widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace haven::ui {
namespace {

constexpr float kPageWidthEm = 44;

void heading(ViewContext& ctx, const std::string& s, float width) {
    ImGui::Dummy(ImVec2(1, ctx.m(0.6f)));
    text(ctx, ctx.fonts.subheading, ctx.theme.text, s, width);
}

void line(ViewContext& ctx, const std::string& s, float width, bool muted = false) {
    text(ctx, ctx.fonts.body, muted ? ctx.theme.muted_text : ctx.theme.text, s, width);
}

// New content from a stick, checked, that patients see only once staff publish it.
void waiting_for_approval(ViewContext& ctx, const StaffInfo::Pending& p, const std::string& confirming, float width,
                          float row, StaffChoice& choice) {
    heading(ctx, "Waiting for approval", width);
    line(ctx, "New content from a stick, without a signature: patients see it only once you publish it.", width, true);
    if (!p.label.empty()) text(ctx, ctx.fonts.strong, ctx.theme.text, "\u201c" + p.label + "\u201d", width);
    line(ctx, count_text(p.topics, "topic", "topics") + ", " + count_text(p.cards, "card", "cards") + "; arrived " +
                  time_text(p.arrived_at, Zone::Utc) + " (version " + p.id + ")",
         width);
    line(ctx, "Check: " + count_text(p.errors, "error", "errors") + ", " + count_text(p.warnings, "warning", "warnings") +
                  (p.problems.empty() ? "." : ":"),
         width);
    for (const std::string& problem : p.problems) line(ctx, problem, width);
    ImGui::PushID("pending");
    if (confirming == p.id) {
        // Patients see it at once: one more, deliberate tap.
        line(ctx, "Show this content to patients now, instead of the current content?", width);
        if (button(ctx, "Yes, publish", ImVec2(button_width(ctx, "Yes, publish"), row))) {
            choice.kind = StaffChoice::Kind::Publish;
            choice.version = p.id;
        }
        ImGui::SameLine(0, ctx.m.gap(1.2f));
        if (quiet_button(ctx, "Cancel", ImVec2(button_width(ctx, "Cancel"), row))) choice.kind = StaffChoice::Kind::CancelPublish;
    } else {
        const float gap = ctx.m.gap(1.2f);
        if (button(ctx, "Preview", ImVec2(button_width(ctx, "Preview"), row))) {
            choice.kind = StaffChoice::Kind::Preview;
            choice.version = p.id;
            choice.pending = true;
        }
        same_line_if_fits(button_width(ctx, "Publish"), gap);
        if (p.errors == 0 && button(ctx, "Publish", ImVec2(button_width(ctx, "Publish"), row))) {
            choice.kind = StaffChoice::Kind::AskPublish;
            choice.version = p.id;
        }
        same_line_if_fits(button_width(ctx, "Discard"), gap);
        if (quiet_button(ctx, "Discard", ImVec2(button_width(ctx, "Discard"), row))) {
            choice.kind = StaffChoice::Kind::Discard;
            choice.version = p.id;
        }
    }
    ImGui::PopID();
}

std::string version_title(const StaffInfo::Version& v) {
    std::string title = v.label.empty() ? v.id : v.label;
    if (v.signed_at) title += ", signed " + time_text(v.signed_at, Zone::Utc);
    return title;
}

} // namespace

StaffChoice staff_pin_view(ViewContext& ctx, const StaffAccess& access, Seconds now, const std::string& message) {
    begin_screen(ctx, "Staff PIN");
    StaffChoice choice;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = ctx.m.gap(0.6f);
    const float padding = ImGui::GetStyle().WindowPadding.x;
    // The heading, the hint and the PIN field take about 9 em above the pad. On a panel too
    // short for that and the pad and Cancel beneath, they stand beside the pad instead, so
    // that every key stays on the screen at every text size.
    const float above = ctx.m(9);
    const float pad_rows = 4 * ctx.m.min_target + 4 * gap + ctx.m.min_target;
    const bool beside = avail.y < above + pad_rows;
    const float room_y = beside ? avail.y : avail.y - above;
    const float key = std::max({ctx.m.min_target, button_width(ctx, "Delete"),
                                std::min({(room_y - 4 * gap - ctx.m.min_target) / 4, ctx.m(4.2f), (avail.x - 2 * gap) / 3})});
    const float key_height =
        std::max(ctx.m.min_target, std::min(key * 0.8f, (room_y - 5 * gap - ctx.m.min_target) / 4));
    const float pad_width = key * 3 + gap * 2;
    const float column = beside ? std::max(ctx.m(8), avail.x - pad_width - ctx.m(2)) : std::max(pad_width, ctx.m(22));
    const float left = beside ? padding : std::max(padding, (ImGui::GetWindowWidth() - column) * 0.5f);
    const float pad_left = beside ? ImGui::GetWindowWidth() - padding - pad_width : left;
    const float top = ImGui::GetCursorPosY();

    ImGui::SetCursorPosX(left);
    text(ctx, ctx.fonts.heading, ctx.theme.text, "Staff PIN", column);
    ImGui::SetCursorPosX(left);
    std::string hint = message.empty() ? "Enter the staff PIN, then tap OK." : message;
    if (access.locked(now))
        hint = "Too many wrong PINs. Try again in " + std::to_string(static_cast<int>(std::ceil(access.lock_left(now) / 60))) +
               " min.";
    line(ctx, hint, column, message.empty() && !access.locked(now));

    // One dot per digit: the PIN itself is never on screen.
    const float field_width = std::min(pad_width, column);
    ImGui::SetCursorPosX(left);
    const ImVec2 field_min = ImGui::GetCursorScreenPos();
    const ImVec2 field_max(field_min.x + field_width, field_min.y + ctx.m(3));
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(field_min, field_max, ctx.theme.tile, ctx.m(0.5f));
    const size_t n = access.digits().size();
    for (size_t i = 0; i < n; ++i) {
        const float x = field_min.x + field_width * 0.5f + (static_cast<float>(i) - static_cast<float>(n - 1) * 0.5f) * ctx.m(1.4f);
        list->AddCircleFilled(ImVec2(x, (field_min.y + field_max.y) * 0.5f), ctx.m(0.4f), ctx.theme.text, 16);
    }
    ImGui::Dummy(ImVec2(field_width, ctx.m(3) + gap * 0.5f));

    if (beside) ImGui::SetCursorPosY(top);
    static const char* const kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "0", "OK"};
    const std::string tapped = key_pad(ctx, kKeys, "OK", pad_left, key, gap, key_height);
    ImGui::SetCursorPosX(pad_left);
    if (quiet_button(ctx, "Cancel", ImVec2(pad_width, ctx.m.min_target))) choice.kind = StaffChoice::Kind::Close;
    if (tapped == "OK") {
        choice.kind = StaffChoice::Kind::SubmitPin;
    } else if (tapped == "Delete") {
        choice.kind = StaffChoice::Kind::DeleteDigit;
    } else if (!tapped.empty()) {
        choice.kind = StaffChoice::Kind::Digit;
        choice.digit = tapped[0];
    }
    ImGui::End();
    return choice;
}

StaffChoice staff_view(ViewContext& ctx, const Content& content, const StaffInfo& info,
                       const std::vector<Diagnostic>& problems, bool sound_available, const std::string& confirming,
                       const std::string& read_aloud) {
    begin_screen(ctx, "Staff");
    StaffChoice choice;
    const float width = std::min(ImGui::GetContentRegionAvail().x, ctx.m(kPageWidthEm));

    // The header stays put: Close is always one tap away.
    text(ctx, ctx.fonts.heading, ctx.theme.text, "Staff view", width);
    const float row = ctx.m.target(2.6f);
    const float header_gap = ctx.m.gap(0.6f);
    if (button(ctx, "Close staff view", ImVec2(button_width(ctx, "Close staff view"), row))) choice.kind = StaffChoice::Kind::Close;
    same_line_if_fits(button_width(ctx, "Display test"), header_gap);
    if (quiet_button(ctx, "Display test", ImVec2(button_width(ctx, "Display test"), row)))
        choice.kind = StaffChoice::Kind::OpenDisplayTest;
    same_line_if_fits(sound_available ? button_width(ctx, "Sound test") : ctx.m(12), header_gap);
    if (sound_available) {
        if (quiet_button(ctx, "Sound test", ImVec2(button_width(ctx, "Sound test"), row))) choice.kind = StaffChoice::Kind::SoundTest;
    } else {
        ImGui::AlignTextToFramePadding();
        line(ctx, "No sound device: the breathing exercise runs silently.", width * 0.5f, true);
    }
    if (!info.note.empty()) line(ctx, info.note, width);

    begin_scroll_region(ctx, "staff page", footer_height(ctx));
    if (info.pending) waiting_for_approval(ctx, *info.pending, confirming, width, row, choice);
    heading(ctx, "Content", width);
    size_t translated = 0;
    for (const auto& [language, cards] : content.translations) translated += cards.size();
    line(ctx, count_text(content.topics.size(), "topic", "topics") + ", " + count_text(content.cards.size(), "card", "cards") +
                  (translated ? " (+" + count_text(translated, "translation", "translations") + ")" : std::string()),
         width);
    if (!read_aloud.empty()) line(ctx, read_aloud, width, true);
    if (!info.from_store) {
        line(ctx, "Shown from the folder " + info.content_folder + " (not a content store: no versions or rollback).", width, true);
    }
    for (const auto& v : info.versions) {
        if (!v.current) continue;
        line(ctx, "Now showing: " + version_title(v), width);
        line(ctx, "Imported " + time_text(v.imported_at, Zone::Utc) + " (version " + v.id + ")", width, true);
    }

    heading(ctx, "Problems found in the content", width);
    if (problems.empty()) line(ctx, "None.", width, true);
    for (const Diagnostic& d : problems) line(ctx, format(d), width);

    if (info.from_store) {
        heading(ctx, "Earlier versions", width);
        bool any = false;
        for (const auto& v : info.versions) {
            if (v.current) continue;
            any = true;
            ImGui::PushID(v.id.c_str());
            line(ctx, version_title(v) + ", imported " + time_text(v.imported_at, Zone::Utc), width);
            if (v.id == confirming) {
                // Patients see the change at once: one more, deliberate tap.
                line(ctx, "Show this version to patients now, instead of the current one?", width);
                if (button(ctx, "Yes, go back", ImVec2(button_width(ctx, "Yes, go back"), row))) {
                    choice.kind = StaffChoice::Kind::RollBack;
                    choice.version = v.id;
                }
                ImGui::SameLine(0, ctx.m.gap(1.2f));
                if (quiet_button(ctx, "Cancel", ImVec2(button_width(ctx, "Cancel"), row)))
                    choice.kind = StaffChoice::Kind::CancelRollBack;
            } else {
                if (quiet_button(ctx, "Preview", ImVec2(button_width(ctx, "Preview"), row))) {
                    choice.kind = StaffChoice::Kind::Preview;
                    choice.version = v.id;
                }
                same_line_if_fits(button_width(ctx, "Go back to this version"), ctx.m.gap(1.2f));
                if (quiet_button(ctx, "Go back to this version", ImVec2(button_width(ctx, "Go back to this version"), row))) {
                    choice.kind = StaffChoice::Kind::AskRollBack;
                    choice.version = v.id;
                }
            }
            ImGui::PopID();
        }
        if (!any) line(ctx, "None kept yet.", width, true);

        heading(ctx, "Last import", width);
        line(ctx, info.last_import_report.empty() ? "No import yet." : info.last_import_report, width,
             info.last_import_report.empty());

        // The audit trail: who authorised each change of what patients see, never who read what.
        heading(ctx, "Changes to the content shown", width);
        if (info.history.empty()) line(ctx, "None recorded yet.", width, true);
        for (auto it = info.history.rbegin(); it != info.history.rend(); ++it) line(ctx, *it, width);
    }

    heading(ctx, "Card codes for nurses", width);
    line(ctx, "Print this list from any computer: haven handout CONTENT-FOLDER --out topics.html", width, true);
    for (const Topic& topic : content.topics) {
        text(ctx, ctx.fonts.strong, ctx.theme.text, topic.title, width);
        for (size_t index : topic.cards) {
            const Card& card = content.cards[index];
            line(ctx, std::to_string(card.code) + "   " + card.title, width);
        }
    }
    // Health information goes out of date: the patient-information team's to-do list.
    heading(ctx, "Cards due for review", width);
    const std::vector<CardPastReview> overdue = cards_past_review(content, info.today);
    if (overdue.empty()) line(ctx, "None.", width, true);
    for (const CardPastReview& due : overdue) {
        line(ctx, std::to_string(due.card->code) + "   " + due.card->title + " (" + due.card->language + "): due " +
                      long_text(due.due) + ", " + due.card->file,
             width);
    }
    ImGui::Dummy(ImVec2(1, ctx.m(2)));
    const ScrollRegion region = end_scroll_region(ctx);
    more_below_button(ctx, region);
    ImGui::End();
    return choice;
}

StaffChoice display_test_view(ViewContext& ctx) {
    const float w = static_cast<float>(ctx.m.display.width);
    const float h = static_cast<float>(ctx.m.display.height);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Display test", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(ImVec2(0, 0), ImVec2(w, h), IM_COL32(0, 0, 0, 255));

    // Colour bars across the top third: a dead channel or a swapped cable shows at once.
    static const ImU32 kBars[8] = {IM_COL32(255, 255, 255, 255), IM_COL32(255, 255, 0, 255), IM_COL32(0, 255, 255, 255),
                                   IM_COL32(0, 255, 0, 255),     IM_COL32(255, 0, 255, 255), IM_COL32(255, 0, 0, 255),
                                   IM_COL32(0, 0, 255, 255),     IM_COL32(0, 0, 0, 255)};
    for (int i = 0; i < 8; ++i)
        list->AddRectFilled(ImVec2(w * static_cast<float>(i) / 8, 0), ImVec2(w * static_cast<float>(i + 1) / 8, h / 3), kBars[i]);
    // A grey ramp in 16 steps: every step should be told from its neighbours.
    for (int i = 0; i < 16; ++i) {
        const int v = i * 17;
        list->AddRectFilled(ImVec2(w * static_cast<float>(i) / 16, h / 3), ImVec2(w * static_cast<float>(i + 1) / 16, h / 2),
                            IM_COL32(v, v, v, 255));
    }
    // A 1 cm grid from the screen's real size: measure it with a ruler to check the size.
    const float cm = ctx.m.px_per_mm * 10;
    for (float x = 0; x < w; x += cm) list->AddLine(ImVec2(x, h / 2), ImVec2(x, h), IM_COL32(90, 90, 90, 255));
    for (float y = h / 2; y < h; y += cm) list->AddLine(ImVec2(0, y), ImVec2(w, y), IM_COL32(90, 90, 90, 255));
    // The smallest touch target Haven ever draws, at the centre of the grid.
    const ImVec2 c(w * 0.5f, h * 0.75f);
    const float t = ctx.m.min_target * 0.5f;
    list->AddRectFilled(ImVec2(c.x - t, c.y - t), ImVec2(c.x + t, c.y + t), IM_COL32(0, 160, 90, 255));
    // Edge markers: all four must be visible, or the picture is cropped.
    list->AddRect(ImVec2(0.5f, 0.5f), ImVec2(w - 0.5f, h - 0.5f), IM_COL32(255, 0, 0, 255), 0, 0, 3);

    // Sizes as a patient meets them on this screen, in millimetres (text is its letters' em
    // square): what "readable" and "touch-sized" mean here, for staff checking a new panel.
    char sizes[160];
    std::snprintf(sizes, sizeof sizes, "Body text %.1f mm, smallest target %.1f mm, gaps %.1f mm (%.1f px per mm).",
                  ctx.m.mm(ctx.m.em), ctx.m.mm(ctx.m.min_target), ctx.m.mm(ctx.m.min_gap), ctx.m.px_per_mm);
    const ImVec2 sizes_size = ctx.fonts.body->CalcTextSizeA(ctx.fonts.body->FontSize, FLT_MAX, 0, sizes);
    const ImVec2 sizes_at((w - sizes_size.x) * 0.5f, h - ctx.m(5.0f));
    list->AddRectFilled(ImVec2(sizes_at.x - ctx.m(0.5f), sizes_at.y - ctx.m(0.3f)),
                        ImVec2(sizes_at.x + sizes_size.x + ctx.m(0.5f), sizes_at.y + sizes_size.y + ctx.m(0.3f)),
                        IM_COL32(0, 0, 0, 230));
    list->AddText(ctx.fonts.body, ctx.fonts.body->FontSize, sizes_at, IM_COL32(255, 255, 255, 255), sizes);
    ctx.seen.add(sizes, {sizes_at.x, sizes_at.y, sizes_at.x + sizes_size.x, sizes_at.y + sizes_size.y}, {0, 0, w, h}, false);

    const std::string caption = "Display test: 1 cm grid, smallest touch target in green. Tap anywhere to go back.";
    const ImVec2 size = ctx.fonts.body->CalcTextSizeA(ctx.fonts.body->FontSize, FLT_MAX, 0, caption.c_str());
    const ImVec2 at((w - size.x) * 0.5f, h - ctx.m(2.5f));
    list->AddRectFilled(ImVec2(at.x - ctx.m(0.5f), at.y - ctx.m(0.3f)), ImVec2(at.x + size.x + ctx.m(0.5f), at.y + size.y + ctx.m(0.3f)),
                        IM_COL32(0, 0, 0, 230));
    list->AddText(ctx.fonts.body, ctx.fonts.body->FontSize, at, IM_COL32(255, 255, 255, 255), caption.c_str());
    ctx.seen.add(caption, {at.x, at.y, at.x + size.x, at.y + size.y}, {0, 0, w, h}, true);

    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    StaffChoice choice;
    if (ImGui::InvisibleButton("##anywhere", ImVec2(std::max(1.0f, w), std::max(1.0f, h))))
        choice.kind = StaffChoice::Kind::CloseDisplayTest;
    ImGui::End();
    return choice;
}

} // namespace haven::ui
