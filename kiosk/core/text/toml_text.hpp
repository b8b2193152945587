#pragma once
// Text written into a TOML file Haven makes for staff to edit (`haven new card`): a title
// typed on a command line becomes a quoted TOML string that reads back exactly as typed.

#include <string>
#include <string_view>

namespace haven {

// `text` as a TOML basic string, quotes included: `"` and `\` escaped, and every control
// character (C0, DEL and C1) written as an escape, so the value is always one line and a
// title can never end its string early or start a field of its own. A byte that is not
// valid UTF-8 (which TOML forbids) becomes U+FFFD. Callers that must keep text exactly as
// typed refuse control characters and invalid UTF-8 first (content_templates.hpp).
std::string toml_basic_string(std::string_view text);

} // namespace haven
