#pragma once
// Writes screenshots as PNG files.

#include "gl_renderer.hpp"

#include <string>

namespace haven::platform {

// Returns an empty string on success, or why the file could not be written.
std::string write_png(const std::string& path, const Image& image);

} // namespace haven::platform
