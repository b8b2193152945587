// `haven handout DIR --out topics.html`: the printable page of topic codes and help links that
// nurses keep at the desk (core/handout/handout_html.hpp). Content with errors is refused with the
// same report `haven check` gives, so a nurse never prints codes the kiosk will not show.

#include "check_command.hpp"
#include "commands.hpp"
#include "options.hpp"

#include "core/content/content_files.hpp"
#include "core/content/content_loader.hpp"
#include "core/handout/handout_html.hpp"
#include "update/store.hpp"


#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>

namespace haven::app {
namespace {

namespace fs = std::filesystem;

struct HandoutArguments {
    std::string folder;
    std::string out;
};

// The newest change to any file of the content, as "3 May 2024": the closest thing to a
// version a hand-edited folder has, so staff can tell an old printout from a current one.
std::string content_date(const fs::path& folder) {
    std::error_code ec;
    fs::file_time_type newest{};
    bool any = false;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        std::error_code entry_ec;
        if (is_system_clutter(it->path().filename().string())) {
            it.disable_recursion_pending();  // a stick's .Trashes say nothing about the content
            continue;
        }
        if (!it->is_regular_file(entry_ec)) continue;
        const auto changed = it->last_write_time(entry_ec);
        if (entry_ec) continue;
        if (!any || changed > newest) newest = changed;
        any = true;
    }
    if (!any) return {};
    const std::time_t when = std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(newest));
    std::tm local{};
    if (!localtime_r(&when, &local)) return {};
    char month_year[32];
    if (std::strftime(month_year, sizeof month_year, "%B %Y", &local) == 0) return {};
    return std::to_string(local.tm_mday) + " " + month_year;
}

int run_handout(const HandoutArguments& arguments) {
    const fs::path folder = arguments.folder;
    const LoadResult loaded = load_content(folder);
    if (!loaded.ok()) {
        // The report staff already know from `haven check`, on stderr.
        report_check(folder, loaded, std::cerr);
        std::cerr << "haven: no handout written: the content has errors\n";
        return kExitRefused;
    }
    const Content& content = loaded.content;
    const HandoutOrigin origin{content_date(folder), HAVEN_VERSION};
    // Through a temporary file and a rename: a full disk or a pulled stick never leaves a
    // half-written page under the real name.
    if (!update::write_file_atomically(arguments.out, handout_html(content, origin))) {
        std::cerr << "haven: cannot write " << arguments.out << ": " << std::strerror(errno) << '\n';
        return kExitFailed;
    }
    size_t shown_topics = 0;
    for (const Topic& topic : content.topics) shown_topics += topic.cards.empty() ? 0 : 1;
    std::cout << "Wrote " << arguments.out << ": " << content.cards.size() << " cards in " << shown_topics
              << " topics, " << content.settings.help.size() << " help links\n";
    return kExitOk;
}

} // namespace

Command add_handout_command(CLI::App& cli) {
    auto arguments = std::make_shared<HandoutArguments>();
    Command command;
    command.subcommand = cli.add_subcommand(
        "handout", "Write a printable A4 page for the nurses' desk: every topic code and the clinic's help "
                   "links as QR codes (1: content errors, 4: cannot write the page)");
    command.subcommand->add_option("DIR", arguments->folder, "The content folder")
        ->required()
        ->check(CLI::ExistingDirectory);
    command.subcommand->add_option("--out", arguments->out, "The HTML file to write, e.g. topics.html")->required();
    command.run = [arguments] { return run_handout(*arguments); };
    return command;
}

} // namespace haven::app
