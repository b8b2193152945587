#pragma once
// Reads a content folder into a Content model, collecting every problem on the way instead of
// stopping at the first. Never throws and never touches anything outside the folder.
//
//   kiosk.toml     clinic settings (optional: defaults apply)
//   topics.toml    [[topic]] id, title, order
//   cards/*.md     one card per file, TOML front matter between `+++` lines, Markdown body

#include "core/content/content_model.hpp"
#include "core/content/diagnostic.hpp"

#include <atomic>
#include <filesystem>
#include <vector>

namespace haven {

struct LoadResult {
    Content content;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return !has_errors(diagnostics); }
};

// `cancel`, when given and set, makes the load give up early with an error (shutdown).
LoadResult load_content(const std::filesystem::path& folder, const std::atomic<bool>* cancel = nullptr);

// Only the folder's kiosk.toml (defaults where it is missing or broken): for questions about
// the kiosk's own settings that must not wait for every card and image to be read.
KioskSettings load_settings(const std::filesystem::path& folder);

} // namespace haven
