// `haven pack DIR --key NAME.key --out DEST`: checks a content folder the way `haven check`
// does and, when it has no errors, writes DEST/haven-pack/: a copy of the content, its
// MANIFEST (SHA-256 of every file, hashed as it is copied) and MANIFEST.minisig (the manifest
// signed with NAME.key, with the signing time that orders packs on the kiosk).
//
// The pack is built in a temporary folder beside DEST/haven-pack and renamed into place at
// the end, so a failure half-way (a full or pulled stick) never leaves a half-written pack
// where a kiosk would look for one.

#include "check_command.hpp"
#include "commands.hpp"
#include "options.hpp"

#include "core/content/content_files.hpp"
#include "core/text/printable_text.hpp"
#include "core/content/text_file.hpp"
#include "update/file_io.hpp"
#include "update/folder_walk.hpp"
#include "update/manifest.hpp"
#include "update/minisign.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
#include <vector>

namespace haven::app {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxKeyFileBytes = 64 * 1024;
constexpr off_t kMaxSecretKeyFileBytes = 4096;
// Far more files and folders than any content (a kiosk takes at most 10,000 files).
constexpr std::int64_t kMaxEntries = 100000;
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

// What copy_content() made: the manifest of what it read, and how many bytes that was.
struct CopiedContent {
    update::Manifest manifest;
    std::uintmax_t bytes = 0;
};

// Copies one file, read from `folder` by `name` through a descriptor that open_regular_at()
// checked (never a link, never a device, the very file the walk saw), hashing exactly the
// bytes it copies. Returns the SHA-256 for the manifest.
std::string copy_and_hash(int folder, const std::string& name, const struct stat& seen, const fs::path& to,
                          const std::string& shown, std::uintmax_t& bytes) {
    struct stat info {};
    const update::FileDescriptor source(update::open_regular_at(folder, name.c_str(), &info));
    if (!source.valid()) {
        const int error = -source.get();
        if (error == ELOOP || error == EINVAL || error == ESTALE)
            stop(kExitRefused, shown + " changed while it was packed (it is no longer the plain file it was, "
                                       "perhaps a link now); nothing was written. Pack again.");
        stop(kExitFailed, "cannot read " + shown + ": " + std::strerror(error));
    }
    if (info.st_dev != seen.st_dev || info.st_ino != seen.st_ino)
        stop(kExitRefused, shown + " changed while it was packed; nothing was written. Pack again.");
    update::FileDescriptor copy(::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!copy.valid()) stop(kExitFailed, "cannot write " + to.string() + ": " + std::strerror(errno));
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    std::vector<unsigned char> buffer(64 * 1024);
    for (;;) {
        const ssize_t got = ::read(source.get(), buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) stop(kExitFailed, "cannot read " + shown + ": " + std::strerror(errno));
        if (got == 0) break;
        crypto_hash_sha256_update(&hash, buffer.data(), static_cast<unsigned long long>(got));
        if (const int error = update::write_all(copy.get(), buffer.data(), static_cast<size_t>(got)))
            stop(kExitFailed, "cannot write " + to.string() + ": " + std::strerror(error));
        bytes += static_cast<std::uintmax_t>(got);
    }
    if (::fsync(copy.get()) != 0 || !copy.close())
        stop(kExitFailed, "cannot write " + to.string() + " to the disk: " + std::strerror(errno));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash, digest);
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

// Copies the content folder without the clutter that the loader ignores too (at any depth,
// so a pack never lists it), and without an old MANIFEST and MANIFEST.minisig at its top (a
// folder that was a pack): they are written afresh. Only plain files and folders: a link could
// point anywhere on this computer, the signing key included. The folder is walked and read by
// descriptors (update/folder_walk.hpp), so a file swapped for a link while packing is refused,
// never followed, and the manifest hashes exactly what was copied.
CopiedContent copy_content(const fs::path& from, const fs::path& to, const struct stat& key) {
    const update::FileDescriptor root(::open(from.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.valid()) stop(kExitFailed, "cannot open " + from.string() + ": " + std::strerror(errno));
    CopiedContent copied;
    std::vector<fs::path> folders{to};
    const update::WalkLimits limits{update::kMaxPathParts, update::kMaxPathBytes, kMaxEntries};
    const update::WalkResult walked = update::walk_folder(root.get(), limits, [&](const update::WalkEntry& e) {
        if (is_system_clutter(e.name)) return update::WalkStep::Skip;
        if (e.path == update::kManifestName || e.path == update::kSignatureName) return update::WalkStep::Skip;
        const std::string shown = printable((from / e.path).string());
        const mode_t mode = e.info.st_mode;
        if (S_ISLNK(mode))
            stop(kExitRefused, shown + " is a symbolic link; a pack carries only plain files and folders "
                                       "(put the file itself there)");
        if (!S_ISDIR(mode) && !S_ISREG(mode)) stop(kExitRefused, shown + " is not a plain file (a device, pipe or socket)");
        if (const std::string why = update::manifest_path_problem(e.path); !why.empty())
            stop(kExitRefused, "'" + printable(e.path) + "' cannot go in a pack: " + why);
        const fs::path target = to / e.path;
        if (S_ISDIR(mode)) {
            if (::mkdir(target.c_str(), 0755) != 0)
                stop(kExitFailed, "cannot make " + target.string() + ": " + std::strerror(errno));
            folders.push_back(target);
            return update::WalkStep::Enter;
        }
        // The signing key must never be signed into a pack and copied onto every kiosk: not the
        // key file itself (nor a hard link to it), nor any other secret key in the folder.
        if (e.info.st_dev == key.st_dev && e.info.st_ino == key.st_ino)
            stop(kExitRefused, shown + " is the signing key itself; move it out of the content folder. Nothing was written.");
        const std::string hash = copy_and_hash(e.folder, std::string(e.name), e.info, target, shown, copied.bytes);
        if (e.info.st_size <= kMaxSecretKeyFileBytes) {  // a key file is two short lines
            const TextFile copy = read_file_bytes(target, kMaxSecretKeyFileBytes);
            if (copy.error.empty() && update::is_secret_key_file(copy.text))
                stop(kExitRefused, shown + " is a secret signing key; a key must never go in a pack. Move it out of "
                                           "the content folder. Nothing was written.");
        }
        copied.manifest.entries.push_back({hash, e.path});
        return update::WalkStep::Skip;
    });
    switch (walked.stop) {
    case update::WalkResult::Stop::Done: break;
    case update::WalkResult::Stop::Error:
        stop(kExitFailed, "cannot read " + printable((from / walked.path).string()) + ": " + std::strerror(walked.error));
    case update::WalkResult::Stop::TooMany:
        stop(kExitRefused, from.string() + " holds more than " + std::to_string(kMaxEntries) + " files and folders");
    case update::WalkResult::Stop::TooDeep:
    case update::WalkResult::Stop::TooLong:
        stop(kExitRefused, "'" + printable(walked.path.substr(0, 200)) + "...' cannot go in a pack: it is nested "
                           "more than " + std::to_string(update::kMaxPathParts) + " folders deep or its path is "
                           "longer than " + std::to_string(update::kMaxPathBytes) + " characters");
    }
    // Deepest first, so each folder's entries are on the disk before the folder that names them.
    std::sort(folders.begin(), folders.end(), [](const fs::path& a, const fs::path& b) {
        return std::distance(a.begin(), a.end()) > std::distance(b.begin(), b.end());
    });
    for (const fs::path& folder : folders) flush_to_disk(folder);
    std::sort(copied.manifest.entries.begin(), copied.manifest.entries.end(),
              [](const update::ManifestEntry& a, const update::ManifestEntry& b) { return a.path < b.path; });
    return copied;
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
    struct stat key_file {};
    if (::stat(request.key.c_str(), &key_file) != 0)
        stop(kExitFailed, "cannot read the key " + request.key + ": " + std::strerror(errno));
    const CopiedContent copied = copy_content(content, staging, key_file);
    const update::Manifest& manifest = copied.manifest;
    const std::string manifest_text = update::format_manifest(manifest);
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

    std::cout << "Packed " << manifest.entries.size() << " files (" << copied.bytes << " bytes) into " << target.string()
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
