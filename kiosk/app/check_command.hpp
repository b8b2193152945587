#pragma once
// `haven check DIR`: reads a content folder the way the kiosk would, decodes its recordings
// (length-capped: cards 10 minutes, breathing prompts 10 s) and reports every
// problem as `path:line:col: error|warning: message`, then a summary line.

#include "core/content/content_loader.hpp"

#include <filesystem>
#include <iosfwd>

namespace haven::app {

// Returns 0 when the folder has no errors (warnings allowed), 1 otherwise.
int run_check(const std::filesystem::path& folder, std::ostream& out);

// The same report for a folder already loaded (commands that go on to use the content).
int report_check(const std::filesystem::path& folder, LoadResult result, std::ostream& out);

} // namespace haven::app
