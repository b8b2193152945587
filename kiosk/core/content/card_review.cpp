#include "core/content/card_review.hpp"

#include <algorithm>

namespace haven {
namespace {

// Every card of the content: the default language, then each translation.
template <typename Visit>
void each_card(const Content& content, Visit visit) {
    for (const Card& card : content.cards) visit(card);
    for (const auto& [language, cards] : content.translations) {
        for (const auto& [slug, card] : cards) visit(card);
    }
}

} // namespace

std::vector<CardPastReview> cards_past_review(const Content& content, const CalendarDate& today) {
    std::vector<CardPastReview> out;
    each_card(content, [&](const Card& card) {
        if (card.review_due && *card.review_due <= today) out.push_back({&card, *card.review_due});
    });
    std::stable_sort(out.begin(), out.end(), [](const CardPastReview& a, const CardPastReview& b) { return a.due < b.due; });
    return out;
}

std::vector<Diagnostic> review_warnings(const Content& content, const CalendarDate& today) {
    std::vector<Diagnostic> out;
    auto warn = [&](const Card& card, std::string message) {
        out.push_back({Diagnostic::Severity::Warning, card.file, 0, 0, std::move(message)});
    };
    // A folder that dates any card keeps the standard for all of them; one that dates none
    // (a clinic's own notes, a test folder) is not told about each card twice over.
    bool governed = false;
    each_card(content, [&](const Card& card) { governed = governed || card.reviewed || !card.sources.empty(); });
    each_card(content, [&](const Card& card) {
        if (card.review_due && *card.review_due <= today) {
            warn(card, "the card was due for review on " + long_text(*card.review_due) +
                           ": check it against its sources, then change 'reviewed'");
        }
        if (!governed) return;
        if (!card.reviewed) {
            warn(card, "the card has no review date: add reviewed = " + iso_text(today) +
                           " once someone has checked it against its sources");
        }
        if (card.sources.empty()) {
            warn(card, "the card names no sources: add sources = [\"...\"], the references it was checked against");
        }
    });
    return out;
}

} // namespace haven
