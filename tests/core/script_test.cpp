// parse_script: the scripted-session language, and its error messages with line numbers.

#include "core/script/script.hpp"

#include <doctest/doctest.h>

#include <string>

using haven::parse_script;
using haven::ParsedScript;
using haven::ScriptCommand;

namespace {

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Parses a script that must hold exactly one valid command.
ScriptCommand only_command(const std::string& source) {
    const ParsedScript parsed = parse_script(source);
    CAPTURE(source);
    for (const auto& e : parsed.errors) FAIL_CHECK("line " << e.line << ": " << e.message);
    REQUIRE(parsed.commands.size() == 1);
    return parsed.commands[0];
}

// Parses a script that must fail on exactly one line; returns that error.
haven::ScriptError only_error(const std::string& source) {
    const ParsedScript parsed = parse_script(source);
    CAPTURE(source);
    CHECK(parsed.commands.empty());
    REQUIRE(parsed.errors.size() == 1);
    return parsed.errors[0];
}

} // namespace

TEST_CASE("an empty script has no commands and no errors") {
    const ParsedScript parsed = parse_script("");
    CHECK(parsed.commands.empty());
    CHECK(parsed.errors.empty());
}

TEST_CASE("wait MS gives a Wait command with its milliseconds and line") {
    const ScriptCommand cmd = only_command("wait 250");
    CHECK(cmd.kind == ScriptCommand::Kind::Wait);
    CHECK(cmd.ms == 250);
    CHECK(cmd.line == 1);

    CHECK(only_command("wait 12.5").ms == doctest::Approx(12.5));
    CHECK(only_command("wait 0").ms == 0);
}

TEST_CASE("tap X Y gives a TapAt at that point") {
    const ScriptCommand cmd = only_command("tap 120 340.5");
    CHECK(cmd.kind == ScriptCommand::Kind::TapAt);
    CHECK(cmd.x1 == 120);
    CHECK(cmd.y1 == doctest::Approx(340.5));
}

TEST_CASE("tap \"Label\" gives a TapLabel with the whole label, spaces included") {
    const ScriptCommand cmd = only_command("tap \"Talking together\"");
    CHECK(cmd.kind == ScriptCommand::Kind::TapLabel);
    CHECK(cmd.text == "Talking together");
}

TEST_CASE("a quoted label that looks like a number is a label, not a coordinate") {
    const ScriptCommand cmd = only_command("tap \"12\"");
    CHECK(cmd.kind == ScriptCommand::Kind::TapLabel);
    CHECK(cmd.text == "12");
}

TEST_CASE("tap with the wrong kind of arguments is an error on its line") {
    SUBCASE("quoted numbers are not coordinates") {
        const auto e = only_error("\ntap \"10\" \"20\"");
        CHECK(e.line == 2);
        CHECK(mentions(e.message, "not a number"));
    }
    SUBCASE("an unquoted label") {
        const auto e = only_error("tap Home");
        CHECK(e.line == 1);
        CHECK(mentions(e.message, "expected: tap X Y"));
    }
    SUBCASE("an empty label") {
        const auto e = only_error("tap \"\"");
        CHECK(e.line == 1);
        CHECK(mentions(e.message, "expected: tap \"Label\""));
    }
    SUBCASE("a label and a number") {
        const auto e = only_error("tap \"Home\" 3");
        CHECK(e.line == 1);
        CHECK(mentions(e.message, "not a number"));
    }
}

TEST_CASE("drag X1 Y1 X2 Y2 MS gives a Drag with both points and the duration") {
    const ScriptCommand cmd = only_command("drag 100 900 100 300 400");
    CHECK(cmd.kind == ScriptCommand::Kind::Drag);
    CHECK(cmd.x1 == 100);
    CHECK(cmd.y1 == 900);
    CHECK(cmd.x2 == 100);
    CHECK(cmd.y2 == 300);
    CHECK(cmd.ms == 400);
}

TEST_CASE("shot takes a file name, quoted or not") {
    const ScriptCommand plain = only_command("shot out/home.png");
    CHECK(plain.kind == ScriptCommand::Kind::Shot);
    CHECK(plain.text == "out/home.png");

    const ScriptCommand quoted = only_command("shot \"my shots/home.png\"");
    CHECK(quoted.kind == ScriptCommand::Kind::Shot);
    CHECK(quoted.text == "my shots/home.png");
}

TEST_CASE("expect takes a quoted text, and an unquoted word is an error") {
    const ScriptCommand cmd = only_command("expect \"Welcome to Haven\"");
    CHECK(cmd.kind == ScriptCommand::Kind::Expect);
    CHECK(cmd.text == "Welcome to Haven");

    const auto e = only_error("expect Welcome");
    CHECK(e.line == 1);
    CHECK(mentions(e.message, "expected: expect \"Text\""));
}

TEST_CASE("an unknown command is reported with its name and line") {
    const ParsedScript parsed = parse_script("wait 1\n\nfly 3\n");
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].line == 3);
    CHECK(mentions(parsed.errors[0].message, "unknown command 'fly'"));
    REQUIRE(parsed.commands.size() == 1);
    CHECK(parsed.commands[0].kind == ScriptCommand::Kind::Wait);
}

TEST_CASE("a quoted command name is not a command") {
    const auto e = only_error("\"wait\" 100");
    CHECK(e.line == 1);
    CHECK(mentions(e.message, "unknown command"));
}

TEST_CASE("a wrong number of arguments is reported for every command") {
    const char* bad[] = {
        "wait",        "wait 1 2",      "tap",        "tap 1",          "tap 1 2 3",
        "drag 1 2 3 4", "drag 1 2 3 4 5 6", "shot",   "shot a.png b.png", "expect",
        "expect \"a\" \"b\"",
    };
    for (const char* line : bad) {
        CAPTURE(std::string(line));
        const auto e = only_error(std::string("# header\n") + line + "\n");
        CHECK(e.line == 2);
        CHECK(mentions(e.message, "expected: "));
    }
}

