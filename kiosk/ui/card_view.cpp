#include "card_view.hpp"

#include "chrome.hpp"
#include "qr_view.hpp"
#include "rich_text.hpp"
#include "screen_window.hpp"
#include "widgets.hpp"
#include "ui/text/draw_text.hpp"

#include "core/i18n/language_direction.hpp"
#include "core/text/bidi_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace haven::ui {
namespace {

constexpr float kMeasureEm = 34;      // about 70 characters a line: easy to read
constexpr float kHelpColumnEm = 14;
constexpr float kPictureHeightEm = 11;

void picture(ViewContext& ctx, const Texture& image, float width) {
    const float scale = std::min(width / static_cast<float>(image.width), ctx.m(kPictureHeightEm) / static_cast<float>(image.height));
    const ImVec2 size(static_cast<float>(image.width) * scale, static_cast<float>(image.height) * scale);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddImageRounded(image.id, at, ImVec2(at.x + size.x, at.y + size.y), ImVec2(0, 0),
                                                ImVec2(1, 1), IM_COL32_WHITE, ctx.m(0.5f));
    ImGui::Dummy(size);
}

// Listen (or Stop listening) and the slower voice's switch, beneath the title. Before a
// patient's first Listen, when the clinic asks for it, a word about headphones comes first:
// the button becomes Start listening, with the word beneath it.
Action listen_controls(ViewContext& ctx, const Navigation& nav, const Card& card, float width, bool right_to_left) {
    Action action;
    const ReadAloudState& reading = nav.read_aloud;
    const float h = ctx.m.target(2.4f);
    const float gap = ctx.m.gap(0.8f);
    const bool speaking = reading.card == card.code;
    const std::string label = speaking ? ctx.say("stop_listening")
                                       : ctx.say(reading.hint_card == card.code ? "start_listening" : "listen");
    const std::string slower = ctx.say("slower");
    const float listen_width = button_width(ctx, label);
    const float slower_width = switch_width(ctx, slower);
    auto listen = [&] {
        if (button(ctx, label, ImVec2(listen_width, h)))
            action = speaking ? Action::make(Action::Kind::StopListening) : Action::with_code(Action::Kind::Listen, card.code);
    };
    auto slow = [&] {
        if (switch_button(ctx, slower, reading.slower, h)) action = Action::make(Action::Kind::ToggleSlower);
    };
    if (right_to_left && listen_width + gap + slower_width <= width) {
        // Right to left the row reads from the right: Listen against the column's right edge.
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + width - listen_width - gap - slower_width);
        slow();
        ImGui::SameLine(0, gap);
        listen();
    } else {
        listen();
        same_line_if_fits(slower_width, gap);
        slow();
    }
    // Beneath the row, so that Start listening stays under the finger that tapped Listen.
    if (reading.hint_card == card.code) text(ctx, ctx.fonts.body, ctx.theme.text, ctx.say("listen_hint"), width);
    return action;
}

// The highlighter's band behind text about to be drawn at the cursor.
void mark_text(ViewContext& ctx, ImFont* font, std::string_view s, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImVec2 size = text_extent(ctx, font, s, width);
    if (shaped(ctx, s)) size.x = width;  // it may stand at the right of its width (right to left)
    highlight_band(ctx, ImGui::GetWindowDrawList(), ImVec4(at.x, at.y, at.x + size.x, at.y + size.y));
}

} // namespace

