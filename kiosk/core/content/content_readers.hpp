#pragma once
// The readers for each file of a content folder, shared by content_loader.cpp. Each reads
// one file, reports every problem it finds and returns what it could read.

#include "core/content/asset_reference.hpp"
#include "core/content/content_model.hpp"
#include "core/content/diagnostic.hpp"
#include "core/content/toml_reader.hpp"
#include "core/i18n/screen_text.hpp"

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace haven::detail {

struct LoadContext {
    std::filesystem::path folder;
    std::vector<Diagnostic>& diagnostics;
    // Images that passed their checks, by relative path, with where they were first named.
    struct PendingImage {
        std::string bytes;
        std::string file;
        int line = 0;
        int column = 0;
    };
    std::map<std::string, PendingImage> images;

    // Reads a content text file: size cap, byte-order mark, valid UTF-8. Reports and
    // returns nullopt on any problem.
    std::optional<std::string> read_text(const std::string& rel);
    // Checks an image reference and queues it for decoding; returns false on a problem.
    bool use_image(const std::string& reference, DiagnosticsSink& sink, int line, int column);
};

void read_settings(LoadContext& ctx, KioskSettings& settings);
void read_topics(LoadContext& ctx, std::vector<Topic>& topics);
// breathing.toml: the patterns, the background track and the voice guide's recorded prompts.
void read_breathing(LoadContext& ctx, std::vector<BreathingPattern>& patterns, std::string& ambient,
                    std::array<std::string, 3>& voice);
// i18n/LANG.toml: the words Haven draws, by language (core/i18n/screen_text.hpp).
void read_screen_text(LoadContext& ctx, std::map<std::string, ScreenTranslations>& out);

// A card file as written, before it is matched with its topic and translations.
struct CardFile {
    Card card;
    bool has_code = false, has_topic = false, has_order = false;
    int code_line = 0, topic_line = 0;  // file lines, for cross-file messages
    int front_matter_line = 2;          // where missing fields are reported
};
std::optional<CardFile> read_card(LoadContext& ctx, const std::string& rel, const std::string& slug,
                                  const std::string& language);

// Reads the [[help]] tables of a file.
std::vector<HelpLink> read_help_links(TableReader& reader);

} // namespace haven::detail
