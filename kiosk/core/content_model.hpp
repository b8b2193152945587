#pragma once
// The content a kiosk shows, as read from a content folder: settings, topics and cards.
// Plain data, ready for the views; the loader fills it, nothing else changes it.

#include <string>
#include <vector>

namespace haven {

struct HelpLink {
    std::string label;
    std::string url;  // https:// or tel:
};

struct KioskSettings {
    std::string clinic_name = "Haven";
    std::string welcome = "Private, practical information. Tap a topic to begin.";
    double idle_timeout_seconds = 60;
    std::vector<HelpLink> help;
};

struct Card {
    std::string file;     // relative to the content folder
    std::string title;
    std::string tile;     // discreet title for tiles; defaults to the title
    std::string topic;    // a Topic::id
    std::string summary;
    std::string body;     // Markdown
    int code = 0;         // what nurses tell patients, 1..999
    int order = 0;
    std::vector<HelpLink> help;
};

struct Topic {
    std::string id;
    std::string title;
    int order = 0;
    std::vector<size_t> cards;  // indexes into Content::cards, in display order
};

struct Content {
    KioskSettings settings;
    std::vector<Topic> topics;  // in display order
    std::vector<Card> cards;

    const Topic* find_topic(const std::string& id) const;
};

} // namespace haven