Action card_view(ViewContext& ctx, const Content& content, const Navigation& nav, const Card& card,
                 const CardListening& listening) {
    begin_screen(ctx, "Card");
    Action action = top_bar(ctx, nav, content);

    const int previous = neighbour_card(content, card.code, -1);
    const int next = neighbour_card(content, card.code, +1);

    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = ctx.m(2);
    // Help beside the text when the screen is wide enough, else beneath it.
    const bool side_by_side = !card.help.empty() && width >= ctx.m(kMeasureEm * 0.8f) + gap + ctx.m(kHelpColumnEm);
    const float help_width = side_by_side ? ctx.m(kHelpColumnEm) : std::min(width, ctx.m(kMeasureEm));
    const float measure = std::min(side_by_side ? width - gap - help_width : width, ctx.m(kMeasureEm));

    // A card in a right-to-left language reads from the right: its text is right-aligned and,
    // on a wide screen, its help stands to the left of it.
    const bool right_to_left = right_to_left_language(card.language) || starts_right_to_left(card.title);

    // The footer row holds Previous, "More below" and Next.
    begin_scroll_region(ctx, "card", footer_height(ctx));
    auto card_text = [&] {
        ImGui::BeginGroup();
        // The code a nurse would quote ("Code 41", as on the keypad), and where the card sits.
        std::string where = ctx.say("card_code", {{"code", std::to_string(card.code)}});
        const CardPlace place = card_place(content, card.code);
        if (place.topic && place.count > 1)
            where += "  \u00b7  " + ctx.say("card_place", {{"position", std::to_string(place.position)},
                                                           {"count", std::to_string(place.count)},
                                                           {"topic", place.topic->title}});
        text(ctx, ctx.fonts.small, ctx.theme.muted_text, where, measure);
        // The large heading is the discreet tile title, readable from across the room; the real
        // title, which may name a body part or a treatment, is body-size text for the reader alone.
        // The title is what is read first.
        const bool title_heard = listening.heard && listening.heard->block == SpokenSentence::kTitle;
        if (title_heard && card.title == card.tile) mark_text(ctx, ctx.fonts.heading, card.tile, measure);
        text(ctx, ctx.fonts.heading, ctx.theme.text, card.tile, measure);
        if (card.title != card.tile) {
            if (title_heard) mark_text(ctx, ctx.fonts.strong, card.title, measure);
            text(ctx, ctx.fonts.strong, ctx.theme.text, card.title, measure);
        }
        ImGui::Dummy(ImVec2(1, ctx.m(0.2f)));
        if (listening.offered) {
            if (const Action a = listen_controls(ctx, nav, card, measure, right_to_left); a.kind != Action::Kind::None) action = a;
            ImGui::Dummy(ImVec2(1, ctx.m(0.2f)));
        }
        if (const Texture* image = ctx.texture(card.image)) {
            picture(ctx, *image, measure);
            ImGui::Dummy(ImVec2(1, ctx.m(0.4f)));
        }
        TextHighlight highlight;
        if (listening.heard && listening.heard->block >= 0)
            highlight = {listening.heard->block, listening.heard->begin, listening.heard->end};
        rich_text(ctx, card.blocks, measure, right_to_left, &highlight);
        if (listening.follow && highlight.drawn) {
            // The sentence being heard stays in sight: when it is not, it comes to a third of the way down.
            const float top = ImGui::GetWindowPos().y;
            const float bottom = top + ImGui::GetWindowHeight();
            if (highlight.top < top || highlight.bottom > bottom)
                ImGui::SetScrollY(ImGui::GetScrollY() + highlight.top - top - ImGui::GetWindowHeight() / 3);
        }
        if (card.reviewed) {
            // Health information says how current it is (NHS Information Standard).
            ImGui::Dummy(ImVec2(1, ctx.m(0.4f)));
            text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("last_reviewed", {{"date", long_text(*card.reviewed)}}), measure);
        }
        ImGui::EndGroup();
    };
    auto help = [&] {
        ImGui::BeginGroup();
        text(ctx, ctx.fonts.subheading, ctx.theme.text, ctx.say("further_help"), help_width);
        text(ctx, ctx.fonts.small, ctx.theme.muted_text, ctx.say("scan_with_phone"), help_width);
        help_links(ctx, card.help, help_width);
        ImGui::EndGroup();
    };
    if (side_by_side && right_to_left) {
        help();
        ImGui::SameLine(0, std::max(gap, width - help_width - measure));
        card_text();
    } else if (right_to_left) {
        // The column stands against the right edge, its help (if any) beneath it.
        const float column_x = ImGui::GetCursorPosX() + std::max(0.0f, width - measure);
        ImGui::SetCursorPosX(column_x);
        card_text();
        if (!card.help.empty()) {
            ImGui::Dummy(ImVec2(1, ctx.m(1)));
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, width - help_width));
            help();
        }
    } else {
        card_text();
        if (!card.help.empty()) {
            if (side_by_side) {
                ImGui::SameLine(0, gap);
            } else {
                ImGui::Dummy(ImVec2(1, ctx.m(1)));
            }
            help();
        }
    }
    ImGui::Dummy(ImVec2(1, ctx.m(1.5f)));
    const ScrollRegion region = end_scroll_region(ctx);

    const float h = footer_button_height(ctx);
    const float footer_y = ImGui::GetCursorPosY();
    const std::string previous_label = ctx.say("previous");
    const std::string next_label = ctx.say("next");
    // Previous at the start of the line, Next at its end: swapped in a right-to-left language.
    const bool mirrored = ctx.right_to_left;
    const float start_x = ImGui::GetCursorPosX();
    const float end_x = ImGui::GetWindowContentRegionMax().x;
    if (previous) {
        const float w = button_width(ctx, previous_label);
        ImGui::SetCursorPos(ImVec2(mirrored ? end_x - w : start_x, footer_y));
        if (button(ctx, previous_label, ImVec2(w, h))) action = Action::step_card(previous);
    }
    if (next) {
        const float w = button_width(ctx, next_label);
        ImGui::SetCursorPos(ImVec2(mirrored ? start_x : end_x - w, footer_y));
        if (button(ctx, next_label, ImVec2(w, h))) action = Action::step_card(next);
    }
    ImGui::SetCursorPosY(footer_y);
    more_below_button(ctx, region);
    ImGui::End();
    return action;
}

} // namespace haven::ui
