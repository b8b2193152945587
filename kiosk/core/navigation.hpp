#pragma once
// Where the patient is: which screen, and which topic it shows. Views return Actions; this
// is the only place that turns them into a new screen, so the rules are tested here.

#include "content_model.hpp"

#include <string>

namespace haven {

enum class Screen { Home, Topic };

struct Navigation {
    Screen screen = Screen::Home;
    std::string topic_id;  // when screen == Topic
};

struct Action {
    enum class Kind { None, OpenTopic, GoHome };
    Kind kind = Kind::None;
    std::string topic_id;

    static Action none() { return {}; }
    static Action open_topic(std::string id) { return {Kind::OpenTopic, std::move(id)}; }
    static Action go_home() { return {Kind::GoHome, {}}; }
};

// Applies an action. Actions naming something the content no longer has lead home.
void apply(Navigation& nav, const Action& action, const Content& content);

// Keeps the navigation valid after the content changed (a topic may have gone).
void revalidate(Navigation& nav, const Content& content);

} // namespace haven
