// `haven pack DIR --key NAME.key --out DEST`: checks a content folder the way `haven check`
// does and, when it has no errors, writes DEST/haven-pack/: a copy of the content, its
// MANIFEST (SHA-256 of every file) and MANIFEST.minisig (the manifest signed with NAME.key).
//
// The pack is built in a temporary folder beside DEST/haven-pack and renamed into place at
// the end, so a failure half-way (a full or pulled stick) never leaves a half-written pack
// where a kiosk would look for one.

#include "check_command.hpp"
#include "commands.hpp"
#include "options.hpp"

#include "core/content_files.hpp"
#include "core/text_file.hpp"
#include "update/manifest.hpp"
#include "update/minisign.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <span>
#include <string>
#include <system_error>

namespace haven::app {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxKeyFileBytes = 64 * 1024;
constexpr size_t kMaxLabelBytes = 200;  // shown to staff on the kiosk; one short line

struct PackRequest {
    std::string content;
    std::string key;
    std::string out;
    std::string label;
};

// Ends the pack with an exit code and a message for staff.
struct PackStop {
    int exit_code;
    std::string message;
};

[[noreturn]] void stop(int exit_code, std::string message) { throw PackStop{exit_code, std::move(message)}; }

std::string with_error(const std::string& what, const std::error_code& ec) { return what + ": " + ec.message(); }

// Flushes a file or folder to the disk, so that what is renamed into place is really there.
void flush_to_disk(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) stop(kExitFailed, "cannot open " + path.string() + ": " + std::strerror(errno));
    // Some file systems cannot sync a folder (EINVAL); their data is still written.
    const bool ok = ::fsync(fd) == 0 || errno == EINVAL;
    const int error = errno;
    ::close(fd);
    if (!ok) stop(kExitFailed, "cannot write " + path.string() + " to the disk: " + std::strerror(error));
}

void write_file(const fs::path& path, std::string_view bytes) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) stop(kExitFailed, "cannot write " + path.string() + ": " + std::strerror(errno));
    int error = 0;
    for (size_t done = 0; error == 0 && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) error = errno != 0 ? errno : EIO;
        else done += static_cast<size_t>(n);
    }
    if (error == 0 && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) stop(kExitFailed, "cannot write " + path.string() + ": " + std::strerror(error));
}

// A new, empty, uniquely named folder in `parent` (hidden, so nobody mistakes it for a pack).
fs::path make_temporary_folder(const fs::path& parent, const std::string& purpose) {
    std::string name = (parent / ("." + std::string(update::kPackFolderName) + "." + purpose + "-XXXXXX")).string();
    if (::mkdtemp(name.data()) == nullptr)
        stop(kExitFailed, "cannot make a folder in " + parent.string() + ": " + std::strerror(errno));
    return name;
}

// Removes a temporary folder when the pack stops early.
class FolderCleanup {
public:
    explicit FolderCleanup(fs::path folder) : folder_(std::move(folder)) {}
    FolderCleanup(const FolderCleanup&) = delete;
    FolderCleanup& operator=(const FolderCleanup&) = delete;
    ~FolderCleanup() {
        std::error_code ignored;
        if (!folder_.empty()) fs::remove_all(folder_, ignored);
    }
    void keep() { folder_.clear(); }

private:
    fs::path folder_;
};

// Copies the content folder without the clutter that the loader ignores too, and without
// an old MANIFEST and MANIFEST.minisig at its top (a folder that was a pack): they are
// written afresh. Only plain files and folders: a link could point anywhere on this computer.
void copy_content(const fs::path& from, const fs::path& to, bool top) {
    std::error_code ec;
    fs::directory_iterator it(from, ec);
    if (ec) stop(kExitFailed, with_error("cannot list " + from.string(), ec));
    for (const fs::directory_iterator end; it != end; it.increment(ec)) {
        if (ec) stop(kExitFailed, with_error("cannot list " + from.string(), ec));
        const std::string name = it->path().filename().string();
        if (is_system_clutter(name)) continue;
        if (top && (name == update::kManifestName || name == update::kSignatureName)) continue;
        const fs::file_status status = it->symlink_status(ec);
        if (ec) stop(kExitFailed, with_error("cannot read " + it->path().string(), ec));
        if (fs::is_symlink(status)) {
            stop(kExitRefused, it->path().string() + " is a symbolic link; a pack carries only plain files and folders "
                                                     "(put the file itself there)");
        } else if (fs::is_directory(status)) {
            if (!fs::create_directory(to / name, ec) || ec)
                stop(kExitFailed, with_error("cannot make " + (to / name).string(), ec));
            copy_content(it->path(), to / name, false);
        } else if (fs::is_regular_file(status)) {
            if (!fs::copy_file(it->path(), to / name, ec) || ec)
                stop(kExitFailed, with_error("cannot copy " + it->path().string(), ec));
            flush_to_disk(to / name);
        } else {
            stop(kExitRefused, it->path().string() + " is not a plain file (a device, pipe or socket)");
        }
    }
    if (ec) stop(kExitFailed, with_error("cannot list " + from.string(), ec));
    flush_to_disk(to);
}

