#pragma once
// Whether the kiosk has a font for every script its content is written in. A card in Bengali
// on a machine without Noto Sans Bengali would show boxes; `haven check` says so first, and
// names the package that brings the font.

#include "core/content/content_model.hpp"
#include "core/content/diagnostic.hpp"

#include <string>
#include <vector>

namespace haven {

// A warning for each script used by the content (card text, topic titles, the clinic's words
// and the i18n files) whose font file is not in `font_folder` (Debian's Noto folder on a kiosk).
std::vector<Diagnostic> font_warnings(const Content& content, const std::string& font_folder);

}  // namespace haven
