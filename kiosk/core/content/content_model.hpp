#pragma once
// The content a kiosk shows, as read from a content folder: settings, topics, cards in every
// language, breathing patterns and decoded images. Plain data, render-ready; the loader
// fills it and nothing else changes it. The format is described in docs/content-format.md.

#include "core/content/calendar_date.hpp"
#include "core/i18n/screen_text.hpp"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace haven {

struct HelpLink {
    std::string label;
    std::string url;  // https://... or tel:...
};

// Markdown, parsed once into what the card view draws.
struct Span {
    std::string text;
    bool strong = false;
    bool emphasis = false;
};

struct Block {
    enum class Kind { Heading, Paragraph, ListItem };
    Kind kind = Kind::Paragraph;
    int heading_level = 0;  // 1..6 for headings
    int depth = 0;          // list nesting: 0 outside lists
    std::string marker;     // "•" or "3." on the first paragraph of a list item, else empty
    bool quote = false;     // inside a block quote
    std::vector<Span> spans;
};

struct SoundSettings {
    bool enabled = false;         // sound on when a patient starts the breathing exercise
    double default_volume = 0.6;  // 0..1
    double max_volume = 0.8;      // 0..1, the most a patient can turn it up to
    bool headphone_hint = false;  // suggest headphones
    // Cards read aloud by the kiosk (Listen) and a spoken breathing guide: for kiosks with
    // headphones or a private corner, so off unless the clinic turns it on.
    bool read_aloud = false;
};

// How content may reach this kiosk. Read from the content the kiosk shows now, never from a
// stick: a stick can never grant itself a way in.
struct UpdateSettings {
    bool allow_unsigned = false;  // a plain content folder on a stick waits for staff approval by PIN
    std::string label;            // what this content is ("December update"), for staff and the history
};

struct KioskSettings {
    std::string clinic_name = "Haven";
    std::string welcome = "Private, practical information. Tap a topic to begin.";
    double idle_timeout_seconds = 60;       // the shortest wait before "Still reading?"
    double idle_timeout_max_seconds = 180;  // the longest, for a screen full of text
    std::string default_language = "en";
    std::string theme = "calm";       // calm | contrast
    std::string text_size = "medium"; // small | medium | large
    SoundSettings sound;
    UpdateSettings updates;
    std::string staff_pin_hash;       // libsodium crypto_pwhash_str() output, empty: no staff view
    std::vector<HelpLink> help;       // clinic-wide further help
};

struct Card {
    std::string file;      // relative to the content folder
    std::string slug;      // file name without language and extension: "talking" for talking.cy.md
    std::string language;  // the language this text is in
    std::string title;
    std::string tile;      // discreet title for tiles; defaults to the title
    std::string topic;     // a Topic::id
    std::string summary;
    std::string image;     // relative path of a PNG/JPEG, or empty
    std::string audio;     // full path of a recording of this card (audio/), or empty: read by synthesis
    std::vector<Block> blocks;  // the body
    int code = 0;          // what nurses tell patients, 1..999
    int order = 0;
    std::vector<HelpLink> help;
    // Information governance: when a reviewer last checked the card, when it is due again
    // (a year later unless given), and what it was checked against.
    std::optional<CalendarDate> reviewed;
    std::optional<CalendarDate> review_due;
    std::vector<std::string> sources;
};

struct Topic {
    std::string id;
    std::string title;
    int order = 0;
    std::string icon;           // relative path of a PNG/JPEG, or empty
    std::vector<size_t> cards;  // indexes into Content::cards, in display order
};

struct BreathingPattern {
    std::string name;
    double inhale = 4, hold_in = 0, exhale = 6, hold_out = 0;  // seconds
    int default_minutes = 3;
    std::string description = {};  // what the rhythm is for, in plain words; may be empty
};

struct DecodedImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

struct Content {
    KioskSettings settings;
    std::vector<Topic> topics;  // in display order
    std::vector<Card> cards;    // default language
    // Translations by language, then by slug. A card missing in a language falls back to
    // the default-language card.
    std::map<std::string, std::map<std::string, Card>> translations;
    // The words Haven draws, translated, by language (i18n/LANG.toml); English is built in.
    std::map<std::string, ScreenTranslations> screen_text;
    std::vector<BreathingPattern> breathing;
    std::string breathing_ambient;  // full path of an optional background track (audio/), or empty
    // Full paths of recorded "breathe in", "hold", "breathe out" prompts for the voice guide
    // (audio/), or empty: synthesized.
    std::array<std::string, 3> breathing_voice;
    std::map<std::string, DecodedImage> images;  // by relative path, decoded off the UI thread
    // Every character the content shows (Basic Multilingual Plane, by code point), gathered
    // off the UI thread so the font atlas gets exactly the glyphs it needs.
    std::vector<bool> characters;

    const Topic* find_topic(const std::string& id) const;
    // The card with this nurse code, or nullptr.
    const Card* find_code(int code) const;
    // The card at `index` in `language`, falling back to the default language.
    const Card& localized(size_t index, const std::string& language) const;
    // The default language first, then every translated language, sorted.
    std::vector<std::string> languages() const;
    // The words Haven draws in `language`, English where it has none.
    ScreenText screen_text_in(const std::string& language) const;
};

// The patterns offered when a content folder has no breathing.toml.
std::vector<BreathingPattern> default_breathing_patterns();

} // namespace haven
