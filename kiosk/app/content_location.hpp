#pragma once
// Finds the bundled content folder, both in an installed Haven (<prefix>/share/haven/content,
// found from the executable's own path so the install can move) and in a build tree.

#include <filesystem>

namespace haven::app {

std::filesystem::path bundled_content_folder();

// The breathing cue sounds (<prefix>/share/haven/sounds, or assets/sounds in a build tree).
std::filesystem::path bundled_sounds_folder();

} // namespace haven::app
