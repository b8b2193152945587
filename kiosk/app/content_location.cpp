#include "content_location.hpp"

#include <system_error>

namespace haven::app {
namespace fs = std::filesystem;

namespace {

fs::path installed_or(const char* name, const char* source_tree) {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "haven" / name;
        if (fs::is_directory(installed, ec)) return installed;
    }
    return fs::path(source_tree);
}

} // namespace

fs::path bundled_content_folder() { return installed_or("content", HAVEN_SOURCE_CONTENT_DIR); }

fs::path bundled_sounds_folder() { return installed_or("sounds", HAVEN_SOURCE_SOUNDS_DIR); }

} // namespace haven::app
