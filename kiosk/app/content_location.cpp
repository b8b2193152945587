#include "content_location.hpp"

#include <system_error>

namespace haven::app {
namespace fs = std::filesystem;

fs::path bundled_content_folder() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = exe.parent_path().parent_path() / "share" / "haven" / "content";
        if (fs::is_directory(installed, ec)) return installed;
    }
    return fs::path(HAVEN_SOURCE_CONTENT_DIR);
}

} // namespace haven::app
