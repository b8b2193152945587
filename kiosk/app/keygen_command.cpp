// `haven keygen --out NAME`: a minisign key pair for signing content packs. NAME.pub goes
// on every kiosk; NAME.key stays with the staff who make packs.

#include "commands.hpp"
#include "options.hpp"
#include "update/minisign.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

namespace haven::app {
namespace {

namespace fs = std::filesystem;

struct KeygenRequest {
    std::string name;
    bool force = false;
};

// Writes `text` to a new file with `mode`, flushed to the disk before returning (the key may
// be on a stick that is pulled right after). Refuses to replace a file unless `replace`.
// Returns an error message, empty on success.
std::string write_new_file(const fs::path& path, const std::string& text, mode_t mode, bool replace) {
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (replace ? O_TRUNC : O_EXCL);
    const int fd = ::open(path.c_str(), flags, mode);
    if (fd < 0) return "cannot write " + path.string() + ": " + std::strerror(errno);
    std::string error;
    // An existing file keeps its old mode when truncated: a secret key must end up 0600.
    if (::fchmod(fd, mode) != 0) error = std::strerror(errno);
    for (size_t done = 0; error.empty() && done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) error = std::strerror(errno);
        else done += static_cast<size_t>(n);
    }
    if (error.empty() && ::fsync(fd) != 0) error = std::strerror(errno);
    if (::close(fd) != 0 && error.empty()) error = std::strerror(errno);
    return error.empty() ? std::string() : "cannot write " + path.string() + ": " + error;
}

int run_keygen(const KeygenRequest& request) {
    const fs::path public_file = request.name + ".pub";
    const fs::path secret_file = request.name + ".key";
    if (!request.force) {
        for (const fs::path& file : {public_file, secret_file}) {
            std::error_code ec;
            if (fs::exists(fs::symlink_status(file, ec))) {
                std::cerr << "haven keygen: " << file.string()
                          << " already exists; nothing was written. Packs signed with it would no longer be "
                             "accepted by kiosks if it were replaced: choose another name, or add --force.\n";
                return kExitRefused;
            }
        }
    }
    update::KeyPair pair = update::generate_key_pair();
    std::string secret_text = update::format_secret_key(pair.secret_key);
    std::string error = write_new_file(secret_file, secret_text, 0600, request.force);
    if (error.empty()) {
        error = write_new_file(public_file, update::format_public_key(pair.public_key), 0644, request.force);
        if (!error.empty()) {
            std::error_code ignored;
            fs::remove(secret_file, ignored);  // half a key pair is of no use
        }
    }
    std::fill(secret_text.begin(), secret_text.end(), '\0');
    std::fill(pair.secret_key.key.begin(), pair.secret_key.key.end(), std::uint8_t{0});
    if (!error.empty()) {
        std::cerr << "haven keygen: " << error << '\n';
        return kExitFailed;
    }
    std::cout << "Made key " << update::key_id_text(pair.public_key.id) << ":\n"
              << "  " << public_file.string() << ": the public key. Copy it into /etc/haven/trusted-keys/ on each kiosk.\n"
              << "  " << secret_file.string() << ": the secret key, not password-protected. Keep it private: on the staff\n"
              << "    laptop or a stick kept locked away, never on a kiosk.\n"
              << "Sign a pack with: haven pack DIR --key " << secret_file.string() << " --out DEST\n";
    return kExitOk;
}

} // namespace

Command add_keygen_command(CLI::App& cli) {
    auto request = std::make_shared<KeygenRequest>();
    Command command;
    command.subcommand = cli.add_subcommand(
        "keygen", "Make a key pair for signing content packs: NAME.pub (for the kiosks) and NAME.key (kept private)");
    command.subcommand->add_option("--out", request->name, "Where to write the keys: NAME.pub and NAME.key")
        ->required()
        ->type_name("NAME");
    command.subcommand->add_flag("--force", request->force,
                                 "Replace existing NAME.pub and NAME.key (packs signed with the old key stop being accepted)");
    command.subcommand->footer("Exit codes: 0 done, 1 refused (a key file already exists), 2 bad command line,\n"
                               "            4 the files could not be written.\n"
                               "The keys are in minisign's format: `minisign -V -p NAME.pub` checks what they sign.");
    command.run = [request] { return run_keygen(*request); };
    return command;
}

} // namespace haven::app
