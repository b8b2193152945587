#include "core/content/calendar_date.hpp"

#include <array>
#include <cstdio>

namespace haven {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

std::optional<int> digits(std::string_view text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

bool is_valid_date(const CalendarDate& date) {
    return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
           date.day <= days_in_month(date.year, date.month);
}

std::optional<CalendarDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto year = digits(text.substr(0, 4));
    const auto month = digits(text.substr(5, 2));
    const auto day = digits(text.substr(8, 2));
    if (!year || !month || !day) return std::nullopt;
    const CalendarDate date{*year, *month, *day};
    if (!is_valid_date(date)) return std::nullopt;
    return date;
}

CalendarDate one_year_after(const CalendarDate& date) {
    if (date.year >= 9999) return {9999, 12, 31};  // the last day a date can name
    CalendarDate next{date.year + 1, date.month, date.day};
    if (next.month == 2 && next.day == 29 && !is_leap_year(next.year)) next.day = 28;
    return next;
}

std::string iso_text(const CalendarDate& date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

std::string long_text(const CalendarDate& date) {
    constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
    if (!is_valid_date(date)) return iso_text(date);
    return std::to_string(date.day) + " " + kMonths[static_cast<size_t>(date.month - 1)] + " " + std::to_string(date.year);
}

} // namespace haven
