// A scripted session: the live kiosk's Session on a virtual clock (ui::VirtualSession),
// drawing into an off-screen framebuffer of exactly the scripted size for screenshots.

#include "runs.hpp"

#include "core/script/script_runner.hpp"
#include "core/content/text_file.hpp"
#include "content_location.hpp"
#include "import_progress.hpp"
#include "staff_desk.hpp"
#include "platform/breathing_audio.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/glfw_window.hpp"
#include "platform/png_file.hpp"
#include "platform/texture_cache.hpp"
#include "ui/virtual_session.hpp"

#include <cstdio>
#include <ctime>

namespace haven::app {
namespace {

class RenderedSession final : public ui::VirtualSession {
public:
    RenderedSession(ui::Session& session, platform::GlRenderer& renderer, Size screen)
        : VirtualSession(session, screen), renderer_(renderer) {}

    std::string shot(const std::string& path) override {
        if (session().frames_drawn() == 0) draw();
        return platform::write_png(path, renderer_.render_offscreen(session().ui().draw_data(), screen(), platform::opaque_rgba(session().ui().background())));
    }

private:
    platform::GlRenderer& renderer_;
};

void report(const std::filesystem::path& script, const std::vector<ScriptError>& errors) {
    for (const auto& e : errors) std::fprintf(stderr, "%s:%d: error: %s\n", script.c_str(), e.line, e.message.c_str());
}

} // namespace

int run_scripted(const Options& options) {
    const TextFile source = read_text_file(options.script);
    if (!source.error.empty()) {
        std::fprintf(stderr, "haven: %s: %s\n", options.script.c_str(), source.error.c_str());
        return kExitUsage;
    }
    const ParsedScript script = parse_script(source.text);
    report(options.script, script.errors);
    if (!script.errors.empty()) return kExitScriptFailed;

    platform::Window window;
    if (std::string problem = window.open({platform::WindowMode::Kind::Offscreen, {}}, "Haven (scripted)");
        !problem.empty()) {
        std::fprintf(stderr, "haven: %s\n", problem.c_str());
        return kExitCannotStart;
    }
    ui::FontLibrary fonts;
    ui::Session session(fonts);
    platform::GlRenderer renderer;
    platform::TextureCache textures;
    session.ui().on_fonts_rebuilt([&renderer] { renderer.reload_fonts(); });
    renderer.use_glyph_atlas(session.ui().glyph_atlas());
    session.upload_images = [&textures](const auto& images) { return textures.replace(images); };
    session.load(options.content, true);

    const Size screen = options.size.value_or(Size{1920, 1080});
    if (options.screen_width_mm > 0) session.set_px_per_mm(static_cast<float>(screen.width) / options.screen_width_mm);
    RenderedSession target(session, renderer, screen);

    // Sound in a scripted run follows virtual time, so SDL's disk driver writes exactly what
    // the session would have played (SDL_AUDIODRIVER=disk). Without a device it stays silent.
    platform::BreathingAudio audio;
    audio.pace_with_virtual_clock();
    if (!audio.open(bundled_sounds_folder())) std::fprintf(stderr, "haven: %s; running silently\n", audio.problem().c_str());
    session.ui().set_sound_available(audio.available());
    session.ui().set_speech_available(audio.speech_available(), audio.speech_problem());
    StaffDesk staff(options, audio);
    SpeechProgress heard;
    target.after_frame = [&audio, &session, &staff, &options, &heard](Seconds now) {
        // The sound up to this moment is written before this frame's changes apply, so a
        // start, pause or stop lands at its virtual time in the output.
        audio.virtual_time_is(now);
        audio.catch_up();
        if (const SpeechProgress progress = audio.speech().progress(); !(progress == heard)) {
            heard = progress;
            session.ui().set_speech_progress(heard);
            session.wake();  // the highlight moves on, or Listen comes back
        }
        SoundPlan plan = session.ui().sound_plan();
        plan.ambient.clear();  // the background track streams in real time; scripted runs leave it out
        audio.follow(plan);
        audio.speech().follow(session.ui().speech_plan());
        if (staff.serve(session)) session.load(options.content, false);  // a rollback, a publish, a preview's end
    };
    // A store's latest import shows the way it would on the live kiosk at this moment.
    if (!options.store.empty())
        session.ui().set_update_banner(banner_for(update::read_import_status(options.store), std::time(nullptr)));
    target.draw();  // the first frame a patient would see on start-up
    const std::vector<ScriptError> failures = run_script(script.commands, target);
    audio.catch_up();  // everything the session played is written before the run ends
    report(options.script, failures);
    return failures.empty() ? kExitOk : kExitScriptFailed;
}

} // namespace haven::app
