#pragma once
// Reads a content pack the way the quality checks need it: every card's front matter fields and
// Markdown body, and the topics. Independent of the kiosk's loader, which forgives mistakes a
// clinic might make; here every problem is reported so the bundled pack has none.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace haven::content_check {

struct HelpLink {
    std::string label;
    std::string url;
};

struct CardFile {
    std::string file;      // "cards/talking-first-steps.md"
    std::string title;
    std::string tile;      // what the tile shows: `tile`, or the title when there is none
    std::string topic;
    std::string summary;
    std::int64_t code = 0;
    std::vector<HelpLink> help;
    std::string body;      // Markdown
    std::string reviewed;    // "2026-12-01" when `reviewed` is a TOML date, else empty
    std::string review_due;  // likewise
    std::vector<std::string> sources;
};

struct TopicEntry {
    std::string id;
    std::string title;
};

struct Pack {
    std::vector<TopicEntry> topics;
    std::vector<CardFile> cards;              // in the default language, sorted by file name
    std::vector<std::string> skipped;         // translations (cards/name.xx.md), not checked here
    std::vector<std::string> errors;          // "file: what is wrong"
    std::int64_t breathing_patterns = 0;      // [[pattern]] tables in breathing.toml
};

Pack read_pack(const std::filesystem::path& folder);

} // namespace haven::content_check
