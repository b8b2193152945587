// `haven history`: the store's audit trail (update/history_log.hpp), one line per change of
// the content the kiosk shows: when, which version, its label and how it was authorised.

#include "commands.hpp"
#include "options.hpp"

#include "update/history_log.hpp"
#include "update/store.hpp"

#include <cstddef>
#include <iostream>
#include <memory>
#include <string>

namespace haven::app {
namespace {

struct HistoryArguments {
    std::string store = update::kDefaultStore;
    std::size_t last = 1000;
};

int run_history(const HistoryArguments& arguments) {
    const std::vector<std::string> lines = update::read_history(arguments.store, arguments.last);
    if (lines.empty()) std::cerr << "haven: no changes recorded in " << arguments.store << " yet\n";
    for (const std::string& line : lines) std::cout << line << '\n';
    return kExitOk;
}

}  // namespace

Command add_history_command(CLI::App& cli) {
    auto arguments = std::make_shared<HistoryArguments>();
    Command command;
    command.subcommand = cli.add_subcommand(
        "history", "Print the store's history: one line per change of the content the kiosk shows (time in UTC, "
                   "version, label, and how it was authorised: signature KEYID, staff PIN or rollback), oldest first");
    command.subcommand->add_option("--store", arguments->store, "The content store")->capture_default_str();
    command.subcommand->add_option("--last", arguments->last, "Print only this many of the latest lines")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    command.run = [arguments] { return run_history(*arguments); };
    return command;
}

}  // namespace haven::app
