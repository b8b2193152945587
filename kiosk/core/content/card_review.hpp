#pragma once
// Information governance for cards: a clinic's patient-information team reviews each card
// by a date and against named sources (NHS Information Standard, PIF TICK). The loader reads
// the dates; this says which cards need a reviewer now. Today's date comes from the caller,
// (kiosk/platform/local_date.hpp on a kiosk), so the answer is the same for the same day.

#include "core/content/calendar_date.hpp"
#include "core/content/content_model.hpp"
#include "core/content/diagnostic.hpp"

#include <vector>

namespace haven {

struct CardPastReview {
    const Card* card = nullptr;
    CalendarDate due;
};

// Every card, in every language, whose review date has come (due on or before `today`),
// soonest due first.
std::vector<CardPastReview> cards_past_review(const Content& content, const CalendarDate& today);

// Warnings for `haven check`: a card past its review date; and, in a folder that dates or
// sources any of its cards, a card with no review date or no sources. Warnings, not errors:
// an overdue review never takes content off the screen.
std::vector<Diagnostic> review_warnings(const Content& content, const CalendarDate& today);

} // namespace haven
