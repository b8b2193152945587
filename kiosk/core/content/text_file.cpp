#include "core/content/text_file.hpp"

#include <fstream>
#include <system_error>

namespace haven {

TextFile read_file_bytes(const std::filesystem::path& path, std::size_t max_bytes) {
    TextFile out;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        out.error = "cannot read: " + ec.message();
        return out;
    }
    if (size > max_bytes) {
        out.error = "file is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(max_bytes);
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = "cannot open for reading";
        return out;
    }
    out.text.resize(static_cast<std::size_t>(size));
    in.read(out.text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::size_t>(in.gcount()) != size) {
        out.error = "read was cut short (was the stick pulled?)";
        out.text.clear();
        return out;
    }
    return out;
}

TextFile read_text_file(const std::filesystem::path& path, std::size_t max_bytes) {
    TextFile out = read_file_bytes(path, max_bytes);
    if (out.text.rfind("\xEF\xBB\xBF", 0) == 0) {
        out.text.erase(0, 3);
        out.skipped = 3;
    }
    return out;
}

} // namespace haven
