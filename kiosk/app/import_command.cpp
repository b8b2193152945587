// `haven import SRC`: brings a signed content pack from a stick into the kiosk's store, all or
// nothing (update/import.hpp), printing each step and then the report it also leaves in the
// store and on the stick. `haven rollback [ID]`: lists the kept versions, or shows one again.

#include "commands.hpp"
#include "options.hpp"

#include "core/text/printable_text.hpp"
#include "core/text/time_text.hpp"
#include "update/import.hpp"
#include "update/store.hpp"

#include <iostream>
#include <memory>
#include <string>

namespace haven::app {
namespace {

struct ImportArguments {
    ImportArguments() {
        options.store = update::kDefaultStore;
        options.trusted_keys = update::kDefaultTrustedKeys;
    }
    std::string source;
    update::ImportOptions options;
};

int run_import(const ImportArguments& arguments) {
    update::ImportOptions options = arguments.options;
    options.source = arguments.source;
    const update::ImportResult result =
        update::import_pack(options, [](const std::string& line) { std::cout << line << std::endl; });
    std::cout << '\n' << result.report << std::flush;
    return update::exit_code(result.outcome);
}

struct RollbackArguments {
    std::string id;
    std::string store = update::kDefaultStore;
};

int run_rollback(const RollbackArguments& arguments) {
    if (arguments.id.empty()) {
        for (const update::StoredVersion& v : update::list_versions(arguments.store))
            std::cout << (v.current ? "* " : "  ") << v.id << "  imported " << time_text(v.imported_at, Zone::Local) << "  signed "
                      << time_text(v.signed_at, Zone::Local) << "  " << (v.label.empty() ? "(no label)" : v.label) << '\n';
        return kExitOk;
    }
    if (const std::string problem = update::roll_back(arguments.store, arguments.id); !problem.empty()) {
        std::cerr << "haven: " << printable(problem) << '\n';
        return kExitRefused;
    }
    std::cout << "The kiosk now shows version " << arguments.id << ".\n";
    return kExitOk;
}

}  // namespace

Command add_import_command(CLI::App& cli) {
    auto arguments = std::make_shared<ImportArguments>();
    auto& options = arguments->options;
    Command command;
    command.subcommand = cli.add_subcommand(
        "import", "Import a signed content pack (made by `haven pack`) from a stick into the kiosk's store, all or "
                  "nothing; the kiosk switches to it only once it is copied, verified and checked. A plain content "
                  "folder (haven-content/, or at the stick's top) waits for staff approval instead, if the kiosk "
                  "allows it ([updates] allow_unsigned in its kiosk.toml)");
    auto* import = command.subcommand;
    import
        ->add_option("SRC", arguments->source,
                     "The stick's mount point (holding haven-pack/ or haven-content/), or that folder")
        ->required();
    import->add_option("--store", options.store, "The content store")->capture_default_str();
    import->add_option("--trusted-keys", options.trusted_keys, "Folder of trusted public keys (*.pub)")
        ->capture_default_str();
    import->add_option("--keep", options.keep_previous, "Previous versions kept for rollback")
        ->capture_default_str()
        ->check(CLI::Range(0, 100));
    import->add_flag("--allow-legacy-signatures", options.allow_legacy_signatures,
                     "Also take packs with minisign's legacy signatures (\"Ed\", from `minisign -l` or an old "
                     "minisign); refused by default");
    // Caps, hidden because only the tests lower them (docs/updates.md).
    import->add_option("--max-files", options.max_files)->group("")->check(CLI::PositiveNumber);
    import->add_option("--max-file-bytes", options.max_file_bytes)->group("")->check(CLI::PositiveNumber);
    import->add_option("--max-total-bytes", options.max_total_bytes)->group("")->check(CLI::PositiveNumber);
    import->footer("Only content signed later than the newest the store ever took is imported: an older\n"
                   "stick is refused. To show earlier content again, use the staff view or `haven rollback`.\n"
                   "Exit codes: 0 imported, or already up to date; 1 refused: the pack is unsigned, changed,\n"
                   "signed by an untrusted key, older than the kiosk's content, from a damaged stick, or its\n"
                   "content has errors; 2 bad command line; 4 failed: the disk is full or the stick was pulled;\n"
                   "5 unsigned content checked and waiting for staff approval in the staff view.\n"
                   "After 1, 4 or 5 the kiosk shows what it showed. The report is written to\n"
                   "STORE/last-import-report.txt and beside haven-pack/ (or haven-content/) on the stick.");
    command.run = [arguments] { return run_import(*arguments); };
    return command;
}

Command add_rollback_command(CLI::App& cli) {
    auto arguments = std::make_shared<RollbackArguments>();
    Command command;
    command.subcommand = cli.add_subcommand(
        "rollback", "List the content versions kept in the store, or show one of them again, earlier or later "
                    "(1: no such version, or an import is running). A stick never goes back: this, or the staff "
                    "view, is the way");
    command.subcommand->add_option("ID", arguments->id, "The version to show (as listed without ID)");
    command.subcommand->add_option("--store", arguments->store, "The content store")->capture_default_str();
    command.run = [arguments] { return run_rollback(*arguments); };
    return command;
}

}  // namespace haven::app
