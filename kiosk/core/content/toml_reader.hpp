#pragma once
// Reads one TOML table against the fields it may hold, reporting every unknown or mistyped
// field with its position (and a "did you mean" where a known name is close), missing
// required fields, and values out of range. Content is written by hand; mistakes are normal.

#include "core/content/calendar_date.hpp"
#include "core/content/diagnostics_sink.hpp"

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace haven {

// Parses TOML text; a syntax error is reported at its line and column.
std::optional<toml::table> parse_toml(std::string_view text, DiagnosticsSink& sink);

// The known name closest to `name` when it is a likely typo, else empty.
std::string closest_name(std::string_view name, const std::vector<std::string_view>& known);

class TableReader {
public:
    // `what` names the table in messages ("card", "[[topic]]", "[sound]").
    TableReader(const toml::table& table, DiagnosticsSink& sink, std::string what,
                std::vector<std::string_view> known_fields, int fallback_line = 1);
    // Reports the fields that were never asked for.
    ~TableReader();
    TableReader(const TableReader&) = delete;
    TableReader& operator=(const TableReader&) = delete;

    enum class Need { Optional, Required };

    // Text in quotes, at most kMaxTextCharacters characters (longer is an error).
    std::optional<std::string> string(std::string_view key, Need need = Need::Optional);
    static constexpr size_t kMaxTextCharacters = 1000;
    std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max,
                                        Need need = Need::Optional);
    // Accepts integers and floats.
    std::optional<double> number(std::string_view key, double min, double max, Need need = Need::Optional);
    std::optional<bool> boolean(std::string_view key);
    // A day: a TOML date (2026-12-01), or the same in quotes as people using Notepad write it.
    std::optional<CalendarDate> date(std::string_view key);
    // A list of texts (["a", "b"]), each as string() checks it; empty texts are left out.
    std::vector<std::string> strings(std::string_view key);
    // The tables of an array of tables ([[key]]); a wrong shape is reported.
    std::vector<const toml::table*> tables(std::string_view key);
    const toml::table* table(std::string_view key);

    // Where `key` is (its value), or where the table starts when it is absent.
    int line_of(std::string_view key) const;
    int column_of(std::string_view key) const;
    int line() const { return fallback_line_; }
    DiagnosticsSink& sink() { return sink_; }

private:
    const toml::node* find(std::string_view key, Need need);
    void wrong_type(std::string_view key, const toml::node& node, const char* wanted);

    const toml::table& table_;
    DiagnosticsSink& sink_;
    std::string what_;
    std::vector<std::string_view> known_;
    int fallback_line_;
};

} // namespace haven
