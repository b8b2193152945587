// How fast a card in Arabic, Urdu or Bengali lays out and draws, against an English card of
// the same length, and what the shaped text's caches add to memory.
//
// A patient opens a long English card (about 3,000 characters) by its code, then switches the
// language three times while staying on it: Arabic, Bengali, Urdu. For each language the
// figures are the UI thread's CPU work per frame (ImGui layout and draw lists, shaping,
// FreeType rasterising new glyphs; no GPU): the first frame that shows the card in that
// language (everything is laid out and every glyph rasterised then) and the median of 120
// steady frames after it (what every later frame costs: glyphs looked up, nothing shaped).
// Then the resident memory the three scripts added, and the glyph cache's state.
//
//   bench_text_frames [--quick]   (--quick: a shorter card, for the CTest smoke run)
//
// Targets (issue 17): a steady frame within 1.5x of English's, a first frame under 20 ms, and
// under 30 MiB more resident memory with three scripts in use.

#include "core/i18n/language_names.hpp"
#include "generated_content.hpp"
#include "ui/session.hpp"
#include "ui/virtual_session.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Resident memory of this process, in KiB.
long resident_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
    return 0;
}

std::size_t characters(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// `paragraph` repeated, a blank line apart, to at least `length` characters; each copy is
// numbered, so none is the same text as another (the layout cache would make copies free).
std::string body_of(const std::string& paragraph, std::size_t length) {
    std::string body;
    for (int n = 1; characters(body) < length; ++n) body += paragraph + " " + std::to_string(n) + "\n\n";
    return body;
}

std::string card(const std::string& title, const std::string& body) {
    return "+++\ntitle = \"" + title + "\"\ntopic = \"visit\"\ncode = 5\nsummary = \"" + title + "\"\n+++\n" + body;
}

struct Figures {
    double first_ms = 0;
    double steady_ms = 0;
};

}  // namespace

