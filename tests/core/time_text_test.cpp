// time_text: moments as staff read them.

#include "core/time_text.hpp"

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
