// Review dates and sources on cards: the loader reads them (a wrong date is an error at its
// value), review_warnings() tells `haven check` what a patient-information team must do, and
// cards_past_review() is the staff view's list. Dates are days on the calendar.

#include "content_test_folder.hpp"
#include "core/content/calendar_date.hpp"
#include "core/content/card_review.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace haven_test;
using haven::CalendarDate;
using haven::cards_past_review;
using haven::iso_text;
using haven::long_text;
using haven::one_year_after;
using haven::parse_iso_date;
using haven::review_warnings;

namespace {

// A card with `fields` in its front matter from line 5; each card of a test has its own code.
std::string reviewed_card(const std::string& fields, int code = 5) {
    return "+++\ntitle = \"Reviewed\"\ntopic = \"food\"\ncode = " + std::to_string(code) + "\n" + fields +
           "+++\nThe body.\n";
}

const haven::Card& only_card(const LoadResult& result, const std::string& file) {
    const haven::Card* card = find_card(result, file);
    REQUIRE(card != nullptr);
    return *card;
}

} // namespace

TEST_CASE("calendar dates: only days that exist, written year-month-day") {
    CHECK(parse_iso_date("2026-12-01") == CalendarDate{2026, 12, 1});
    CHECK(parse_iso_date("2028-02-29") == CalendarDate{2028, 2, 29});
    for (const char* bad : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-12-01", "2026/12/01", "2026-12-1",
                            "01-12-2026", "", "2026-12-01x", "2026-1a-01", "0000-01-01"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_iso_date(bad));
    }
    CHECK(one_year_after({2026, 12, 1}) == CalendarDate{2027, 12, 1});
    CHECK(one_year_after({2028, 2, 29}) == CalendarDate{2029, 2, 28});
    CHECK(one_year_after({9999, 3, 1}) == CalendarDate{9999, 12, 31});
    CHECK(iso_text({2026, 3, 9}) == "2026-03-09");
    CHECK(long_text({2026, 3, 9}) == "9 March 2026");
    CHECK(CalendarDate{2026, 12, 31} < CalendarDate{2027, 1, 1});
}

TEST_CASE("a card's review date, due date and sources are read; the due date defaults to a year later") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/x.md", reviewed_card("reviewed = 2026-12-01\nsources = [\"NHS website: menopause\", \"Macmillan\"]\n"));
    folder.write("cards/y.md", reviewed_card("reviewed = \"2026-05-02\"\nreview_due = 2026-11-02\nsources = []\n", 6));
    const LoadResult result = folder.load();
    check_clean(result);
    const haven::Card& x = only_card(result, "cards/x.md");
    CHECK(x.reviewed == CalendarDate{2026, 12, 1});
    CHECK(x.review_due == CalendarDate{2027, 12, 1});
    CHECK(x.sources == std::vector<std::string>{"NHS website: menopause", "Macmillan"});
    const haven::Card& y = only_card(result, "cards/y.md");  // quoted, as Notepad users write it
    CHECK(y.reviewed == CalendarDate{2026, 5, 2});
    CHECK(y.review_due == CalendarDate{2026, 11, 2});
    CHECK(y.sources.empty());
}

TEST_CASE("a review date that is not a date is an error at its value, saying how to write one") {
    SUBCASE("a day that does not exist, in quotes") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", reviewed_card("reviewed = \"2026-02-30\"\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 12, {"'reviewed'", "not a date", "2026-12-01"}});
    }
    SUBCASE("words") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", reviewed_card("review_due = \"next spring\"\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 14, {"'review_due'", "next spring", "not a date"}});
    }
    SUBCASE("a number") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", reviewed_card("reviewed = 2026\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 12, {"'reviewed'", "not a date"}});
    }
    SUBCASE("due before it was reviewed") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", reviewed_card("reviewed = 2026-12-01\nreview_due = 2026-01-01\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 6, 14, {"before 'reviewed'"}});
    }
    SUBCASE("sources that are not a list of texts") {
        TempFolder folder;
        write_base(folder);
        folder.write("cards/x.md", reviewed_card("sources = \"NHS\"\n"));
        check_only(folder.load(), {Severity::Error, "cards/x.md", 5, 11, {"'sources'", "list of texts"}});
    }
}

TEST_CASE("haven check's review warnings: overdue, undated and unsourced cards, never a dated and sourced one") {
    TempFolder folder;
    write_base(folder);
    folder.write("cards/due.md", reviewed_card("reviewed = 2025-06-01\nsources = [\"NHS\"]\n"));
    folder.write("cards/fine.md", reviewed_card("reviewed = 2026-06-01\nsources = [\"NHS\"]\n", 6));
    folder.write("cards/bare.md", reviewed_card("reviewed = 2026-06-01\n", 7));
    const LoadResult result = folder.load();
    check_clean(result);
    const CalendarDate today{2026, 12, 2};
    const auto warnings = review_warnings(result.content, today);
    auto about = [&](const std::string& file) {
        std::vector<std::string> messages;
        for (const auto& d : warnings) {
            CHECK(d.severity == Severity::Warning);
            if (d.path == file) messages.push_back(d.message);
        }
        return messages;
    };
    REQUIRE(about("cards/due.md").size() == 1);
    CHECK(about("cards/due.md")[0].find("due for review on 1 June 2026") != std::string::npos);
    CHECK(about("cards/fine.md").empty());
    REQUIRE(about("cards/bare.md").size() == 1);
    CHECK(about("cards/bare.md")[0].find("names no sources") != std::string::npos);
    // The base folder's cards have neither: each gets both warnings.
    for (const auto& card : result.content.cards) {
        if (card.file == "cards/due.md" || card.file == "cards/fine.md" || card.file == "cards/bare.md") continue;
        CAPTURE(card.file);
        const auto messages = about(card.file);
        REQUIRE(messages.size() == 2);
        CHECK(messages[0].find("no review date") != std::string::npos);
    }

    const auto overdue = cards_past_review(result.content, today);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].card->file == "cards/due.md");
    CHECK(overdue[0].due == CalendarDate{2026, 6, 1});
    // Due today counts; the day before does not.
    CHECK(cards_past_review(result.content, {2026, 6, 1}).size() == 1);
    CHECK(cards_past_review(result.content, {2026, 5, 31}).empty());
}

TEST_CASE("a folder that dates and sources none of its cards gets no review warnings: it has not adopted the standard") {
    TempFolder folder;
    write_base(folder);
    const LoadResult result = folder.load();
    check_clean(result);
    CHECK(review_warnings(result.content, {2026, 12, 2}).empty());
    CHECK(cards_past_review(result.content, {2026, 12, 2}).empty());
}
