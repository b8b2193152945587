#pragma once
// Today on this machine's calendar, in its local time zone: when a card's review falls due
// is a matter of the clinic's calendar, not of UTC.

#include "core/content/calendar_date.hpp"

namespace haven::platform {

CalendarDate local_today();

} // namespace haven::platform
