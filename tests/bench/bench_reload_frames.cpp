// How long the kiosk's UI frames take while content reloads in the background.
//
// A patient is reading a card (so QR codes and rich text are on screen) while staff copy a
// new version of a 999-card pack. The reload runs on the loader's thread; the UI keeps
// drawing a frame every 16 ms, and the new content is swapped in at a frame boundary. The
// figures are the UI thread's CPU work per frame (ImGui layout and draw lists, no GPU): the
// longest frame during the reload, the swap frame (which also rebuilds the font atlas for
// the new content's characters), and a quiet frame for comparison.
//
//   bench_reload_frames [--quick | --cards N]   (default 999; --quick: 100, for the CTest smoke run)
//
// Nurses' codes stop at 999, so a bigger pack (--cards 10000) has errors and is refused at
// the end, as a real kiosk would: the figures are then the UI's frames while the loader works
// on it, and there is no swap.

#include "core/content/background_loader.hpp"
#include "generated_content.hpp"
#include "ui/session.hpp"
#include "ui/virtual_session.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

} // namespace

int main(int argc, char** argv) {
    using namespace haven::bench;
    int cards = 999;
    if (argc > 1 && std::strcmp(argv[1], "--quick") == 0) cards = 100;
    if (argc > 2 && std::strcmp(argv[1], "--cards") == 0) cards = std::max(1, std::atoi(argv[2]));
    const bool refused = cards > kMaxCode;  // more cards than codes: the new version has errors
    TempFolder temp;
    const fs::path v1 = temp.path() / "v1";
    const fs::path v2 = temp.path() / "v2";
    // The patient reads a valid first version (at most 999 cards); the new one has `cards`.
    write_content(v1, std::min(cards, kMaxCode));
    write_content(v2, cards);
    write_file(v2 / "kiosk.toml", "clinic_name = \"Benchmark Clinic, new version\"\n");

    const haven::ui::FontLibrary fonts;
    haven::ui::Session session(fonts);
    session.load(v1, true);
    if (session.ui().content().cards.size() != static_cast<size_t>(std::min(cards, kMaxCode))) {
        std::fprintf(stderr, "bench_reload_frames: the generated content did not load\n");
        return 1;
    }
    const haven::Size screen{1920, 1080};
    haven::ui::VirtualSession patient(session, screen);
    patient.draw();
    // Open card 5 the way a patient would: the keypad.
    for (const char* label : {"Enter a code", "5", "Go"}) {
        patient.advance(0.05);
        const haven::VisibleItem* item = session.ui().visible().find_widget(label);
        if (!item) {
            std::fprintf(stderr, "bench_reload_frames: no '%s' on screen\n", label);
            return 1;
        }
        patient.pointer({haven::PointerEvent::Kind::Move, item->rect.center()});
        patient.pointer({haven::PointerEvent::Kind::Press, item->rect.center()});
        patient.advance(0.05);
        patient.pointer({haven::PointerEvent::Kind::Release, item->rect.center()});
    }
    patient.advance(0.2);
    if (!session.ui().visible().contains("Code 5")) {
        std::fprintf(stderr, "bench_reload_frames: card 5 did not open\n");
        return 1;
    }

    // Quiet frames first, for comparison.
    double now = patient.now();
    std::vector<double> quiet;
    for (int i = 0; i < 60; ++i) {
        const auto t = Clock::now();
        session.frame(now += 1.0 / 60, screen);
        quiet.push_back(ms_since(t));
    }

    std::atomic<bool> done{false};
    haven::BackgroundLoader loader([&done] { done = true; });
    const auto load_start = Clock::now();
    loader.request(v2);
    std::vector<double> during;
    double swap_ms = 0;
    double load_ms = 0;
    for (;;) {
        const auto frame_start = Clock::now();
        if (auto loaded = loader.take()) {
            load_ms = ms_since(load_start);
            session.apply(std::move(*loaded), false);
            session.frame(now += 1.0 / 60, screen);
            swap_ms = ms_since(frame_start);
            break;
        }
        session.frame(now += 1.0 / 60, screen);
        during.push_back(ms_since(frame_start));
        std::this_thread::sleep_until(frame_start + std::chrono::milliseconds(16));
    }
    const bool swapped = session.ui().content().settings.clinic_name == "Benchmark Clinic, new version";
    if (!session.ui().visible().contains("Code 5") || swapped == refused) {
        std::fprintf(stderr, "bench_reload_frames: the reload did not %s\n",
                     refused ? "keep the previous content" : "keep the patient on card 5");
        return 1;
    }
    std::sort(quiet.begin(), quiet.end());
    std::sort(during.begin(), during.end());
    const auto median = [](const std::vector<double>& v) { return v.empty() ? 0.0 : v[v.size() / 2]; };
    std::printf("reload of %d cards in the background while a card is on screen (1920x1080, UI thread only)%s\n", cards,
                refused ? "; refused: codes stop at 999" : "");
    std::printf("  %-34s %10.1f ms\n", "load on the loader's thread", load_ms);
    std::printf("  %-34s %10zu\n", "frames drawn during the load", during.size());
    std::printf("  %-34s %10.2f ms\n", "quiet frame, median", median(quiet));
    std::printf("  %-34s %10.2f ms\n", "frame during the load, median", median(during));
    std::printf("  %-34s %10.2f ms\n", "frame during the load, longest", during.empty() ? 0.0 : during.back());
    std::printf("  %-34s %10.2f ms\n", refused ? "the frame that kept the old content" : "the swap frame", swap_ms);
    return 0;
}
