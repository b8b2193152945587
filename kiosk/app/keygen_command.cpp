#include "commands.hpp"
#include "options.hpp"

#include <cstdio>

namespace haven::app {

// Placeholder until the command is written.
Command add_keygen_command(CLI::App& cli) {
    Command command;
    command.subcommand = cli.add_subcommand("keygen", "(not written yet)");
    command.run = [] {
        std::fprintf(stderr, "haven: keygen is not written yet\n");
        return kExitUsage;
    };
    return command;
}

} // namespace haven::app
