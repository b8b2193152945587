// `haven new site DIR` and `haven new card DIR --topic ID --title TEXT`: start content without
// hunting for a template. Clinic staff edit content in Notepad on any computer; these write
// files that explain every field in comments and pass `haven check` as they are
// (core/content/content_templates.hpp). A new card gets the next free code of its topic
// (core/content/card_codes.hpp) and a file name made from its title
// (core/content/card_file_name.hpp). Nothing is ever overwritten.

#include "commands.hpp"
#include "options.hpp"

#include "core/content/card_codes.hpp"
#include "core/content/card_file_name.hpp"
#include "core/content/content_files.hpp"
#include "core/content/content_loader.hpp"
#include "core/content/content_templates.hpp"
#include "core/text/count_text.hpp"
#include "core/text/printable_text.hpp"
#include "platform/local_date.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

namespace haven::app {
namespace {

namespace fs = std::filesystem;

struct NewArguments {
    std::string site_folder;
    std::string card_folder;
    std::string topic;
    std::string title;
};

// A path as the staff member typed it, safe to print whatever a stick's file system allows.
std::string shown(const fs::path& path) { return printable(path.string()); }

bool write_all(int fd, const std::string& text) {
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

// Writes `text` as a new file at `path`, never replacing one that is there: the text goes to
// a hidden temporary file first and is then linked in under its name, which fails if the
// name has been taken meanwhile. So a full disk or a pulled stick leaves either the whole
// file or nothing under the real name. Returns 0, or the errno of what failed (EEXIST: the
// name is taken).
int create_new_file(const fs::path& path, const std::string& text) {
    const fs::path temporary = path.parent_path() / ("." + path.filename().string() + ".haven-new");
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return errno;
    int error = 0;
    if (!write_all(fd, text) || ::fsync(fd) != 0) error = errno ? errno : EIO;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error == 0 && ::link(temporary.c_str(), path.c_str()) != 0) error = errno;
    ::unlink(temporary.c_str());
    return error;
}

int run_new_site(const NewArguments& arguments) {
    const fs::path folder = arguments.site_folder;
    std::error_code ec;
    const bool existed = fs::exists(fs::symlink_status(folder, ec));
    if (existed) {
        if (!fs::is_directory(folder, ec)) {
            std::cerr << "haven: " << shown(folder) << " is a file, not a folder: choose a new folder for the content\n";
            return kExitRefused;
        }
        // What Windows or macOS leave in a fresh folder (desktop.ini, .DS_Store) does not count.
        if (!list_files(folder).empty()) {
            std::cerr << "haven: " << shown(folder)
                      << " is not empty, and haven new site never writes over anything: choose a new or empty folder\n";
            return kExitRefused;
        }
    } else if (!fs::create_directories(folder, ec) || ec) {
        std::cerr << "haven: cannot make the folder " << shown(folder) << ": " << ec.message() << '\n';
        return kExitFailed;
    }

    const std::vector<TemplateFile> files = new_site_files(platform::local_today());
    std::vector<fs::path> written;
    // Leaves nothing half made: on a failure every file written so far goes again (and the
    // folder, when this command made it).
    auto undo = [&] {
        for (auto it = written.rbegin(); it != written.rend(); ++it) fs::remove(*it, ec);
        fs::remove(folder / "cards", ec);
        if (!existed) fs::remove(folder, ec);
    };
    if (!fs::create_directory(folder / "cards", ec) || ec) {
        std::cerr << "haven: cannot make " << shown(folder / "cards") << ": " << ec.message() << '\n';
        undo();
        return kExitFailed;
    }
    for (const TemplateFile& file : files) {
        const fs::path path = folder / fs::path(file.path);
        if (const int error = create_new_file(path, file.text); error != 0) {
            std::cerr << "haven: cannot write " << shown(path) << ": " << std::strerror(error) << '\n';
            undo();
            return kExitFailed;
        }
        written.push_back(path);
    }
    std::cout << "Wrote a new content folder in " << shown(folder) << ":\n";
    for (const TemplateFile& file : files) std::cout << "  " << file.path << '\n';
    std::cout << "Open the files in any text editor (Notepad is fine): the lines starting with # say what\n"
                 "each setting does. Replace the example cards with your own, add cards with\n"
                 "`haven new card "
              << shown(folder) << " --topic example --title \"...\"`, then check everything with\n"
                 "`haven check "
              << shown(folder) << "`.\n";
    return kExitOk;
}

int run_new_card(const NewArguments& arguments) {
    const fs::path folder = arguments.card_folder;
    std::error_code ec;
    if (!fs::is_regular_file(folder / "topics.toml", ec)) {
        std::cerr << "haven: " << shown(folder)
                  << " has no topics.toml, so it is not a content folder: start one with `haven new site DIR`\n";
        return kExitRefused;
    }
    if (const std::string problem = card_title_problem(arguments.title); !problem.empty()) {
        std::cerr << "haven: no card written: " << problem << '\n';
        return kExitRefused;
    }
    const LoadResult loaded = load_content(folder);
    // The new code must not clash with a card the loader could not read, nor the topic be one
    // topics.toml only seems to have: with errors in either, the choice cannot be trusted.
    // Errors elsewhere (kiosk.toml, a missing cards folder) do not touch it.
    size_t blocking = 0;
    for (const Diagnostic& d : loaded.diagnostics)
        if (d.severity == Diagnostic::Severity::Error && (d.path == "topics.toml" || d.path.rfind("cards/", 0) == 0)) ++blocking;
    if (blocking > 0) {
        std::cerr << "haven: no card written: topics.toml or the cards have " << count_text(blocking, "error", "errors")
                  << ", so the next free code is not certain. `haven check " << shown(folder)
                  << "` lists them; fix them first\n";
        return kExitRefused;
    }
    const Content& content = loaded.content;
    if (!content.find_topic(arguments.topic)) {
        std::string ids;
        for (const Topic& topic : content.topics) ids += (ids.empty() ? "" : ", ") + topic.id;
        std::cerr << "haven: no card written: there is no topic '" << printable(arguments.topic) << "' in "
                  << shown(folder / "topics.toml") << "; its topics are: " << ids << '\n';
        return kExitRefused;
    }
    const auto code = next_free_code(content.cards, arguments.topic);
    if (!code) {
        std::cerr << "haven: no card written: all the codes from " << kLowestCode << " to " << kHighestCode
                  << " are used\n";
        return kExitRefused;
    }

    const fs::path cards = folder / "cards";
    if (!fs::is_directory(cards, ec) && (!fs::create_directory(cards, ec) || ec)) {
        std::cerr << "haven: cannot make " << shown(cards) << ": " << ec.message() << '\n';
        return kExitFailed;
    }
    NewCard card;
    card.title = arguments.title;
    card.topic = arguments.topic;
    card.code = *code;
    card.order = next_card_order(content.cards, arguments.topic);
    card.today = platform::local_today();
    const std::string text = new_card_text(card);
    const std::string slug = card_slug(arguments.title);
    // Another program may add a card with the same name meanwhile: then the next name is tried.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string name = free_card_file_name(slug, list_files(cards));
        const int error = create_new_file(cards / name, text);
        if (error == EEXIST) continue;
        if (error != 0) {
            std::cerr << "haven: cannot write " << shown(cards / name) << ": " << std::strerror(error) << '\n';
            return kExitFailed;
        }
        std::cout << "Wrote cards/" << name << ": code " << *code << " in topic '" << arguments.topic << "'.\n"
                  << "Open it in any text editor (Notepad is fine), fill in each field and replace the placeholder\n"
                     "text, then check the folder with `haven check "
                  << shown(folder) << "`.\n";
        return kExitOk;
    }
    std::cerr << "haven: cannot find a free file name for the card in " << shown(cards) << '\n';
    return kExitFailed;
}

} // namespace

