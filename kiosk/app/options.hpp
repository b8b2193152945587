#pragma once
// What the command line asked for.

#include "core/input/geometry.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace haven::app {

struct Options {
    std::filesystem::path content;     // the content folder to show (STORE/current with --store)
    std::filesystem::path store;       // --store DIR: a deployed kiosk's content store, or empty
    std::optional<Size> windowed;      // --windowed WxH: a normal window for content authors
    std::optional<Size> size;          // --size WxH: the scripted session's screen
    std::filesystem::path script;      // --script FILE: run a scripted session and exit
    float screen_width_mm = 0;         // --screen-width-mm: overrides what the monitor reports
    bool bench_first_frame = false;    // --bench-first-frame (hidden): exit once the first frame is shown
    bool full_redraw = false;          // --full-redraw: draw and swap every frame whole
};

// Exit codes, documented in --help.
inline constexpr int kExitOk = 0;
inline constexpr int kExitScriptFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCannotStart = 3;
// Staff commands (pack, import, handout): 1 means the input was refused, 4 that the machine
// failed them (a full disk, a pulled stick); either way nothing half-done is left behind.
inline constexpr int kExitRefused = 1;
inline constexpr int kExitFailed = 4;

} // namespace haven::app
