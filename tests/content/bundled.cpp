#include "bundled.hpp"

#include <fstream>

namespace haven::content_check {
namespace {

struct ShingleFile {
    ShingleSet hashes;
    int malformed = 0;
};

ShingleFile read_shingle_file(const char* path) {
    ShingleFile f;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const bool hex = line.size() == 16 && line.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (hex) {
            f.hashes.insert(line);
        } else {
            ++f.malformed;
        }
    }
    return f;
}

const ShingleFile& shingle_file() {
    static const ShingleFile file = read_shingle_file(HAVEN_SOURCE_SHINGLES);
    return file;
}

const ShingleFile& content_run_file() {
    static const ShingleFile file = read_shingle_file(HAVEN_SOURCE_CONTENT_RUNS);
    return file;
}

} // namespace

const Pack& bundled_pack() {
    static const Pack pack = read_pack(HAVEN_CONTENT_DIR);
    return pack;
}

const ShingleSet& source_shingles() { return shingle_file().hashes; }

int malformed_shingle_lines() { return shingle_file().malformed; }

const ShingleSet& source_content_runs() { return content_run_file().hashes; }

int malformed_content_run_lines() { return content_run_file().malformed; }

} // namespace haven::content_check
