#include "core/script/script.hpp"

#include <charconv>
#include <cmath>
#include <optional>

namespace haven {
namespace {

// Splits a command line into words; a word in double quotes may hold spaces.
struct Word {
    std::string text;
    bool quoted = false;
};

bool split_words(std::string_view line, std::vector<Word>& words, std::string& error) {
    size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == ' ' || c == '\t' || c == '\r') { ++i; continue; }
        if (c == '#') break;
        Word word;
        if (c == '"') {
            word.quoted = true;
            ++i;
            bool closed = false;
            while (i < line.size()) {
                const char q = line[i++];
                if (q == '"') { closed = true; break; }
                if (q == '\\' && i < line.size() && (line[i] == '"' || line[i] == '\\')) {
                    word.text += line[i++];
                } else {
                    word.text += q;
                }
            }
            if (!closed) { error = "unterminated quoted string"; return false; }
        } else {
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') word.text += line[i++];
        }
        words.push_back(std::move(word));
    }
    return true;
}

std::optional<double> to_number(const Word& word) {
    if (word.quoted) return std::nullopt;
    double value = 0;
    const char* first = word.text.data();
    const char* last = first + word.text.size();
    const auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || end != last || !std::isfinite(value)) return std::nullopt;
    return value;
}

constexpr double kMaxCoordinate = 100000;
constexpr double kMaxDragMs = 60000;
constexpr double kMaxWaitMs = 365.0 * 24 * 3600 * 1000;

} // namespace

ParsedScript parse_script(std::string_view source) {
    ParsedScript out;
    int line_no = 0;
    size_t start = 0;
    while (start <= source.size()) {
        size_t end = source.find('\n', start);
        if (end == std::string_view::npos) end = source.size();
        const std::string_view line = source.substr(start, end - start);
        start = end + 1;
        ++line_no;

        std::vector<Word> words;
        std::string error;
        auto fail = [&](std::string message) { out.errors.push_back({line_no, std::move(message)}); };
        if (!split_words(line, words, error)) { fail(error); continue; }
        if (words.empty()) continue;

        const std::string verb = words[0].quoted ? std::string() : words[0].text;
        const size_t argc = words.size() - 1;
        ScriptCommand cmd;
        cmd.line = line_no;

        // Limits keep every value meaningful and every conversion defined: coordinates fit any
        // screen, a drag lasts at most a minute, a wait at most a simulated year.
        auto numbers = [&](size_t count, const char* usage) -> std::optional<std::vector<double>> {
            if (argc != count) { fail(std::string("expected: ") + usage); return std::nullopt; }
            std::vector<double> values;
            for (size_t k = 1; k <= count; ++k) {
                auto v = to_number(words[k]);
                if (!v) { fail("'" + words[k].text + "' is not a number; expected: " + usage); return std::nullopt; }
                if (*v < 0) { fail("'" + words[k].text + "' is negative; expected: " + usage); return std::nullopt; }
                const bool is_duration = (verb == "wait") || (verb == "drag" && k == 5) || (verb == "hold" && k == 3);
                const double limit = verb == "wait" ? kMaxWaitMs : is_duration ? kMaxDragMs : kMaxCoordinate;
                if (*v > limit) {
                    fail("'" + words[k].text + "' is too large (at most " + std::to_string(static_cast<long long>(limit)) +
                         "); expected: " + usage);
                    return std::nullopt;
                }
                values.push_back(*v);
            }
            return values;
        };
        auto one_string = [&](const char* usage, bool must_quote) -> bool {
            if (argc != 1 || (must_quote && !words[1].quoted) || words[1].text.empty()) {
                fail(std::string("expected: ") + usage);
                return false;
            }
            cmd.text = words[1].text;
            return true;
        };

        if (verb == "wait") {
            auto v = numbers(1, "wait MS");
            if (!v) continue;
            cmd.kind = ScriptCommand::Kind::Wait;
            cmd.ms = (*v)[0];
        } else if (verb == "tap") {
            if (argc == 1 && words[1].quoted) {
                if (!one_string("tap \"Label\"", true)) continue;
                cmd.kind = ScriptCommand::Kind::TapLabel;
            } else {
                auto v = numbers(2, "tap X Y  or  tap \"Label\"");
                if (!v) continue;
                cmd.kind = ScriptCommand::Kind::TapAt;
                cmd.x1 = static_cast<float>((*v)[0]);
                cmd.y1 = static_cast<float>((*v)[1]);
            }
        } else if (verb == "drag") {
            auto v = numbers(5, "drag X1 Y1 X2 Y2 MS");
            if (!v) continue;
            cmd.kind = ScriptCommand::Kind::Drag;
            cmd.x1 = static_cast<float>((*v)[0]);
            cmd.y1 = static_cast<float>((*v)[1]);
            cmd.x2 = static_cast<float>((*v)[2]);
            cmd.y2 = static_cast<float>((*v)[3]);
            cmd.ms = (*v)[4];
        } else if (verb == "hold") {
            // A long press is a drag that goes nowhere: the finger stays within the slop.
            auto v = numbers(3, "hold X Y MS");
            if (!v) continue;
            cmd.kind = ScriptCommand::Kind::Drag;
            cmd.x1 = cmd.x2 = static_cast<float>((*v)[0]);
            cmd.y1 = cmd.y2 = static_cast<float>((*v)[1]);
            cmd.ms = (*v)[2];
        } else if (verb == "shot") {
            if (!one_string("shot FILE.png", false)) continue;
            cmd.kind = ScriptCommand::Kind::Shot;
        } else if (verb == "expect") {
            if (!one_string("expect \"Text\"", true)) continue;
            cmd.kind = ScriptCommand::Kind::Expect;
        } else {
            fail("unknown command '" + words[0].text + "' (known: wait, tap, drag, hold, shot, expect)");
            continue;
        }
        out.commands.push_back(std::move(cmd));
    }
    return out;
}

} // namespace haven
