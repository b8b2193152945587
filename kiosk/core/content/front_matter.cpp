#include "core/content/front_matter.hpp"

namespace haven {
namespace {

bool is_delimiter(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    return line == "+++";
}

} // namespace

FrontMatter split_front_matter(std::string_view file) {
    FrontMatter out;
    size_t first_end = file.find('\n');
    if (!is_delimiter(file.substr(0, first_end))) {
        out.body = file;
        out.body_first_line = 1;
        return out;
    }
    out.found = true;
    if (first_end == std::string_view::npos) return out;
    const size_t toml_start = first_end + 1;
    size_t pos = toml_start;
    int line = 2;
    while (pos <= file.size()) {
        size_t end = file.find('\n', pos);
        const bool last = end == std::string_view::npos;
        if (last) end = file.size();
        if (is_delimiter(file.substr(pos, end - pos))) {
            out.closed = true;
            out.toml = file.substr(toml_start, pos - toml_start);
            out.body = last ? std::string_view() : file.substr(end + 1);
            out.body_first_line = line + 1;
            return out;
        }
        if (last) break;
        pos = end + 1;
        ++line;
    }
    out.toml = file.substr(toml_start);
    return out;
}

} // namespace haven
