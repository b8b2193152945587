// Navigation: the only place actions become screens.

#include "core/content_model.hpp"
#include "core/navigation.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <string>

using haven::Action;
using haven::apply;
using haven::Content;
using haven::Navigation;
using haven::revalidate;
using haven::Screen;

namespace {

Content content_with(std::initializer_list<const char*> ids) {
    Content content;
    int order = 0;
    for (const char* id : ids) {
        haven::Topic topic;
        topic.id = id;
        topic.title = std::string("Title of ") + id;
        topic.order = ++order;
        content.topics.push_back(topic);
    }
    return content;
}

Navigation on_topic(const std::string& id) {
    Navigation nav;
    nav.screen = Screen::Topic;
    nav.topic_id = id;
    return nav;
}

} // namespace

TEST_CASE("a new navigation starts on the home screen") {
    const Navigation nav;
    CHECK(nav.screen == Screen::Home);
    CHECK(nav.topic_id.empty());
}

TEST_CASE("the action factories fill in kind and topic") {
    CHECK(Action::none().kind == Action::Kind::None);
    CHECK(Action::go_home().kind == Action::Kind::GoHome);
    const Action open = Action::open_topic("talking");
    CHECK(open.kind == Action::Kind::OpenTopic);
    CHECK(open.topic_id == "talking");
}

TEST_CASE("Content::find_topic finds a topic by id and returns nullptr for an unknown id") {
    const Content content = content_with({"a", "b"});
    REQUIRE(content.find_topic("b") != nullptr);
    CHECK(content.find_topic("b")->title == "Title of b");
    CHECK(content.find_topic("c") == nullptr);
    CHECK(content.find_topic("") == nullptr);
}

TEST_CASE("opening a known topic shows it") {
    const Content content = content_with({"a", "b"});
    Navigation nav;
    apply(nav, Action::open_topic("b"), content);
    CHECK(nav.screen == Screen::Topic);
    CHECK(nav.topic_id == "b");
}

TEST_CASE("opening another topic from a topic switches to it") {
    const Content content = content_with({"a", "b"});
    Navigation nav = on_topic("a");
    apply(nav, Action::open_topic("b"), content);
    CHECK(nav.screen == Screen::Topic);
    CHECK(nav.topic_id == "b");
}

TEST_CASE("opening a topic the content does not have leads home") {
    const Content content = content_with({"a", "b"});
    Navigation nav = on_topic("a");
    apply(nav, Action::open_topic("gone"), content);
    CHECK(nav.screen == Screen::Home);
    CHECK(nav.topic_id.empty());
}

TEST_CASE("going home leaves the topic and forgets it") {
    const Content content = content_with({"a"});
    Navigation nav = on_topic("a");
    apply(nav, Action::go_home(), content);
    CHECK(nav.screen == Screen::Home);
    CHECK(nav.topic_id.empty());
}

TEST_CASE("Action::none changes nothing") {
    const Content content = content_with({"a", "b"});
    Navigation nav = on_topic("b");
    apply(nav, Action::none(), content);
    CHECK(nav.screen == Screen::Topic);
    CHECK(nav.topic_id == "b");
}

TEST_CASE("revalidate keeps a topic that still exists") {
    Navigation nav = on_topic("b");
    revalidate(nav, content_with({"b", "c"}));
    CHECK(nav.screen == Screen::Topic);
    CHECK(nav.topic_id == "b");
}

TEST_CASE("revalidate sends a topic that disappeared from the content home") {
    Navigation nav = on_topic("a");
    revalidate(nav, content_with({"b", "c"}));
    CHECK(nav.screen == Screen::Home);
    CHECK(nav.topic_id.empty());
}

TEST_CASE("revalidate leaves the home screen alone, even with no content") {
    Navigation nav;
    revalidate(nav, Content{});
    CHECK(nav.screen == Screen::Home);
}
