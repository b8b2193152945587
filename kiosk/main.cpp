// Haven: an offline touchscreen kiosk for clinic waiting rooms.
//
// This file only reads the command line and hands over to a run: live on the screen
// (app/live_loop.cpp), a scripted session on a virtual clock (app/scripted_run.cpp), or a
// command such as `haven check` (app/check_command.cpp) or the staff commands (app/commands.hpp).

#include "app/check_command.hpp"
#include "app/commands.hpp"
#include "app/content_location.hpp"
#include "app/options.hpp"
#include "app/runs.hpp"
#include "core/text/size_text.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

using haven::app::Options;

// CLI11 validator for WxH sizes.
struct SizeValidator : CLI::Validator {
    SizeValidator() : CLI::Validator("WxH") {
        func_ = [](const std::string& text) {
            return haven::parse_size(text) ? std::string() : "expected a size such as 1920x1080, not '" + text + "'";
        };
    }
};

} // namespace

int main(int argc, char** argv) {
    CLI::App cli("Haven: private, touch-first guidance cards for clinic waiting rooms.\n"
                 "Starts full screen on the primary monitor with the cursor hidden.",
                 "haven");
    cli.footer("Exit codes: 0 done, 1 a script command failed, 2 bad command line or script file,\n"
               "            3 cannot start (no display, no OpenGL 3).\n"
               "`haven check DIR` exits 0 when DIR has no errors and 1 when it has.\n"
               "Staff commands exit 1 when their input is refused and 4 when the machine fails them;\n"
               "`haven COMMAND --help` says more.\n"
               "Haven never uses the network and stores nothing about patients.");
    cli.get_formatter()->column_width(26);

    Options options;
    std::string content;
    std::string windowed;
    std::string size;
    std::string script;
    std::string store;
    auto* content_option = cli.add_option("--content", content, "Content folder to show (default: the bundled content)")
                               ->check(CLI::ExistingDirectory);
    cli.add_option("--store", store,
                   "Show a content store's current version (STORE/current), with import progress and the "
                   "staff view's rollback; a deployed kiosk runs with --store /var/lib/haven")
        ->check(CLI::ExistingDirectory)
        ->excludes(content_option);
    cli.add_option("--windowed", windowed, "Open a normal window of this size instead of full screen, for authors")
        ->check(SizeValidator());
    auto* script_option = cli.add_option("--script", script,
                                         "Run a scripted session on a virtual clock, then exit (see docs/scripts.md)")
                              ->check(CLI::ExistingFile);
    cli.add_option("--size", size, "Screen size for --script (default 1920x1080)")
        ->check(SizeValidator())
        ->needs(script_option);
    cli.add_option("--screen-width-mm", options.screen_width_mm,
                   "The screen's visible width in millimetres, when the monitor reports it wrongly; "
                   "touch targets are at least 9 mm")
        ->check(CLI::Range(50.0f, 5000.0f));
    cli.add_flag("--full-redraw", options.full_redraw,
                 "Draw every frame whole, not only what changed (for a display driver that shows partial "
                 "frames wrongly; costs CPU without a GPU)")
        ->excludes(script_option);
    // For tests/bench only, so not in --help: the live kiosk exits once its first frame is on
    // the screen, to time exec to the first frame a patient sees.
    cli.add_flag("--bench-first-frame", options.bench_first_frame)->group("")->excludes(script_option);
    cli.set_version_flag("--version", std::string(HAVEN_VERSION));

    std::string check_folder;
    CLI::App* check = cli.add_subcommand("check", "Check a content folder and report every problem, then exit "
                                                  "(0: no errors, 1: errors)");
    check->add_option("DIR", check_folder, "The content folder to check")->required();
    const haven::app::Command commands[] = {
        haven::app::add_keygen_command(cli),   haven::app::add_pack_command(cli),    haven::app::add_import_command(cli),
        haven::app::add_rollback_command(cli), haven::app::add_history_command(cli), haven::app::add_handout_command(cli), haven::app::add_pin_command(cli),
        haven::app::add_new_command(cli),
    };

    try {
        cli.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return cli.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return cli.exit(e);
    } catch (const CLI::ParseError& e) {
        cli.exit(e);
        return haven::app::kExitUsage;
    }

    // Set before any thread starts or library is loaded; an explicit setting wins.
    // A kiosk writes nothing while patients use it: Mesa would otherwise keep a shader cache
    // in the home folder.
    setenv("MESA_SHADER_CACHE_DISABLE", "true", 0);
    // SDL connects to the D-Bus session bus when its sound starts. With no session bus but an
    // X display, libdbus then forks to launch one (dbus-launch), from a process whose other
    // threads may hold locks the child needs: under AddressSanitizer the child deadlocked and
    // the kiosk never started (1 start in 10 under load). Haven needs no session bus.
    if (const char* bus = std::getenv("DBUS_SESSION_BUS_ADDRESS"); bus == nullptr || *bus == '\0')
        setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 1);

    if (check->parsed()) return haven::app::run_check(check_folder, std::cout);
    for (const auto& command : commands)
        if (command.subcommand->parsed()) return command.run();

    options.store = store;
    options.content = !store.empty()     ? options.store / "current"
                      : content.empty() ? haven::app::bundled_content_folder()
                                        : std::filesystem::path(content);
    if (!windowed.empty()) options.windowed = haven::parse_size(windowed);
    if (!size.empty()) options.size = haven::parse_size(size);
    options.script = script;

    if (!script.empty()) return haven::app::run_scripted(options);
    return haven::app::run_live(options);
}
