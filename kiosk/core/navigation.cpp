#include "navigation.hpp"

namespace haven {

void apply(Navigation& nav, const Action& action, const Content& content) {
    switch (action.kind) {
    case Action::Kind::None:
        return;
    case Action::Kind::GoHome:
        nav = Navigation{};
        return;
    case Action::Kind::OpenTopic:
        if (content.find_topic(action.topic_id)) {
            nav.screen = Screen::Topic;
            nav.topic_id = action.topic_id;
        } else {
            nav = Navigation{};
        }
        return;
    }
}

void revalidate(Navigation& nav, const Content& content) {
    if (nav.screen == Screen::Topic && !content.find_topic(nav.topic_id)) nav = Navigation{};
}

} // namespace haven
