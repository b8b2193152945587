// The live kiosk: an event-driven loop that sleeps in glfwWaitEvents when nothing moves,
// draws a few frames after input, runs at display rate only while something animates, and
// ends cleanly within a second of SIGTERM or SIGINT.

#include "runs.hpp"
#include "ui/session.hpp"

#include "core/content/background_loader.hpp"
#include "content_location.hpp"
#include "import_progress.hpp"
#include "staff_desk.hpp"
#include "platform/breathing_audio.hpp"
#include "platform/file_watcher.hpp"
#include "platform/free_memory.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/glfw_window.hpp"
#include "platform/service_notify.hpp"
#include "platform/steady_clock.hpp"
#include "platform/stop_signals.hpp"
#include "platform/texture_cache.hpp"
#include "ui/drawn_triangles.hpp"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <future>
#include <memory>

namespace haven::app {
namespace {
// Staff copy a folder file by file: wait for the copying to go quiet before reloading.
constexpr Seconds kReloadQuietTime = 0.5;
// Never draw faster than this, even where the driver does not wait for vertical sync.
constexpr Seconds kMinFrameInterval = 1.0 / 60.0;
// A wait at least this long means the screen has settled (nothing moves): the moment to hand
// the heap's free pages back (platform/free_memory), once after each spell of drawing.
constexpr Seconds kSettledWait = 2.0;
} // namespace

int run_live(const Options& options) {
    // First, before any thread exists, so every thread inherits the blocked signals.
    platform::StopSignals stop(platform::Window::wake);

    // The content is read, checked and decoded on a thread of its own while the window and
    // its OpenGL context start (without a GPU, starting llvmpipe is the longest part of
    // start-up): the first frame needs both. It is watched first, so an edit made while
    // starting up is never missed; the watcher wakes the loop only once there is a window.
    std::atomic<bool> content_changed{false};
    std::atomic<bool> window_open{false};
    platform::FileWatcher watcher(options.content, [&content_changed, &window_open] {
        content_changed = true;
        if (window_open) platform::Window::wake();
    });
    if (!watcher.watching())
        std::fprintf(stderr, "haven: %s is not there yet; it will be shown when it appears\n", options.content.c_str());
    std::future<LoadResult> first_load =
        std::async(std::launch::async, [folder = options.content] { return load_content(folder); });
    // Sound too: finding the device and starting eSpeak NG. Not without a display to open:
    // the kiosk then stops at once with one line saying why, which the sound library's own
    // complaints about a missing card must not bury.
    platform::BreathingAudio audio;
    audio.speech().on_progress = [&window_open] {  // the highlight moves on with the voice
        if (window_open) platform::Window::wake();
    };
    std::future<bool> audio_opened;
    if (platform::Window::display_named()) audio_opened = audio.open_in_background(bundled_sounds_folder());

    platform::Window window;
    platform::WindowMode mode;
    if (options.windowed) mode = {platform::WindowMode::Kind::Windowed, *options.windowed};
    if (std::string problem = window.open(mode, "Haven"); !problem.empty()) {
        std::fprintf(stderr, "haven: %s\n", problem.c_str());
        return kExitCannotStart;
    }
    window_open = true;

    ui::FontLibrary fonts;
    ui::Session session(fonts);
    platform::GlRenderer renderer;
    platform::TextureCache textures;
    session.ui().on_fonts_rebuilt([&renderer] { renderer.reload_fonts(); });
    renderer.use_glyph_atlas(session.ui().glyph_atlas());
    // Only what changed is drawn and shown again (core/drawing/frame_damage), where the
    // window keeps its back buffer between frames; whatever changes pixels behind the
    // triangles' back has the next frame drawn whole.
    FrameDamageTracker damage;
    std::vector<DrawnTriangle> triangles;
    const bool partial = !options.full_redraw && window.keeps_back_buffer();
    session.upload_images = [&textures, &damage](const auto& images) {
        damage.invalidate();  // new images may take the old ones' texture names
        return textures.replace(images);
    };
    window.on_pointer = [&session](PointerEvent e) { session.push(e); };
    window.on_refresh = [&session, &damage] {
        damage.invalidate();  // resized, or shown again after being covered
        session.wake();
    };

    if (!audio_opened.valid() || !audio_opened.get()) std::fprintf(stderr, "haven: %s; running silently\n", audio.problem().c_str());
    session.ui().set_sound_available(audio.available());
    session.ui().set_speech_available(audio.speech_available(), audio.speech_problem());
    SpeechProgress heard;

    // Reloads run on the loader's thread; the result is swapped in between two frames.
    BackgroundLoader loader(platform::Window::wake);
    session.apply(first_load.get(), true);

    // A deployed kiosk also follows its store: an import's progress and result, and the
    // staff view's rollbacks.
    StaffDesk staff(options, audio);
    std::atomic<bool> store_changed{true};
    std::unique_ptr<platform::FileWatcher> store_watcher;
    if (!options.store.empty())
        store_watcher = std::make_unique<platform::FileWatcher>(
            options.store,
            [&store_changed] {
                store_changed = true;
                platform::Window::wake();
            },
            platform::FileWatcher::Depth::FolderOnly);
    Seconds banner_until = kForever;  // when the import result's banner goes away

    // Under systemd: started, and alive for as long as the loop keeps turning.
    platform::ServiceNotifier service;
    service.ready();

    platform::SteadyClock clock;
    Seconds reload_at = kForever;
    Seconds last_frame = -kMinFrameInterval;
    bool drawn_since_settled = false;
    while (!stop.requested() && !window.close_requested()) {
        Seconds now = clock.now();
        // The watchdog needs a sign of life even from an idle kiosk: wake for it.
        Seconds wait = std::min({session.wait(now), reload_at - now, banner_until - now, service.next_keep_alive() - now});
        wait = std::max(wait, last_frame + kMinFrameInterval - now);
        if (drawn_since_settled && wait >= kSettledWait) {
            platform::return_free_memory();
            drawn_since_settled = false;
        }
        window.wait_events(wait);
        now = clock.now();
        service.keep_alive(now);

        if (content_changed.exchange(false)) reload_at = now + kReloadQuietTime;
        if (now >= reload_at) {
            reload_at = kForever;
            loader.request(options.content);
        }
        // Not during a staff preview: the new content's images would replace the preview's. It
        // is taken when the preview ends.
        if (!session.ui().previewing())
            if (auto loaded = loader.take()) session.apply(std::move(*loaded), false);
        if (store_watcher && (store_changed.exchange(false) || now >= banner_until)) {
            const std::int64_t unix_now = std::time(nullptr);
            const update::ImportStatus status = update::read_import_status(options.store);
            session.ui().set_update_banner(banner_for(status, unix_now));
            // A shown result needs one more wake-up, to take it away.
            const std::int64_t showing_for = status.finished_at + kImportResultSeconds - unix_now;
            const bool result_shown = status.state != update::ImportStatus::State::Running && status.finished_at > 0 &&
                                      showing_for >= 0;
            banner_until = result_shown ? now + static_cast<Seconds>(showing_for + 1) : kForever;
            session.wake();
        }
        if (const SpeechProgress progress = audio.speech().progress(); !(progress == heard)) {
            heard = progress;
            session.ui().set_speech_progress(heard);
            session.wake();
        }
        if (stop.requested() || session.wait(now) > 0 || now - last_frame < kMinFrameInterval) continue;

        const Size size = window.framebuffer_size();
        session.set_px_per_mm(options.screen_width_mm > 0 ? static_cast<float>(size.width) / options.screen_width_mm
                                                          : window.px_per_mm());
        session.frame(now, size);
        audio.follow(session.ui().sound_plan());  // leaving, hiding or an idle reset stops it here
        audio.speech().follow(session.ui().speech_plan());  // and a card read aloud
        // A rollback or a publish swaps `current`; the watcher sees the swap and reloads, as
        // for an import.
        if (staff.serve(session)) reload_at = now;  // the end of a preview, or a publish
        ImDrawData* frame = session.ui().draw_data();
        const ImU32 background = session.ui().background();  // the screens do not paint it
        if (!partial || frame == nullptr || !ui::drawn_triangles(*frame, background, triangles)) damage.invalidate();
        const FrameDamage change = damage.next(triangles, size);
        if (!partial) {
            renderer.render(frame, size, platform::opaque_rgba(background));
            window.swap_buffers();
        } else if (change.kind != FrameDamage::Kind::None) {
            // The renderer draws whole after a texture changed: show what it drew.
            const Rect* region = change.kind == FrameDamage::Kind::Region ? &change.region : nullptr;
            window.present(renderer.render(frame, size, platform::opaque_rgba(background), region));
        }
        last_frame = now;
        drawn_since_settled = true;
        if (options.bench_first_frame) {
            renderer.finish();  // the swap has reached the screen
            break;
        }
    }
    service.stopping();
    return kExitOk;
}

} // namespace haven::app
