#pragma once
// Further help that patients take away on their phone: each link as a QR code (level M,
// a quiet zone of 4 modules, modules at least 4 px and about 1 mm so a phone reads it from
// 40 cm), with its label and the address or phone number written beneath. Phone numbers
// are shown large, for people who would rather dial.

#include "core/content/content_model.hpp"
#include "view_context.hpp"

#include "core/handout/help_link_text.hpp"

#include <string>
#include <vector>

namespace haven::ui {

// The side of a link's QR code in pixels (quiet zone included).
float qr_side(const ViewContext& ctx, const std::string& url);

// Draws the links in a column `width` pixels wide at the cursor.
void help_links(ViewContext& ctx, const std::vector<HelpLink>& links, float width);

} // namespace haven::ui
