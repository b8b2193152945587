#pragma once
// Card bodies: Markdown parsed with md4c into render-ready blocks (headings, paragraphs,
// bullet and numbered lists, block quotes, bold and italics).
//
// Constructs a kiosk cannot honour are kept as plain text and reported: a link cannot be
// followed from a wall screen (help links belong in [[help]], as QR codes), and images,
// tables, raw HTML and code are not part of a card.

#include "core/content/content_model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace haven {

struct MarkdownResult {
    std::vector<Block> blocks;
    std::vector<std::string> warnings;  // one per kind of unsupported construct
};

MarkdownResult parse_markdown(std::string_view markdown);

// All the text of the blocks, paragraphs separated by blank lines (for word counts, search).
std::string plain_text(const std::vector<Block>& blocks);

} // namespace haven
