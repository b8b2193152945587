// kiosk.toml (the clinic's settings) and breathing.toml (breathing patterns). Both are
// optional: every setting has a default and Haven ships default breathing patterns.

#include "core/content/content_readers.hpp"
#include "core/content/toml_reader.hpp"

#include <array>
#include <string_view>
#include <system_error>

namespace haven::detail {
namespace {

using Need = TableReader::Need;

bool exists(const LoadContext& ctx, const char* name) {
    std::error_code ec;
    return std::filesystem::exists(ctx.folder / name, ec);
}

std::optional<toml::table> parse_file(LoadContext& ctx, const std::string& rel) {
    const auto text = ctx.read_text(rel);
    if (!text) return std::nullopt;
    DiagnosticsSink sink(ctx.diagnostics, rel);
    return parse_toml(*text, sink);
}

void check_choice(TableReader& reader, std::string_view key, const std::optional<std::string>& value,
                  std::initializer_list<const char*> choices) {
    if (!value) return;
    std::string list;
    for (const char* c : choices) {
        if (*value == c) return;
        // Appended piece by piece: GCC 12 -O3 warns falsely (-Wrestrict) about `"'" + c + "'"`.
        if (!list.empty()) list += ", ";
        list += '\'';
        list += c;
        list += '\'';
    }
    reader.sink().error(reader.line_of(key), reader.column_of(key),
                        "'" + std::string(key) + "' is '" + *value + "'; it must be one of " + list);
}

} // namespace

void read_settings(LoadContext& ctx, KioskSettings& settings) {
    if (!exists(ctx, "kiosk.toml")) return;
    const auto table = parse_file(ctx, "kiosk.toml");
    if (!table) return;
    DiagnosticsSink sink(ctx.diagnostics, "kiosk.toml");
    TableReader r(*table, sink, "kiosk.toml",
                  {"clinic_name", "welcome", "idle_timeout_seconds", "idle_timeout_max_seconds", "default_language", "theme", "text_size", "sound",
                   "updates", "staff_pin_hash", "help"});
    if (auto v = r.string("clinic_name")) settings.clinic_name = *v;
    if (auto v = r.string("welcome")) settings.welcome = *v;
    // At least 20 s to answer the "still reading?" prompt comes on top (WCAG 2.2.1).
    if (auto v = r.number("idle_timeout_seconds", 20, 3600)) settings.idle_timeout_seconds = *v;
    // A long card on screen waits longer, for a slow reader, up to this limit.
    const auto longest = r.number("idle_timeout_max_seconds", 20, 3600);
    if (longest) settings.idle_timeout_max_seconds = *longest;
    if (settings.idle_timeout_max_seconds < settings.idle_timeout_seconds) {
        if (longest)
            sink.warning(r.line_of("idle_timeout_max_seconds"), r.column_of("idle_timeout_max_seconds"),
                     "'idle_timeout_max_seconds' is shorter than 'idle_timeout_seconds'; the kiosk uses 'idle_timeout_seconds' for every screen");
        settings.idle_timeout_max_seconds = settings.idle_timeout_seconds;
    }
    if (auto v = r.string("default_language")) {
        if (v->size() < 2 || v->size() > 8) {
            sink.error(r.line_of("default_language"), r.column_of("default_language"),
                       "'default_language' should be a language code such as 'en' or 'cy'");
        } else {
            settings.default_language = *v;
        }
    }
    auto theme = r.string("theme");
    check_choice(r, "theme", theme, {"calm", "contrast"});
    if (theme && (*theme == "calm" || *theme == "contrast")) settings.theme = *theme;
    auto size = r.string("text_size");
    check_choice(r, "text_size", size, {"small", "medium", "large"});
    if (size && (*size == "small" || *size == "medium" || *size == "large")) settings.text_size = *size;
    if (auto v = r.string("staff_pin_hash")) {
        if (v->rfind("$argon2id$", 0) != 0 && v->rfind("$argon2i$", 0) != 0) {
            sink.error(r.line_of("staff_pin_hash"), r.column_of("staff_pin_hash"),
                       "'staff_pin_hash' must be a hash made by `haven pin`, never the PIN itself");
        } else {
            settings.staff_pin_hash = *v;
        }
    }
    if (const toml::table* sound = r.table("sound")) {
        TableReader s(*sound, sink, "[sound]", {"enabled", "default_volume", "max_volume", "headphone_hint", "read_aloud"},
                      static_cast<int>(sound->source().begin.line));
        if (auto v = s.boolean("enabled")) settings.sound.enabled = *v;
        if (auto v = s.number("default_volume", 0, 1)) settings.sound.default_volume = *v;
        if (auto v = s.number("max_volume", 0, 1)) settings.sound.max_volume = *v;
        if (auto v = s.boolean("headphone_hint")) settings.sound.headphone_hint = *v;
        if (auto v = s.boolean("read_aloud")) settings.sound.read_aloud = *v;
        if (settings.sound.default_volume > settings.sound.max_volume) {
            sink.error(s.line_of("default_volume"), s.column_of("default_volume"),
                       "'default_volume' is above 'max_volume'");
            settings.sound.default_volume = settings.sound.max_volume;
        }
    }
    if (const toml::table* updates = r.table("updates")) {
        TableReader u(*updates, sink, "[updates]", {"allow_unsigned", "label"}, static_cast<int>(updates->source().begin.line));
        if (auto v = u.boolean("allow_unsigned")) settings.updates.allow_unsigned = *v;
        if (auto v = u.string("label")) settings.updates.label = *v;
        if (settings.updates.allow_unsigned && settings.staff_pin_hash.empty())
            sink.warning(u.line_of("allow_unsigned"), u.column_of("allow_unsigned"),
                         "'allow_unsigned' is true but there is no 'staff_pin_hash': nobody could approve unsigned "
                         "content, so the kiosk will refuse it");
    }
    settings.help = read_help_links(r);
}

void read_breathing(LoadContext& ctx, std::vector<BreathingPattern>& patterns, std::string& ambient,
                    std::array<std::string, 3>& voice) {
    patterns = default_breathing_patterns();
    if (!exists(ctx, "breathing.toml")) return;
    const auto table = parse_file(ctx, "breathing.toml");
    if (!table) return;
    DiagnosticsSink sink(ctx.diagnostics, "breathing.toml");
    TableReader r(*table, sink, "breathing.toml", {"pattern", "ambient", "voice"});
    if (auto track = r.string("ambient")) {
        // A background track for the exercise (OGG, MP3, FLAC or WAV), played softly in a loop.
        if (auto asset = check_asset(ctx.folder, *track, AssetKind::Audio, sink, r.line_of("ambient"), r.column_of("ambient")))
            ambient = asset->path.string();
    }
    if (const toml::table* prompts = r.table("voice")) {
        // Recorded prompts for the voice guide, in Content::breathing_voice's order; any left
        // out are spoken by synthesis. `haven check` also decodes them and caps their length.
        constexpr std::array<std::string_view, 3> kPrompts = {"breathe_in", "hold", "breathe_out"};
        TableReader v(*prompts, sink, "[voice]", {kPrompts.begin(), kPrompts.end()}, static_cast<int>(prompts->source().begin.line));
        for (size_t i = 0; i < kPrompts.size(); ++i) {
            const std::string_view key = kPrompts[i];
            if (auto recording = v.string(key))
                if (auto asset = check_asset(ctx.folder, *recording, AssetKind::Audio, sink, v.line_of(key), v.column_of(key)))
                    voice[i] = asset->path.string();
        }
    }
    std::vector<BreathingPattern> read;
    for (const toml::table* t : r.tables("pattern")) {
        const int line = static_cast<int>(t->source().begin.line);
        TableReader p(*t, sink, "[[pattern]]", {"name", "inhale", "hold_in", "exhale", "hold_out", "default_minutes", "description"},
                      line);
        BreathingPattern pattern;
        auto name = p.string("name", Need::Required);
        auto inhale = p.number("inhale", 1, 20, Need::Required);
        auto exhale = p.number("exhale", 1, 20, Need::Required);
        auto hold_in = p.number("hold_in", 0, 20);
        auto hold_out = p.number("hold_out", 0, 20);
        auto minutes = p.integer("default_minutes", 1, 30);
        if (!name || !inhale || !exhale) continue;
        pattern.name = *name;
        pattern.inhale = *inhale;
        pattern.exhale = *exhale;
        pattern.hold_in = hold_in.value_or(0);
        pattern.hold_out = hold_out.value_or(0);
        pattern.default_minutes = static_cast<int>(minutes.value_or(3));
        pattern.description = p.string("description").value_or("");
        read.push_back(pattern);
    }
    if (read.empty()) {
        sink.error(1, 0, "no [[pattern]] entries: add at least one, or delete the file to use Haven's own patterns");
        return;
    }
    patterns = std::move(read);
}

} // namespace haven::detail
