#include "pack.hpp"

#include "core/content/front_matter.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

namespace haven::content_check {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::optional<toml::table> parse(std::string_view text, const std::string& name, Pack& pack) {
    try {
        return toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        std::ostringstream message;
        message << name << ":" << e.source().begin.line << ": " << e.description();
        pack.errors.push_back(message.str());
        return std::nullopt;
    }
}

std::string string_field(const toml::table& table, std::string_view key, const std::string& where, Pack& pack,
                         bool required = true) {
    if (const auto value = table[key].value<std::string>()) return *value;
    if (required || table.contains(key)) pack.errors.push_back(where + ": '" + std::string(key) + "' must be a string");
    return {};
}

// The language tag of a card file name: "cy" for "talking.cy.md", "" for "talking.md".
std::string language_tag(const std::string& name) {
    const std::string stem = name.substr(0, name.size() - 3);
    const size_t dot = stem.rfind('.');
    return dot == std::string::npos ? std::string() : stem.substr(dot + 1);
}

void read_topics(const fs::path& folder, Pack& pack) {
    const auto text = read_file(folder / "topics.toml");
    if (!text) {
        pack.errors.push_back("topics.toml: cannot be read");
        return;
    }
    const auto table = parse(*text, "topics.toml", pack);
    if (!table) return;
    const toml::array* topics = (*table)["topic"].as_array();
    if (!topics) {
        pack.errors.push_back("topics.toml: no [[topic]] tables");
        return;
    }
    for (const toml::node& node : *topics) {
        const toml::table* t = node.as_table();
        if (!t) continue;
        TopicEntry topic;
        topic.id = string_field(*t, "id", "topics.toml", pack);
        topic.title = string_field(*t, "title", "topics.toml", pack);
        pack.topics.push_back(std::move(topic));
    }
}

void read_card(const fs::path& path, const std::string& rel, Pack& pack) {
    const auto text = read_file(path);
    if (!text) {
        pack.errors.push_back(rel + ": cannot be read");
        return;
    }
    const FrontMatter split = split_front_matter(*text);
    if (!split.found || !split.closed) {
        pack.errors.push_back(rel + ": no front matter between +++ lines");
        return;
    }
    const auto table = parse(split.toml, rel, pack);
    if (!table) return;

    CardFile card;
    card.file = rel;
    card.title = string_field(*table, "title", rel, pack);
    card.tile = string_field(*table, "tile", rel, pack, false);
    if (card.tile.empty()) card.tile = card.title;
    card.topic = string_field(*table, "topic", rel, pack);
    card.summary = string_field(*table, "summary", rel, pack);
    if (const auto code = (*table)["code"].value<std::int64_t>()) {
        card.code = *code;
    } else {
        pack.errors.push_back(rel + ": 'code' must be a whole number");
    }
    if (const toml::array* help = (*table)["help"].as_array()) {
        for (const toml::node& node : *help) {
            const toml::table* h = node.as_table();
            if (!h) {
                pack.errors.push_back(rel + ": each help link is a [[help]] table");
                continue;
            }
            card.help.push_back({string_field(*h, "label", rel, pack), string_field(*h, "url", rel, pack)});
        }
    }
    auto date_field = [&](const char* key) {
        const auto date = (*table)[key].value<toml::date>();
        if (!date) return std::string();
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", int{date->year}, int{date->month}, int{date->day});
        return std::string(iso);
    };
    card.reviewed = date_field("reviewed");
    card.review_due = date_field("review_due");
    if (const toml::array* sources = (*table)["sources"].as_array()) {
        for (const toml::node& node : *sources) {
            if (const auto source = node.value<std::string>()) card.sources.push_back(*source);
        }
    }
    card.body = std::string(split.body);
    pack.cards.push_back(std::move(card));
}

} // namespace

Pack read_pack(const fs::path& folder) {
    Pack pack;
    read_topics(folder, pack);

    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder / "cards", ec))
        if (entry.is_regular_file() && entry.path().extension() == ".md") files.push_back(entry.path());
    if (ec) pack.errors.push_back("cards: cannot be listed (" + ec.message() + ")");
    std::sort(files.begin(), files.end());

    std::string default_language = "en";
    if (const auto kiosk = read_file(folder / "kiosk.toml")) {
        if (const auto table = parse(*kiosk, "kiosk.toml", pack))
            default_language = (*table)["default_language"].value_or(default_language);
    }
    for (const fs::path& path : files) {
        const std::string name = path.filename().string();
        const std::string rel = "cards/" + name;
        const std::string tag = language_tag(name);
        if (!tag.empty() && tag != default_language) {
            pack.skipped.push_back(rel);
            continue;
        }
        read_card(path, rel, pack);
    }

    if (const auto breathing = read_file(folder / "breathing.toml")) {
        if (const auto table = parse(*breathing, "breathing.toml", pack)) {
            if (const toml::array* patterns = (*table)["pattern"].as_array())
                pack.breathing_patterns = static_cast<std::int64_t>(patterns->size());
        }
    }
    return pack;
}

} // namespace haven::content_check