Command add_new_command(CLI::App& cli) {
    auto arguments = std::make_shared<NewArguments>();
    Command command;
    command.subcommand = cli.add_subcommand(
        "new", "Start content: `haven new site DIR` writes a small, commented content folder; `haven new card DIR "
               "--topic ID --title TEXT` adds a card with the topic's next free code (1: refused, 4: cannot write)");
    command.subcommand->require_subcommand(1);
    CLI::App* site = command.subcommand->add_subcommand(
        "site", "Write a small, valid content folder with a comment on every field, to edit in any text editor");
    site->add_option("DIR", arguments->site_folder, "A new or empty folder (made if it does not exist)")->required();
    CLI::App* card = command.subcommand->add_subcommand(
        "card", "Add a card to a content folder: the topic's next free code, today as its review date, every field "
                "to fill in");
    card->add_option("DIR", arguments->card_folder, "The content folder (with topics.toml)")->required();
    card->add_option("--topic", arguments->topic, "The id of the card's topic in topics.toml")->required();
    card->add_option("--title", arguments->title, "The card's title, in quotes; the file name is made from it")
        ->required();
    command.run = [arguments, site, card] {
        if (site->parsed()) return run_new_site(*arguments);
        if (card->parsed()) return run_new_card(*arguments);
        return kExitUsage;
    };
    return command;
}

} // namespace haven::app
