#pragma once
// Further help that patients take away on their phone: each link as a QR code (level M,
// a quiet zone of 4 modules, modules at least 4 px and about 1 mm so a phone reads it from
// 40 cm), with its label and the address or phone number written beneath. Phone numbers
// are shown large, for people who would rather dial.

#include "core/content_model.hpp"
#include "view_context.hpp"

#include <string>
#include <vector>

namespace haven::ui {

// A phone number as people read it: tel:08088080000 -> "0808 808 0000".
std::string readable_phone_number(const std::string& url);
// A web address without its scheme and trailing slash: https://www.nhs.uk/ -> "www.nhs.uk".
std::string readable_address(const std::string& url);

// The side of a link's QR code in pixels (quiet zone included).
float qr_side(const ViewContext& ctx, const std::string& url);

// Draws the links in a column `width` pixels wide at the cursor.
void help_links(ViewContext& ctx, const std::vector<HelpLink>& links, float width);

} // namespace haven::ui
