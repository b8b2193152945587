// cards/*.md: one card per file, TOML front matter between `+++` lines, Markdown body.

#include "core/content/content_readers.hpp"
#include "core/content/front_matter.hpp"
#include "core/content/markdown.hpp"
#include "core/content/toml_reader.hpp"

namespace haven::detail {

std::optional<CardFile> read_card(LoadContext& ctx, const std::string& rel, const std::string& slug,
                                  const std::string& language) {
    const auto text = ctx.read_text(rel);
    if (!text) return std::nullopt;
    DiagnosticsSink file_sink(ctx.diagnostics, rel);
    const FrontMatter fm = split_front_matter(*text);
    if (!fm.found) {
        file_sink.error(1, 1, "a card must start with a line of three plus signs (+++) opening its front matter");
        return std::nullopt;
    }
    if (!fm.closed) {
        file_sink.error(1, 1, "front matter is not closed: add a +++ line after it");
        return std::nullopt;
    }
    DiagnosticsSink sink = file_sink.with_first_line(fm.toml_first_line);
    const auto table = parse_toml(fm.toml, sink);
    if (!table) return std::nullopt;

    CardFile out;
    Card& card = out.card;
    card.file = rel;
    card.slug = slug;
    card.language = language;
    {
        TableReader r(*table, sink, "the card's front matter",
                      {"title", "tile", "code", "topic", "order", "summary", "image", "audio", "help", "reviewed",
                       "review_due", "sources"});
        auto title = r.string("title", TableReader::Need::Required);
        auto code = r.integer("code", 1, 999);
        auto topic = r.string("topic");
        auto order = r.integer("order", -100000, 100000);
        out.has_code = table->get("code") != nullptr;
        out.has_topic = table->get("topic") != nullptr;
        out.has_order = table->get("order") != nullptr;
        out.code_line = r.line_of("code") + fm.toml_first_line - 1;
        out.topic_line = r.line_of("topic") + fm.toml_first_line - 1;
        out.front_matter_line = fm.toml_first_line;
        card.title = title.value_or("");
        card.tile = r.string("tile").value_or(card.title);
        if (table->get("tile") && card.tile.find_first_not_of(" \t") == std::string::npos) {
            sink.error(r.line_of("tile"), r.column_of("tile"), "'tile' is empty: leave it out to use the title");
            card.tile = card.title;
        }
        if (topic && topic->find_first_not_of(" \t") == std::string::npos) {
            sink.error(r.line_of("topic"), r.column_of("topic"), "'topic' is empty: use an id from topics.toml");
            topic.reset();
        }
        card.summary = r.string("summary").value_or("");
        card.topic = topic.value_or("");
        card.code = static_cast<int>(code.value_or(0));
        card.order = static_cast<int>(order.value_or(0));
        if (auto image = r.string("image")) {
            if (ctx.use_image(*image, sink, r.line_of("image"), r.column_of("image"))) card.image = *image;
        }
        if (auto audio = r.string("audio")) {
            // A recording of the card in this file's language, played instead of synthesis. Only
            // its file is checked here; `haven check` also decodes it (core has no decoder).
            if (auto asset = check_asset(ctx.folder, *audio, AssetKind::Audio, sink, r.line_of("audio"), r.column_of("audio")))
                card.audio = asset->path.string();
        }
        card.help = read_help_links(r);
        card.reviewed = r.date("reviewed");
        card.review_due = r.date("review_due");
        if (card.reviewed && card.review_due && *card.review_due < *card.reviewed) {
            sink.error(r.line_of("review_due"), r.column_of("review_due"),
                       "'review_due' is before 'reviewed': the next review comes after the last one");
        }
        if (card.reviewed && !card.review_due && !table->get("review_due")) card.review_due = one_year_after(*card.reviewed);
        card.sources = r.strings("sources");
    }

    MarkdownResult body = parse_markdown(fm.body);
    DiagnosticsSink body_sink = file_sink.with_first_line(fm.body_first_line);
    for (const auto& warning : body.warnings) body_sink.warning(1, 0, warning);
    if (body.blocks.empty()) body_sink.warning(1, 0, "the card has no text below its front matter");
    card.blocks = std::move(body.blocks);
    return out;  // even without a title, so the checks across files still report its other fields
}

} // namespace haven::detail
