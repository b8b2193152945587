// make_source_shingles [--content] SOURCES_DIR: prints the hash of every 8-word shingle of the
// source articles (SOURCES_DIR/*.txt), or with --content of every run of 5 content stems, one
// per line, sorted and without repeats. This is how source-shingles.txt and
// source-content-runs.txt are made (see make-source-shingles.sh); it uses the same word rules
// and hash as the originality test, so the two cannot drift apart.

#include "text.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace haven::content_check;

int main(int argc, char** argv) {
    const bool content = argc == 3 && std::string(argv[1]) == "--content";
    if (argc != 2 && !content) {
        std::fprintf(stderr, "usage: make_source_shingles [--content] SOURCES_DIR > source-shingles.txt\n");
        return 2;
    }
    const char* sources = argv[argc - 1];
    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(sources, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
    if (ec || files.empty()) {
        std::fprintf(stderr, "make_source_shingles: no .txt source articles in %s\n", sources);
        return 1;
    }
    std::sort(files.begin(), files.end());

    std::set<std::string> hashes;
    for (const fs::path& path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "make_source_shingles: cannot read %s\n", path.c_str());
            return 1;
        }
        std::ostringstream text;
        text << in.rdbuf();
        const std::vector<std::string> words = shingle_words(text.str());
        for (const Shingle& s : content ? content_runs(content_stems(words)) : shingles(words)) hashes.insert(s.hash);
    }
    for (const std::string& hash : hashes) std::cout << hash << '\n';
    return std::cout.good() ? 0 : 1;
}
