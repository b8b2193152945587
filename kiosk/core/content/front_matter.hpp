#pragma once
// Splits a card file into its TOML front matter and Markdown body (Hugo's `+++` convention).
// Accepts Windows line endings, since cards are often written on Windows.

#include <string>
#include <string_view>

namespace haven {

struct FrontMatter {
    bool found = false;      // the file starts with a `+++` line
    bool closed = false;     // a closing `+++` line was found
    std::string_view toml;   // between the delimiters
    int toml_first_line = 2; // file line on which `toml` starts
    std::string_view body;   // after the closing delimiter
    int body_first_line = 0;
};

FrontMatter split_front_matter(std::string_view file);

} // namespace haven
