#include "content_loader.hpp"

#include "front_matter.hpp"
#include "text_file.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <optional>
#include <system_error>

namespace haven {
namespace fs = std::filesystem;

namespace {

class Reader {
public:
    explicit Reader(std::vector<Diagnostic>& out) : out_(out) {}

    void error(const std::string& path, int line, int col, std::string message) {
        out_.push_back({Diagnostic::Severity::Error, path, line, col, std::move(message)});
    }

    // Parses TOML text; reports a syntax error with its line (shifted by `first_line - 1`).
    std::optional<toml::table> parse(std::string_view text, const std::string& path, int first_line = 1) {
        try {
            return toml::parse(text, path);
        } catch (const toml::parse_error& e) {
            const auto& at = e.source().begin;
            error(path, static_cast<int>(at.line) + first_line - 1, static_cast<int>(at.column),
                  "TOML syntax: " + std::string(e.description()));
            return std::nullopt;
        }
    }

    std::optional<toml::table> parse_file(const fs::path& folder, const std::string& rel) {
        const TextFile file = read_text_file(folder / rel);
        if (!file.error.empty()) {
            error(rel, 0, 0, file.error);
            return std::nullopt;
        }
        return parse(file.text, rel);
    }

private:
    std::vector<Diagnostic>& out_;
};

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::vector<HelpLink> read_help(const toml::table& table) {
    std::vector<HelpLink> links;
    if (const auto* array = table["help"].as_array()) {
        for (const auto& item : *array) {
            if (const auto* link = item.as_table()) {
                links.push_back({(*link)["label"].value_or(std::string()), (*link)["url"].value_or(std::string())});
            }
        }
    }
    return links;
}

void read_settings(Reader& reader, const fs::path& folder, KioskSettings& settings) {
    std::error_code ec;
    if (!fs::exists(folder / "kiosk.toml", ec)) return;  // every setting has a default
    auto table = reader.parse_file(folder, "kiosk.toml");
    if (!table) return;
    settings.clinic_name = (*table)["clinic_name"].value_or(settings.clinic_name);
    settings.welcome = (*table)["welcome"].value_or(settings.welcome);
    settings.idle_timeout_seconds = (*table)["idle_timeout_seconds"].value_or(settings.idle_timeout_seconds);
    settings.help = read_help(*table);
}

void read_topics(Reader& reader, const fs::path& folder, std::vector<Topic>& topics) {
    auto table = reader.parse_file(folder, "topics.toml");
    if (!table) return;
    const auto* array = (*table)["topic"].as_array();
    if (!array) {
        reader.error("topics.toml", 0, 0, "no [[topic]] entries");
        return;
    }
    for (const auto& node : *array) {
        const auto* t = node.as_table();
        if (!t) continue;
        Topic topic;
        topic.id = (*t)["id"].value_or(std::string());
        topic.title = (*t)["title"].value_or(std::string());
        topic.order = (*t)["order"].value_or(0);
        if (topic.id.empty() || topic.title.empty()) {
            reader.error("topics.toml", line_of(node), 0, "a [[topic]] needs an id and a title");
            continue;
        }
        topics.push_back(std::move(topic));
    }
}

void read_card(Reader& reader, const fs::path& folder, const std::string& rel, std::vector<Card>& cards) {
    const TextFile file = read_text_file(folder / rel);
    if (!file.error.empty()) {
        reader.error(rel, 0, 0, file.error);
        return;
    }
    const FrontMatter fm = split_front_matter(file.text);
    if (!fm.found) {
        reader.error(rel, 1, 1, "a card must start with a `+++` line opening its front matter");
        return;
    }
    if (!fm.closed) {
        reader.error(rel, 1, 1, "front matter is not closed: add a `+++` line after it");
        return;
    }
    auto table = reader.parse(fm.toml, rel, fm.toml_first_line);
    if (!table) return;
    Card card;
    card.file = rel;
    card.title = (*table)["title"].value_or(std::string());
    card.tile = (*table)["tile"].value_or(card.title);
    card.topic = (*table)["topic"].value_or(std::string());
    card.summary = (*table)["summary"].value_or(std::string());
    card.code = (*table)["code"].value_or(0);
    card.order = (*table)["order"].value_or(0);
    card.help = read_help(*table);
    card.body = std::string(fm.body);
    if (card.title.empty()) reader.error(rel, fm.toml_first_line, 1, "missing title");
    if (card.topic.empty()) reader.error(rel, fm.toml_first_line, 1, "missing topic");
    if (card.title.empty() || card.topic.empty()) return;
    cards.push_back(std::move(card));
}

std::vector<std::string> card_files(const fs::path& folder) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder / "cards", ec), end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".md" && it->is_regular_file(ec)) files.push_back("cards/" + it->path().filename().string());
    }
    std::sort(files.begin(), files.end());  // stable order whatever the file system returns
    return files;
}

} // namespace

const Topic* Content::find_topic(const std::string& id) const {
    for (const auto& topic : topics)
        if (topic.id == id) return &topic;
    return nullptr;
}

LoadResult load_content(const fs::path& folder) {
    LoadResult result;
    Reader reader(result.diagnostics);
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        reader.error(".", 0, 0, "content folder " + folder.string() + " does not exist or is not a folder");
        return result;
    }
    Content& content = result.content;
    read_settings(reader, folder, content.settings);
    read_topics(reader, folder, content.topics);
    for (const auto& rel : card_files(folder)) read_card(reader, folder, rel, content.cards);

    std::stable_sort(content.topics.begin(), content.topics.end(),
                     [](const Topic& a, const Topic& b) { return a.order < b.order; });
    std::vector<size_t> order(content.cards.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const Card& x = content.cards[a];
        const Card& y = content.cards[b];
        return x.order != y.order ? x.order < y.order : x.code < y.code;
    });
    for (size_t index : order) {
        const Card& card = content.cards[index];
        auto topic = std::find_if(content.topics.begin(), content.topics.end(),
                                  [&](const Topic& t) { return t.id == card.topic; });
        if (topic == content.topics.end()) {
            reader.error(card.file, 0, 0, "topic \"" + card.topic + "\" is not defined in topics.toml");
            continue;
        }
        topic->cards.push_back(index);
    }
    if (content.topics.empty() && !has_errors(result.diagnostics))
        reader.error(".", 0, 0, "the content folder has no topics");
    return result;
}

} // namespace haven
