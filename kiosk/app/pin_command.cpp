#include "commands.hpp"
#include "options.hpp"

#include <cstdio>

namespace haven::app {

// Placeholder until the command is written.
Command add_pin_command(CLI::App& cli) {
    Command command;
    command.subcommand = cli.add_subcommand("pin", "(not written yet)");
    command.run = [] {
        std::fprintf(stderr, "haven: pin is not written yet\n");
        return kExitUsage;
    };
    return command;
}

} // namespace haven::app
