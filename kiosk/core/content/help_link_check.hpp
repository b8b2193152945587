#pragma once
// Further-help links become QR codes a patient scans from about 40 cm. Only https:// pages
// and tel: numbers are allowed, and the address must be short enough for a QR code whose
// modules stay large on a small screen.

#include <string>
#include <string_view>

namespace haven {

// Largest QR version (at error-correction level M) Haven draws: 41x41 modules, which at
// 4 px a module plus the quiet zone fits a tile on a 1280x800 screen. About 100 characters.
inline constexpr int kMaxQrVersion = 6;

// The smallest QR version (level M) that holds `text`, or 0 when none up to 40 does.
int qr_version_for(std::string_view text);

// Why `url` cannot be a help link, or an empty string when it can.
std::string help_url_problem(std::string_view url);

} // namespace haven
