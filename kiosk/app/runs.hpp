#pragma once
// The two ways Haven runs: live on a screen, or a scripted session on a virtual clock.

#include "options.hpp"

namespace haven::app {

// Runs the kiosk until SIGTERM/SIGINT or the window closes. Returns an exit code.
int run_live(const Options& options);

// Plays options.script and exits: 0 when every command succeeded.
int run_scripted(const Options& options);

} // namespace haven::app
