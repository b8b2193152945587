// topics.toml: the topics shown on the home screen, each with an id that cards name.

#include "core/content/content_readers.hpp"
#include "core/content/toml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace haven::detail {

void read_topics(LoadContext& ctx, std::vector<Topic>& topics) {
    std::error_code ec;
    if (!std::filesystem::exists(ctx.folder / "topics.toml", ec)) {
        DiagnosticsSink(ctx.diagnostics, "topics.toml").error(0, 0, "topics.toml is missing: it lists the topics on the home screen");
        return;
    }
    const auto text = ctx.read_text("topics.toml");
    if (!text) return;
    DiagnosticsSink sink(ctx.diagnostics, "topics.toml");
    const auto table = parse_toml(*text, sink);
    if (!table) return;
    TableReader r(*table, sink, "topics.toml", {"topic"});
    std::map<std::string, int> seen;  // id -> line
    for (const toml::table* t : r.tables("topic")) {
        const int line = static_cast<int>(t->source().begin.line);
        TableReader tr(*t, sink, "[[topic]]", {"id", "title", "order", "icon"}, line);
        Topic topic;
        auto id = tr.string("id", TableReader::Need::Required);
        auto title = tr.string("title", TableReader::Need::Required);
        auto order = tr.integer("order", -100000, 100000);
        auto icon = tr.string("icon");
        if (id && !std::all_of(id->begin(), id->end(), [](char c) {
                return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '_';
            })) {
            sink.error(tr.line_of("id"), tr.column_of("id"), "topic id '" + *id + "' may use only a-z, 0-9, - and _");
            id.reset();
        }
        if (id) {
            if (const auto first = seen.find(*id); first != seen.end()) {
                sink.error(tr.line_of("id"), tr.column_of("id"),
                           "topic id '" + *id + "' is already used on line " + std::to_string(first->second));
                id.reset();
            } else {
                seen[*id] = tr.line_of("id");
            }
        }
        if (icon && !ctx.use_image(*icon, sink, tr.line_of("icon"), tr.column_of("icon"))) icon.reset();
        if (!id || !title) continue;
        topic.id = *id;
        topic.title = *title;
        topic.order = static_cast<int>(order.value_or(0));
        topic.icon = icon.value_or("");
        topics.push_back(std::move(topic));
    }
    if (topics.empty()) sink.error(1, 0, "no usable [[topic]] entries: the home screen would be empty");
}

} // namespace haven::detail
