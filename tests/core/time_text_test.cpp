// time_text: moments as staff read them.

#include "core/text/time_text.hpp"

#include <doctest/doctest.h>

TEST_CASE("time_text writes a moment in UTC to the minute, and 'unknown' for one not recorded") {
    CHECK(haven::time_text(1763726400, haven::Zone::Utc) == "2025-11-21 12:00 UTC");
    CHECK(haven::time_text(0, haven::Zone::Utc) == "unknown");
    CHECK(haven::time_text(-5, haven::Zone::Local) == "unknown");
    // Local time names its zone, whatever the machine's is.
    const std::string local = haven::time_text(1763726400, haven::Zone::Local);
    CHECK(local.size() > std::string("2025-11-21 12:00 ").size());
    CHECK(local.substr(0, 5) == "2025-");
}

TEST_CASE("date_time_text says a moment in words, for sentences staff read") {
    CHECK(haven::date_time_text(1740996000, haven::Zone::Utc) == "3 March 2025 at 10:00 UTC");
    CHECK(haven::date_time_text(1746784800, haven::Zone::Utc) == "9 May 2025 at 10:00 UTC");
    CHECK(haven::date_time_text(1767225599, haven::Zone::Utc) == "31 December 2025 at 23:59 UTC");
    CHECK(haven::date_time_text(0, haven::Zone::Utc) == "unknown");
    const std::string local = haven::date_time_text(1746784800, haven::Zone::Local);
    CHECK(local.find(" May 2025 at ") != std::string::npos);
}

TEST_CASE("iso_time_text writes a moment for logs in UTC to the second") {
    CHECK(haven::iso_time_text(1764707465) == "2025-12-02T20:31:05Z");
    CHECK(haven::iso_time_text(0) == "unknown");
}