int main(int argc, char** argv) {
    using namespace haven::bench;
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const std::size_t length = quick ? 600 : 3000;
    TempFolder temp;
    const fs::path folder = temp.path();
    fs::create_directories(folder / "cards");
    write_file(folder / "kiosk.toml", "clinic_name = \"Benchmark Clinic\"\ndefault_language = \"en\"\n");
    write_file(folder / "topics.toml", "[[topic]]\nid = \"visit\"\ntitle = \"Your visit\"\norder = 1\n");
    write_file(folder / "cards/long.md",
               card("Take your time",
                    body_of("Take your time with this card. If you have a question, ask the nursing team; they "
                            "are here to help you, and **nothing** you ask is a bother to them.",
                            length)));
    write_file(folder / "cards/long.ar.md",
               card("\u062e\u0630 \u0648\u0642\u062a\u0643",
                    body_of("\u062e\u0630 \u0648\u0642\u062a\u0643 \u0645\u0639 \u0647\u0630\u0647 "
                            "\u0627\u0644\u0628\u0637\u0627\u0642\u0629. \u0625\u0630\u0627 \u0643\u0627\u0646 "
                            "\u0644\u062f\u064a\u0643 \u0633\u0624\u0627\u0644\u060c \u0641\u0627\u0633\u0623\u0644 "
                            "\u0641\u0631\u064a\u0642 \u0627\u0644\u062a\u0645\u0631\u064a\u0636\u061b \u0641\u0647\u0645 "
                            "\u0647\u0646\u0627 \u0644\u0645\u0633\u0627\u0639\u062f\u062a\u0643 (\u0627\u0644\u0631\u0645\u0632 12).",
                            length)));
    write_file(folder / "cards/long.ur.md",
               card("\u0622\u0631\u0627\u0645 \u0633\u06d2 \u067e\u0691\u06be\u06cc\u06ba",
                    body_of("\u0627\u0633 \u06a9\u0627\u0631\u0688 \u06a9\u0648 \u0622\u0631\u0627\u0645 \u0633\u06d2 "
                            "\u067e\u0691\u06be\u06cc\u06ba\u06d4 \u0627\u06af\u0631 \u0622\u067e \u06a9\u0627 "
                            "\u06a9\u0648\u0626\u06cc \u0633\u0648\u0627\u0644 \u06c1\u0648 \u062a\u0648 \u0646\u0631\u0633\u0646\u06af "
                            "\u0679\u06cc\u0645 \u0633\u06d2 \u067e\u0648\u0686\u06be\u06cc\u06ba\u06d4",
                            length)));
    write_file(folder / "cards/long.bn.md",
               card("\u09a7\u09c0\u09b0\u09c7 \u09aa\u09a1\u09bc\u09c1\u09a8",
                    body_of("\u098f\u0987 \u0995\u09be\u09b0\u09cd\u09a1\u099f\u09bf \u09a7\u09c0\u09b0\u09c7 "
                            "\u09a7\u09c0\u09b0\u09c7 \u09aa\u09a1\u09bc\u09c1\u09a8\u0964 \u0986\u09aa\u09a8\u09be\u09b0 "
                            "\u0995\u09cb\u09a8\u09cb \u09aa\u09cd\u09b0\u09b6\u09cd\u09a8 \u09a5\u09be\u0995\u09b2\u09c7 "
                            "\u09a8\u09be\u09b0\u09cd\u09b8\u09bf\u0982 \u09a6\u09b2\u0995\u09c7 \u099c\u09bf\u099c\u09cd\u099e\u09be\u09b8\u09be "
                            "\u0995\u09b0\u09c1\u09a8\u0964",
                            length)));

    const haven::ui::FontLibrary fonts;
    haven::ui::Session session(fonts);
    session.load(folder, true);
    if (session.ui().content().cards.size() != 1 || session.ui().content().translations.size() != 3) {
        std::fprintf(stderr, "bench_text_frames: the generated content did not load\n");
        return 1;
    }
    // A texture as the renderer would give it, so glyphs are rasterised and drawn as on a kiosk;
    // what each frame adds is taken away after it, as the renderer does when uploading.
    haven::ui::GlyphAtlas& atlas = session.ui().glyph_atlas();
    atlas.set_texture(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(1)));
    const haven::Size screen{1920, 1080};
    haven::ui::VirtualSession patient(session, screen);
    patient.after_frame = [&atlas](haven::Seconds) { atlas.take_uploads(); };
    patient.draw();

    double now = 0;
    auto tap = [&](const std::string& label) {
        patient.advance(0.05);
        const haven::VisibleItem* item = session.ui().visible().find_widget(label);
        if (!item) {
            std::fprintf(stderr, "bench_text_frames: no '%s' on screen\n", label.c_str());
            std::exit(1);
        }
        patient.pointer({haven::PointerEvent::Kind::Move, item->rect.center()});
        patient.pointer({haven::PointerEvent::Kind::Press, item->rect.center()});
        patient.advance(0.05);
        patient.pointer({haven::PointerEvent::Kind::Release, item->rect.center()});
        now = patient.now();
    };
    // The frame that first shows `title`, then steady frames.
    auto measure = [&](const std::string& title) {
        Figures f;
        for (int i = 0; i < 10 && f.first_ms == 0; ++i) {
            const auto t = Clock::now();
            session.frame(now += 1.0 / 60, screen);
            const double ms = ms_since(t);
            atlas.take_uploads();
            if (session.ui().visible().contains(title)) f.first_ms = ms;
        }
        if (f.first_ms == 0) {
            std::fprintf(stderr, "bench_text_frames: '%s' never showed\n", title.c_str());
            std::exit(1);
        }
        std::vector<double> steady;
        for (int i = 0; i < 120; ++i) {
            const auto t = Clock::now();
            session.frame(now += 1.0 / 60, screen);
            steady.push_back(ms_since(t));
        }
        std::sort(steady.begin(), steady.end());
        f.steady_ms = steady[steady.size() / 2];
        return f;
    };

    tap("Enter a code");
    tap("5");
    tap("Go");
    const Figures english = measure("Take your time with this card.");
    const long rss_english = resident_kib();
    struct Row {
        const char* name;
        std::string code;
        std::string shown;
        Figures figures;
    };
    std::vector<Row> rows{{"Arabic", "ar", "\u062e\u0630 \u0648\u0642\u062a\u0643 \u0645\u0639", {}},
                          {"Bengali", "bn", "\u098f\u0987 \u0995\u09be\u09b0\u09cd\u09a1\u099f\u09bf", {}},
                          {"Urdu", "ur", "\u0627\u0633 \u06a9\u0627\u0631\u0688", {}}};
    for (Row& row : rows) {
        tap(haven::language_name(row.code));  // the language button names the next language
        row.figures = measure(row.shown);
    }
    const long rss_scripts = resident_kib();

    std::printf("a card of %zu characters at 1920x1080, UI thread only (no GPU)\n", length);
    std::printf("  %-10s %14s %14s %16s\n", "language", "first frame", "steady frame", "steady vs English");
    std::printf("  %-10s %11.2f ms %11.2f ms %16.2f\n", "English", english.first_ms, english.steady_ms, 1.0);
    for (const Row& row : rows)
        std::printf("  %-10s %11.2f ms %11.2f ms %16.2f\n", row.name, row.figures.first_ms, row.figures.steady_ms,
                    row.figures.steady_ms / english.steady_ms);
    std::printf("  %-44s %8.1f MiB\n", "resident memory added by the three scripts", static_cast<double>(rss_scripts - rss_english) / 1024.0);
    std::printf("  %-44s %8zu (texture %d x %d, %zu emptied)\n", "glyphs in the cache", atlas.glyph_count(), atlas.size(),
                atlas.size(), atlas.evictions());
    std::printf("  %-44s %8zu\n", "paragraphs laid out", session.ui().text_painter().layouts());
    return 0;
}