// Puts the finished pack at `target`, replacing an older pack there.
void install_pack(const fs::path& staging, const fs::path& target) {
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(target, ec);
    if (!fs::exists(status)) {
        fs::rename(staging, target, ec);
        if (ec) stop(kExitFailed, with_error("cannot move the pack to " + target.string(), ec));
        return;
    }
    if (!fs::is_directory(status) || fs::is_symlink(status))
        stop(kExitFailed, target.string() + " exists and is not a folder; move it away first");
    // The old pack is moved aside (onto an empty folder of a fresh name, which rename
    // replaces) and only deleted once the new one is in place.
    const fs::path old = make_temporary_folder(target.parent_path(), "old");
    FolderCleanup remove_old(old);
    fs::rename(target, old, ec);
    if (ec) stop(kExitFailed, with_error("cannot move the older pack " + target.string() + " aside", ec));
    fs::rename(staging, target, ec);
    if (ec) {
        std::error_code restore;
        fs::rename(old, target, restore);
        if (restore) {
            remove_old.keep();  // the only copy of the older pack now
            stop(kExitFailed, with_error("cannot move the pack to " + target.string(), ec) + "; the older pack is in " +
                                  old.string());
        }
        stop(kExitFailed, with_error("cannot move the pack to " + target.string(), ec));
    }
}

bool is_inside(const fs::path& path, const fs::path& folder) {
    const fs::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

update::SecretKey read_key(const fs::path& file) {
    const TextFile key_file = read_file_bytes(file, kMaxKeyFileBytes);
    if (!key_file.error.empty()) stop(kExitFailed, "cannot read the key " + file.string() + ": " + key_file.error);
    std::string problem;
    const auto key = update::parse_secret_key(key_file.text, problem);
    if (!key) stop(kExitUsage, file.string() + ": " + problem);
    return *key;
}

void check_label(const std::string& label) {
    if (label.size() > kMaxLabelBytes)
        stop(kExitUsage, "the label is too long (at most " + std::to_string(kMaxLabelBytes) + " bytes)");
    for (const unsigned char c : label)
        if (c < 0x20 || c == 0x7F) stop(kExitUsage, "the label must be one line of text, without tabs");
}

int run_pack(const PackRequest& request) {
    check_label(request.label);
    const update::SecretKey key = read_key(request.key);

    std::error_code ec;
    const fs::path content = fs::canonical(request.content, ec);
    if (ec) stop(kExitFailed, with_error("cannot open " + request.content, ec));
    const fs::path out = fs::weakly_canonical(fs::absolute(request.out), ec);
    if (ec) stop(kExitFailed, with_error("cannot use " + request.out, ec));
    const fs::path target = out / update::kPackFolderName;
    if (is_inside(out, content) || is_inside(content, target))
        stop(kExitUsage, "the pack cannot go inside the content folder, nor the content come from the pack it replaces");

    if (run_check(request.content, std::cout) != 0)
        stop(kExitRefused, "refused: " + request.content + " has errors (above); fix them and pack again. Nothing was written.");

    fs::create_directories(out, ec);
    if (ec) stop(kExitFailed, with_error("cannot make " + out.string(), ec));
    const fs::path staging = make_temporary_folder(out, "new");
    FolderCleanup remove_staging(staging);
    copy_content(content, staging, true);

    std::string problem;
    const auto manifest = update::manifest_of_folder(staging, problem);
    if (!manifest) stop(kExitRefused, problem);
    const std::string manifest_text = update::format_manifest(*manifest);
    update::PackComment comment;
    comment.signed_at = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    comment.label = request.label;
    const std::span<const std::uint8_t> manifest_bytes(reinterpret_cast<const std::uint8_t*>(manifest_text.data()),
                                                       manifest_text.size());
    const std::string signature = update::sign(key, manifest_bytes, update::format_pack_comment(comment));
    write_file(staging / update::kManifestName, manifest_text);
    write_file(staging / update::kSignatureName, signature);
    flush_to_disk(staging);

    install_pack(staging, target);
    remove_staging.keep();
    flush_to_disk(out);

    std::uintmax_t bytes = 0;
    for (const auto& entry : manifest->entries) bytes += fs::file_size(target / entry.path, ec);
    std::cout << "Packed " << manifest->entries.size() << " files (" << bytes << " bytes) into " << target.string()
              << ",\nsigned with key " << update::key_id_text(key.id)
              << (request.label.empty() ? std::string() : ", label \"" + request.label + "\"") << ".\n"
              << "Copy the haven-pack folder to the top of a USB stick for the kiosks.\n";
    return kExitOk;
}

} // namespace

Command add_pack_command(CLI::App& cli) {
    auto request = std::make_shared<PackRequest>();
    Command command;
    command.subcommand = cli.add_subcommand(
        "pack", "Check a content folder and, when it has no errors, write a signed content pack DEST/haven-pack "
                "(the content, its MANIFEST and MANIFEST.minisig) for kiosks to import from a USB stick");
    command.subcommand->add_option("DIR", request->content, "The content folder to pack")
        ->required()
        ->check(CLI::ExistingDirectory);
    command.subcommand->add_option("--key", request->key, "The secret key to sign with, from `haven keygen` or `minisign -G -W`")
        ->required()
        ->type_name("NAME.key")
        ->check(CLI::ExistingFile);
    command.subcommand->add_option("--out", request->out,
                                   "Where to put the haven-pack folder (an older one there is replaced), e.g. the USB stick")
        ->required()
        ->type_name("DEST");
    command.subcommand->add_option("--label", request->label,
                                   "A short line staff see when importing, e.g. \"Spring update\" (signed with the pack)")
        ->type_name("TEXT");
    command.subcommand->footer(
        "Exit codes: 0 packed, 1 refused (the content has errors, or holds links or special files),\n"
        "            2 bad command line or unusable key, 4 failed (cannot read or write files).\n"
        "Anyone can check a pack: minisign -V -p NAME.pub -m DEST/haven-pack/MANIFEST,\n"
        "then (cd DEST/haven-pack && sha256sum -c MANIFEST).");
    command.run = [request] {
        try {
            return run_pack(*request);
        } catch (const PackStop& stopped) {
            std::cerr << "haven pack: " << stopped.message << '\n';
            return stopped.exit_code;
        }
    };
    return command;
}

} // namespace haven::app
