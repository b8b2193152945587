#include "core/content/toml_reader.hpp"

#include <algorithm>
#include <cmath>

namespace haven {
namespace {

int line_of_node(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
int column_of_node(const toml::node& node) { return static_cast<int>(node.source().begin.column); }

const char* type_name(const toml::node& node) {
    switch (node.type()) {
    case toml::node_type::string: return "text";
    case toml::node_type::integer: return "a whole number";
    case toml::node_type::floating_point: return "a number";
    case toml::node_type::boolean: return "true/false";
    case toml::node_type::table: return "a table";
    case toml::node_type::array: return "a list";
    default: return "a date or time";
    }
}

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                              std::tolower(static_cast<unsigned char>(b[j - 1]));
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

std::optional<toml::table> parse_toml(std::string_view text, DiagnosticsSink& sink) {
    try {
        return toml::parse(text);
    } catch (const toml::parse_error& e) {
        const auto& at = e.source().begin;
        sink.error(static_cast<int>(at.line), static_cast<int>(at.column), "TOML syntax: " + std::string(e.description()));
        return std::nullopt;
    }
}

std::string closest_name(std::string_view name, const std::vector<std::string_view>& known) {
    std::string best;
    size_t best_distance = SIZE_MAX;
    for (const auto candidate : known) {
        const size_t d = edit_distance(name, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    // A typo changes a few letters; anything further is a different word.
    const size_t allowed = std::max<size_t>(1, std::min<size_t>(3, name.size() / 3));
    return best_distance <= allowed ? best : std::string();
}

TableReader::TableReader(const toml::table& table, DiagnosticsSink& sink, std::string what,
                         std::vector<std::string_view> known_fields, int fallback_line)
    : table_(table), sink_(sink), what_(std::move(what)), known_(std::move(known_fields)), fallback_line_(fallback_line) {}

TableReader::~TableReader() {
    for (const auto& [key, node] : table_) {
        const std::string_view name = key.str();
        if (std::find(known_.begin(), known_.end(), name) != known_.end()) continue;
        std::string message = "unknown field '" + std::string(name) + "' in " + what_;
        if (const std::string hint = closest_name(name, known_); !hint.empty()) message += "; did you mean '" + hint + "'?";
        const auto& at = key.source().begin;
        const int line = at.line ? static_cast<int>(at.line) : line_of_node(node);
        sink_.error(line, at.line ? static_cast<int>(at.column) : column_of_node(node), std::move(message));
    }
}

const toml::node* TableReader::find(std::string_view key, Need need) {
    const toml::node* node = table_.get(key);
    if (!node && need == Need::Required) sink_.error(fallback_line_, 0, what_ + " is missing '" + std::string(key) + "'");
    return node;
}

void TableReader::wrong_type(std::string_view key, const toml::node& node, const char* wanted) {
    sink_.error(line_of_node(node), column_of_node(node),
                "'" + std::string(key) + "' should be " + wanted + ", not " + type_name(node));
}

int TableReader::line_of(std::string_view key) const {
    const toml::node* node = table_.get(key);
    return node ? line_of_node(*node) : fallback_line_;
}

int TableReader::column_of(std::string_view key) const {
    const toml::node* node = table_.get(key);
    return node ? column_of_node(*node) : 0;
}

std::optional<std::string> TableReader::string(std::string_view key, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    if (!node->is_string()) {
        wrong_type(key, *node, "text in quotes");
        return std::nullopt;
    }
    std::string value = **node->as_string();
    // Every text a kiosk shows from TOML is a title, a line or a link. A megabyte of it would
    // overflow ImGui's 16-bit vertex indices (an abort) long before anyone could read it.
    const size_t characters = static_cast<size_t>(
        std::count_if(value.begin(), value.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (characters > kMaxTextCharacters) {
        sink_.error(line_of_node(*node), column_of_node(*node),
                    "'" + std::string(key) + "' is " + std::to_string(characters) + " characters long; at most " +
                        std::to_string(kMaxTextCharacters) + " fit on a kiosk screen");
        return std::nullopt;
    }
    if (need == Need::Required && value.find_first_not_of(" \t") == std::string::npos) {
        sink_.error(line_of_node(*node), column_of_node(*node), "'" + std::string(key) + "' is empty");
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, std::int64_t min, std::int64_t max, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    if (!node->is_integer()) {
        wrong_type(key, *node, "a whole number");
        return std::nullopt;
    }
    const std::int64_t value = **node->as_integer();
    if (value < min || value > max) {
        sink_.error(line_of_node(*node), column_of_node(*node),
                    "'" + std::string(key) + "' is " + std::to_string(value) + "; it must be from " +
                        std::to_string(min) + " to " + std::to_string(max));
        return std::nullopt;
    }
    return value;
}

std::optional<double> TableReader::number(std::string_view key, double min, double max, Need need) {
    const toml::node* node = find(key, need);
    if (!node) return std::nullopt;
    double value = 0;
    if (node->is_integer()) {
        value = static_cast<double>(**node->as_integer());
    } else if (node->is_floating_point()) {
        value = **node->as_floating_point();
    } else {
        wrong_type(key, *node, "a number");
        return std::nullopt;
    }
    if (!std::isfinite(value) || value < min || value > max) {
        auto text = [](double v) {
            std::string s = std::to_string(v);
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.') s.pop_back();
            return s;
        };
        sink_.error(line_of_node(*node), column_of_node(*node),
                    "'" + std::string(key) + "' is " + text(value) + "; it must be from " + text(min) + " to " + text(max));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> TableReader::boolean(std::string_view key) {
    const toml::node* node = find(key, Need::Optional);
    if (!node) return std::nullopt;
    if (!node->is_boolean()) {
        wrong_type(key, *node, "true or false");
        return std::nullopt;
    }
    return **node->as_boolean();
}

std::optional<CalendarDate> TableReader::date(std::string_view key) {
    const toml::node* node = find(key, Need::Optional);
    if (!node) return std::nullopt;
    auto not_a_date = [&](const std::string& what) {
        sink_.error(line_of_node(*node), column_of_node(*node),
                    "'" + std::string(key) + "' is " + what + ", not a date: write the day as year-month-day, like 2026-12-01");
        return std::nullopt;
    };
    if (const auto* value = node->as_date()) {
        const toml::date& d = **value;
        const CalendarDate date{d.year, d.month, d.day};
        if (!is_valid_date(date)) return not_a_date(iso_text(date));
        return date;
    }
    if (const auto* text = node->as_string()) {
        if (auto date = parse_iso_date(**text)) return date;
        return not_a_date("\"" + std::string(**text).substr(0, 40) + "\"");
    }
    return not_a_date(type_name(*node));
}

std::vector<std::string> TableReader::strings(std::string_view key) {
    std::vector<std::string> out;
    const toml::node* node = find(key, Need::Optional);
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array) {
        wrong_type(key, *node, "a list of texts in quotes, like [\"first\", \"second\"]");
        return out;
    }
    for (const auto& item : *array) {
        const auto* text = item.as_string();
        if (!text) {
            wrong_type(key, item, "text in quotes");
            continue;
        }
        const std::string& value = **text;
        const size_t characters = static_cast<size_t>(
            std::count_if(value.begin(), value.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
        if (characters > kMaxTextCharacters) {
            sink_.error(line_of_node(item), column_of_node(item),
                        "an entry of '" + std::string(key) + "' is " + std::to_string(characters) +
                            " characters long; at most " + std::to_string(kMaxTextCharacters) + " fit on a kiosk screen");
            continue;
        }
        if (value.find_first_not_of(" \t") != std::string::npos) out.push_back(value);
    }
    return out;
}

std::vector<const toml::table*> TableReader::tables(std::string_view key) {
    std::vector<const toml::table*> out;
    const toml::node* node = find(key, Need::Optional);
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array) {
        wrong_type(key, *node, ("a list of [[" + std::string(key) + "]] tables").c_str());
        return out;
    }
    for (const auto& item : *array) {
        if (const auto* t = item.as_table()) {
            out.push_back(t);
        } else {
            wrong_type(key, item, ("a [[" + std::string(key) + "]] table").c_str());
        }
    }
    return out;
}

const toml::table* TableReader::table(std::string_view key) {
    const toml::node* node = find(key, Need::Optional);
    if (!node) return nullptr;
    if (!node->is_table()) {
        wrong_type(key, *node, ("a [" + std::string(key) + "] table").c_str());
        return nullptr;
    }
    return node->as_table();
}

} // namespace haven
