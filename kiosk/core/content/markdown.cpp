#include "core/content/markdown.hpp"

#include <md4c.h>

#include <set>

// md4c's HTML library exports its table of the 2,125 named HTML entities but installs no
// header for it (md4c 0.4.8, entity.h). Declared here to decode entities exactly as md4c does.
extern "C" {
struct entity {
    const char* name;
    unsigned codepoints[2];
};
const struct entity* entity_lookup(const char* name, size_t name_size);
}

namespace haven {
namespace {

// What md4c's callbacks build up as they walk the document.
struct Builder {
    MarkdownResult result;
    std::set<std::string> warned;
    struct ListState {
        bool ordered = false;
        unsigned next = 1;
    };
    std::vector<ListState> lists;
    int quote_depth = 0;
    int strong = 0;
    int emphasis = 0;
    bool in_leaf = false;         // a block that holds text is open
    std::string pending_marker;   // the marker for the next paragraph of a new list item
    bool skip_text = false;          // inside an image's alt text or raw HTML

    void warn(const std::string& message) {
        if (warned.insert(message).second) result.warnings.push_back(message);
    }

    Block& open_leaf(Block::Kind kind, int level = 0) {
        Block block;
        block.kind = kind;
        block.heading_level = level;
        block.depth = static_cast<int>(lists.size());
        block.quote = quote_depth > 0;
        if (kind != Block::Kind::Heading && !pending_marker.empty()) {
            block.kind = Block::Kind::ListItem;
            block.marker = std::move(pending_marker);
            pending_marker.clear();
        } else if (kind == Block::Kind::Paragraph && !lists.empty()) {
            block.kind = Block::Kind::ListItem;  // a further paragraph of a list item: indented, no marker
        }
        result.blocks.push_back(std::move(block));
        in_leaf = true;
        return result.blocks.back();
    }

    void add_text(std::string_view text) {
        if (skip_text || text.empty()) return;
        if (!in_leaf) open_leaf(Block::Kind::Paragraph);  // text straight inside a tight list item
        auto& spans = result.blocks.back().spans;
        const bool is_strong = strong > 0;
        const bool is_emphasis = emphasis > 0;
        if (!spans.empty() && spans.back().strong == is_strong && spans.back().emphasis == is_emphasis) {
            spans.back().text += text;
        } else {
            spans.push_back({std::string(text), is_strong, is_emphasis});
        }
    }
};

Builder& builder(void* userdata) { return *static_cast<Builder*>(userdata); }

void append_utf8(std::string& out, unsigned long cp) {
    if (cp == 0 || cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;  // ImGui draws the BMP only
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string decode_entity(std::string_view entity) {
    if (entity.size() > 2 && entity[1] != '#') {
        const struct entity* named = entity_lookup(entity.data(), entity.size());
        if (!named) return std::string(entity);
        std::string out;
        for (unsigned cp : named->codepoints)
            if (cp) append_utf8(out, cp);
        return out;
    }
    if (entity.size() > 3 && entity[1] == '#') {
        unsigned long cp = 0;
        try {
            cp = entity[2] == 'x' || entity[2] == 'X'
                     ? std::stoul(std::string(entity.substr(3, entity.size() - 4)), nullptr, 16)
                     : std::stoul(std::string(entity.substr(2, entity.size() - 3)), nullptr, 10);
        } catch (...) {
            return std::string(entity);
        }
        std::string out;
        append_utf8(out, cp);
        return out;
    }
    return std::string(entity);
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
    Builder& b = builder(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE: ++b.quote_depth; break;
    case MD_BLOCK_UL: b.lists.push_back({false, 1}); break;
    case MD_BLOCK_OL: b.lists.push_back({true, static_cast<const MD_BLOCK_OL_DETAIL*>(detail)->start}); break;
    case MD_BLOCK_LI:
        if (!b.lists.empty()) {
            auto& list = b.lists.back();
            b.pending_marker = list.ordered ? std::to_string(list.next++) + "." : "\u2022";
        }
        b.in_leaf = false;
        break;
    case MD_BLOCK_H: b.open_leaf(Block::Kind::Heading, static_cast<int>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level)); break;
    case MD_BLOCK_P: b.open_leaf(Block::Kind::Paragraph); break;
    case MD_BLOCK_CODE:
        b.warn("code blocks are shown as plain text");
        b.open_leaf(Block::Kind::Paragraph);
        break;
    case MD_BLOCK_HTML:
        b.warn("raw HTML is not shown on the kiosk");
        b.skip_text = true;
        break;
    case MD_BLOCK_TABLE: b.warn("tables are not supported; their text is shown as paragraphs"); break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: b.open_leaf(Block::Kind::Paragraph); break;
    case MD_BLOCK_HR:
    case MD_BLOCK_DOC:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    case MD_BLOCK_TR: break;
    }
    return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* userdata) {
    Builder& b = builder(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE: --b.quote_depth; break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL: b.lists.pop_back(); break;
    case MD_BLOCK_HTML: b.skip_text = false; break;
    case MD_BLOCK_LI: b.pending_marker.clear(); b.in_leaf = false; break;
    case MD_BLOCK_H:
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: b.in_leaf = false; break;
    default: break;
    }
    return 0;
}

int enter_span(MD_SPANTYPE type, void*, void* userdata) {
    Builder& b = builder(userdata);
    switch (type) {
    case MD_SPAN_STRONG: ++b.strong; break;
    case MD_SPAN_EM: ++b.emphasis; break;
    case MD_SPAN_A: b.warn("links cannot be followed on the kiosk: put web addresses in [[help]] as QR codes"); break;
    case MD_SPAN_IMG:
        b.warn("images in the body are not shown: use the card's image field");
        b.skip_text = true;
        break;
    default: break;
    }
    return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* userdata) {
    Builder& b = builder(userdata);
    switch (type) {
    case MD_SPAN_STRONG: --b.strong; break;
    case MD_SPAN_EM: --b.emphasis; break;
    case MD_SPAN_IMG: b.skip_text = false; break;
    default: break;
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* userdata) {
    Builder& b = builder(userdata);
    const std::string_view s(data, size);
    switch (type) {
    case MD_TEXT_NULLCHAR: b.add_text("\uFFFD"); break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR: b.add_text(" "); break;
    case MD_TEXT_ENTITY: b.add_text(decode_entity(s)); break;
    case MD_TEXT_HTML: b.warn("raw HTML is not shown on the kiosk"); break;
    default: b.add_text(s); break;
    }
    return 0;
}

} // namespace

MarkdownResult parse_markdown(std::string_view input) {
    // md4c 0.4.8 may read one byte past the end of its input (found by tests/fuzz); a copy
    // guarantees that byte is the terminating NUL, whoever the caller is.
    const std::string markdown(input);
    Builder b;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = enter_block;
    parser.leave_block = leave_block;
    parser.enter_span = enter_span;
    parser.leave_span = leave_span;
    parser.text = text;
    if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &b) != 0) {
        b.result.warnings.push_back("the Markdown could not be read");
    }
    // Drop blocks left without text (an empty list item, an HTML block).
    std::erase_if(b.result.blocks, [](const Block& block) { return block.spans.empty(); });
    return std::move(b.result);
}

std::string plain_text(const std::vector<Block>& blocks) {
    std::string out;
    for (const auto& block : blocks) {
        if (!out.empty()) out += "\n\n";
        for (const auto& span : block.spans) out += span.text;
    }
    return out;
}

} // namespace haven
