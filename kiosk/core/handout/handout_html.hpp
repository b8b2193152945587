#pragma once
// The nurse handout: one printable A4 HTML page with every topic and every card's code and
// title, and the clinic-wide help links as the same QR codes the kiosk shows. It is a
// self-contained document (no scripts, no external resources), because it is opened from a
// USB stick on whatever computer is next to the desk printer. All content text is escaped:
// content comes from a stick and is untrusted.

#include "core/content/content_model.hpp"
#include "core/handout/qr_matrix.hpp"

#include <string>
#include <string_view>

namespace haven {

// What the page says about where it came from, in its footer. Empty fields are left out.
struct HandoutOrigin {
    std::string content_date;   // when the content last changed, already formatted for people
    std::string haven_version;  // the Haven that printed it
};

// The whole page, for the default-language cards of `content` (topics without cards are
// left out, as on the kiosk's home screen).
std::string handout_html(const Content& content, const HandoutOrigin& origin);

// `text` safe to place in HTML text or a quoted attribute value.
std::string escape_html(std::string_view text);

// `code` as an inline SVG element with the 4-module quiet zone, `side_mm` wide and high;
// `label` names it for screen readers. Empty when the matrix is empty.
std::string qr_svg(const QrMatrix& code, std::string_view label, double side_mm);

} // namespace haven
