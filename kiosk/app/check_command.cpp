#include "check_command.hpp"

#include "core/content/asset_reference.hpp"
#include "core/content/card_review.hpp"
#include "core/content/content_loader.hpp"
#include "core/text/count_text.hpp"
#include "platform/audio_probe.hpp"
#include "platform/local_date.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <ostream>
#include <system_error>

namespace haven::app {
namespace {

namespace fs = std::filesystem;

// "12.4 s", rounded up: a prompt of 10.04 s must not read as within a 10 s limit.
std::string seconds_text(double seconds) {
    const long tenths = static_cast<long>(std::ceil(seconds * 10 - 1e-9));
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

// "10 min 31 s", rounded up likewise.
std::string minutes_text(double seconds) {
    const long whole = static_cast<long>(std::ceil(seconds - 1e-9));
    return std::to_string(whole / 60) + " min " + std::to_string(whole % 60) + " s";
}

// The loader checked each recording's place, kind and size; only decoding tells whether it
// plays at all and for how long. Each problem is an error on the file that names the
// recording, which the loader kept as a full path: shown again as written, inside the folder.
class RecordingChecks {
public:
    RecordingChecks(const fs::path& folder, std::vector<Diagnostic>& out) : out_(out) {
        std::error_code ec;
        folder_ = fs::weakly_canonical(folder, ec);
        if (ec) folder_ = folder;
    }

    // `most_seconds` 0: decoding only.
    void check(const std::string& full_path, const std::string& named_in, double most_seconds, const char* limit_words) {
        if (full_path.empty()) return;
        const std::string shown = reference(full_path);
        const platform::AudioProbe& probe = probe_once(full_path);
        if (!probe.decoded) {
            error(named_in, "'" + shown + "' cannot be decoded: " + probe.problem);
        } else if (most_seconds > 0 && probe.seconds > most_seconds) {
            const std::string length = most_seconds >= 60 ? minutes_text(probe.seconds) : seconds_text(probe.seconds);
            error(named_in, "'" + shown + "' lasts " + length + "; " + limit_words);
        }
    }

private:
    std::string reference(const std::string& full_path) const {
        const fs::path rel = fs::path(full_path).lexically_relative(folder_);
        return rel.empty() || *rel.begin() == ".." ? full_path : rel.generic_string();
    }
    // A recording named by several cards is decoded once.
    const platform::AudioProbe& probe_once(const std::string& full_path) {
        auto it = probes_.find(full_path);
        if (it == probes_.end()) {
            if (!mixer_) mixer_.emplace();  // opened once for all, and only for a folder with recordings
            it = probes_.emplace(full_path, platform::probe_audio(full_path)).first;
        }
        return it->second;
    }
    void error(const std::string& path, std::string message) {
        out_.push_back({Diagnostic::Severity::Error, path, 0, 0, std::move(message)});
    }

    fs::path folder_;
    std::vector<Diagnostic>& out_;
    std::map<std::string, platform::AudioProbe> probes_;
    std::optional<platform::ProbeMixer> mixer_;
};

void check_recordings(const fs::path& folder, const Content& content, std::vector<Diagnostic>& out) {
    RecordingChecks checks(folder, out);
    const std::string card_limit = "a card's recording may last at most " +
                                   std::to_string(static_cast<int>(kMaxCardRecordingSeconds / 60)) + " minutes";
    const auto card = [&](const Card& c) { checks.check(c.audio, c.file, kMaxCardRecordingSeconds, card_limit.c_str()); };
    for (const Card& c : content.cards) card(c);
    for (const auto& [language, cards] : content.translations)
        for (const auto& [slug, c] : cards) card(c);
    const std::string prompt_limit =
        "a breathing prompt may last at most " + std::to_string(static_cast<int>(kMaxVoicePromptSeconds)) + " s";
    for (const std::string& prompt : content.breathing_voice)
        checks.check(prompt, "breathing.toml", kMaxVoicePromptSeconds, prompt_limit.c_str());
    checks.check(content.breathing_ambient, "breathing.toml", 0, "");  // it loops: any length
}

} // namespace

int run_check(const std::filesystem::path& folder, std::ostream& out) {
    LoadResult result = load_content(folder);
    // Review dates and sources: what a patient-information team checks before a card goes up.
    for (Diagnostic& d : review_warnings(result.content, platform::local_today())) result.diagnostics.push_back(std::move(d));
    check_recordings(folder, result.content, result.diagnostics);
    return report_check(folder, std::move(result), out);
}

int report_check(const std::filesystem::path& folder, LoadResult result, std::ostream& out) {
    auto& diagnostics = result.diagnostics;
    // Grouped by file and in line order, the way staff fix them.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.path != b.path ? a.path < b.path : a.line < b.line;
    });
    size_t errors = 0;
    for (const auto& d : diagnostics) {
        out << format(d) << '\n';
        if (d.severity == Diagnostic::Severity::Error) ++errors;
    }
    const size_t warnings = diagnostics.size() - errors;
    const Content& c = result.content;
    size_t translated = 0;
    for (const auto& [language, cards] : c.translations) translated += cards.size();
    out << folder.string() << ": " << count_text(errors, "error", "errors") << ", " << count_text(warnings, "warning", "warnings")
        << "; " << count_text(c.topics.size(), "topic", "topics") << ", " << count_text(c.cards.size(), "card", "cards");
    if (translated > 0) out << " (+" << count_text(translated, "translation", "translations") << ")";
    out << ", " << count_text(c.images.size(), "image", "images") << '\n';
    return errors == 0 ? 0 : 1;
}

} // namespace haven::app