TEST_CASE("an argument that is not a number is reported, naming the argument") {
    const char* bad[] = {"wait soon", "wait 10ms", "wait inf", "wait nan", "wait 0x10",
                         "tap 10 y",  "drag 1 2 3 4 fast", "wait \"100\""};
    for (const char* line : bad) {
        CAPTURE(std::string(line));
        const auto e = only_error(line);
        CHECK(e.line == 1);
        CHECK(mentions(e.message, "is not a number"));
    }
    CHECK(mentions(only_error("tap 10 y").message, "'y'"));
}

TEST_CASE("a negative number is reported") {
    const char* bad[] = {"wait -5", "tap -1 5", "tap 5 -1", "drag 0 0 10 -10 100", "drag 0 0 10 10 -100"};
    for (const char* line : bad) {
        CAPTURE(std::string(line));
        const auto e = only_error(line);
        CHECK(e.line == 1);
        CHECK(mentions(e.message, "negative"));
    }
}

TEST_CASE("an unterminated quoted string is reported on its line") {
    const ParsedScript parsed = parse_script("wait 10\nexpect \"Welcome\ntap 1 2\n");
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].line == 2);
    CHECK(mentions(parsed.errors[0].message, "unterminated"));
    CHECK(parsed.commands.size() == 2);  // the quote does not run on into the next line
}

TEST_CASE("quoted strings accept the escapes \\\" and \\\\") {
    CHECK(only_command(R"(expect "say \"hi\" now")").text == "say \"hi\" now");
    CHECK(only_command(R"(expect "back\\slash")").text == "back\\slash");
    CHECK(only_command(R"(expect "ends with \\")").text == "ends with \\");
    CHECK(only_command(R"(expect "a\nb")").text == "a\\nb");  // other backslashes stay as they are

    const auto e = only_error(R"(expect "ends with \")");  // the quote is escaped: nothing closes it
    CHECK(mentions(e.message, "unterminated"));
}

TEST_CASE("comments and blank lines are skipped, and still count for line numbers") {
    const ParsedScript parsed = parse_script("# a scripted visit\n\n   \nwait 10 # let it settle\n\t# indented\ntap 1 2\n");
    CHECK(parsed.errors.empty());
    REQUIRE(parsed.commands.size() == 2);
    CHECK(parsed.commands[0].kind == ScriptCommand::Kind::Wait);
    CHECK(parsed.commands[0].ms == 10);
    CHECK(parsed.commands[0].line == 4);
    CHECK(parsed.commands[1].kind == ScriptCommand::Kind::TapAt);
    CHECK(parsed.commands[1].line == 6);
}

TEST_CASE("a # inside quotes is text, not a comment") {
    CHECK(only_command("expect \"Room #3\"").text == "Room #3");
}

TEST_CASE("Windows line endings are accepted and never end up in words or messages") {
    const ParsedScript parsed = parse_script("wait 10\r\ntap \"Home\"\r\nshot out.png\r\n\r\nfly\r\nexpect \"Hi there\"\r\n");
    REQUIRE(parsed.commands.size() == 4);
    CHECK(parsed.commands[0].ms == 10);
    CHECK(parsed.commands[1].text == "Home");
    CHECK(parsed.commands[2].text == "out.png");
    CHECK(parsed.commands[3].text == "Hi there");
    CHECK(parsed.commands[3].line == 6);
    REQUIRE(parsed.errors.size() == 1);
    CHECK(parsed.errors[0].line == 5);
    CHECK(mentions(parsed.errors[0].message, "unknown command 'fly'"));
}

TEST_CASE("tabs and repeated spaces separate words") {
    const ScriptCommand cmd = only_command("\tdrag\t1  2\t 3 4   5  ");
    CHECK(cmd.kind == ScriptCommand::Kind::Drag);
    CHECK(cmd.x1 == 1);
    CHECK(cmd.ms == 5);
}

TEST_CASE("a last line without a newline is parsed") {
    const ParsedScript parsed = parse_script("wait 1\nexpect \"End\"");
    REQUIRE(parsed.commands.size() == 2);
    CHECK(parsed.commands[1].text == "End");
    CHECK(parsed.commands[1].line == 2);
}

TEST_CASE("an error does not stop the following lines from being parsed") {
    const ParsedScript parsed = parse_script("fly\nwait 10\nwait x\ntap 1 2\nexpect oops\nshot end.png\n");
    REQUIRE(parsed.errors.size() == 3);
    CHECK(parsed.errors[0].line == 1);
    CHECK(parsed.errors[1].line == 3);
    CHECK(parsed.errors[2].line == 5);
    REQUIRE(parsed.commands.size() == 3);
    CHECK(parsed.commands[0].line == 2);
    CHECK(parsed.commands[1].line == 4);
    CHECK(parsed.commands[2].line == 6);
}

TEST_CASE("values beyond any screen or sensible duration are refused, so no conversion overflows") {
    const haven::ParsedScript parsed = haven::parse_script("tap 1e39 0\ndrag 0 0 10 10 1e9\nwait 1e20\ntap 100000 5\nwait 259200000\n");
    REQUIRE(parsed.errors.size() == 3);
    CHECK(parsed.errors[0].line == 1);
    CHECK(parsed.errors[0].message.find("too large") != std::string::npos);
    CHECK(parsed.errors[1].line == 2);
    CHECK(parsed.errors[2].line == 3);
    CHECK(parsed.commands.size() == 2);  // the edge of the screen range and 72 hours are fine
}
