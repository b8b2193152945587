#pragma once
// Haven's staff commands besides the kiosk itself. Each adds its CLI11 subcommand and
// returns how to run it; main() runs the one that was chosen. One file per command.

#include <CLI/CLI.hpp>

#include <functional>

namespace haven::app {

struct Command {
    CLI::App* subcommand = nullptr;
    std::function<int()> run;  // called only when `subcommand` was parsed
};

Command add_keygen_command(CLI::App& cli);   // haven keygen --out NAME
Command add_pack_command(CLI::App& cli);     // haven pack DIR --key NAME.key --out DEST
Command add_import_command(CLI::App& cli);   // haven import SRC [--store DIR] [--trusted-keys DIR]
Command add_rollback_command(CLI::App& cli); // haven rollback [ID] [--store DIR]
Command add_history_command(CLI::App& cli);  // haven history [--store DIR]
Command add_handout_command(CLI::App& cli);  // haven handout DIR --out topics.html
Command add_pin_command(CLI::App& cli);      // haven pin: the staff_pin_hash line for kiosk.toml
Command add_new_command(CLI::App& cli);      // haven new site DIR | haven new card DIR --topic ID --title TEXT

} // namespace haven::app
