#pragma once
// A temporary folder of a test's (or benchmark's) own, removed when it goes out of scope.
// Shared by every test directory; no test framework here, so benchmarks can use it too.

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace haven_test::support {

namespace fs = std::filesystem;

class TempFolder {
public:
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "haven-test-XXXXXX").string();
        if (!mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a temporary folder in " + fs::temp_directory_path().string());
        path_ = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        // A test may have taken permissions away; give them back so removal works.
        fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
        for (auto it = fs::recursive_directory_iterator(path_, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            if (!it->is_symlink(ec)) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
        }
        fs::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const fs::path& path() const { return path_; }

    // Writes `text` to `relative` (its folders made as needed); throws when it cannot.
    void write(const std::string& relative, std::string_view text) const {
        const fs::path file = path_ / fs::path(relative);
        fs::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) throw std::runtime_error("cannot write " + file.string());
    }
    void make_folder(const std::string& relative) const { fs::create_directories(path_ / fs::path(relative)); }

private:
    fs::path path_;
};

} // namespace haven_test::support
