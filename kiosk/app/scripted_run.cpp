// A scripted session: the same Session as the live kiosk, driven by a script on a virtual
// clock, drawing into an off-screen framebuffer of exactly the scripted size. Frames are
// stepped when the live loop would draw them; between them virtual time jumps, so a
// minute of idle screen takes no time to simulate.

#include "clear_colour.hpp"
#include "runs.hpp"
#include "session.hpp"

#include "core/script_runner.hpp"
#include "core/text_file.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/glfw_window.hpp"
#include "platform/png_file.hpp"

#include <cstdio>

namespace haven::app {
namespace {

constexpr Seconds kFrameStep = 1.0 / 60.0;

class ScriptedSession final : public ScriptTarget {
public:
    ScriptedSession(Session& session, platform::GlRenderer& renderer, Size size)
        : session_(session), renderer_(renderer), size_(size) {}

    void pointer(PointerEvent event) override { session_.push(event); }

    void advance(Seconds seconds) override {
        const Seconds end = clock_.now() + seconds;
        for (;;) {
            const Seconds wait = session_.wait(clock_.now());
            const Seconds next = clock_.now() + (wait > 0 ? wait : kFrameStep);
            if (next > end + 1e-9) break;
            clock_.advance_to(next);
            draw();
        }
        clock_.advance_to(end);
    }

    const VisibleText& visible() const override { return session_.ui().visible(); }

    std::string shot(const std::string& path) override {
        if (session_.frames_drawn() == 0) draw();
        return platform::write_png(path, renderer_.render_offscreen(session_.ui().draw_data(), size_, clear_colour()));
    }

    void draw() { session_.frame(clock_.now(), size_); }

private:
    Session& session_;
    platform::GlRenderer& renderer_;
    Size size_;
    VirtualClock clock_;
};

} // namespace

int run_scripted(const Options& options) {
    const TextFile source = read_text_file(options.script);
    if (!source.error.empty()) {
        std::fprintf(stderr, "haven: %s: %s\n", options.script.c_str(), source.error.c_str());
        return kExitUsage;
    }
    const ParsedScript script = parse_script(source.text);
    for (const auto& e : script.errors)
        std::fprintf(stderr, "%s:%d: error: %s\n", options.script.c_str(), e.line, e.message.c_str());
    if (!script.errors.empty()) return kExitScriptFailed;

    platform::Window window;
    if (std::string problem = window.open({platform::WindowMode::Kind::Offscreen, {}}, "Haven (scripted)");
        !problem.empty()) {
        std::fprintf(stderr, "haven: %s\n", problem.c_str());
        return kExitCannotStart;
    }
    ui::FontLibrary fonts;
    Session session(fonts);
    platform::GlRenderer renderer;
    session.ui().on_fonts_rebuilt([&renderer] { renderer.reload_fonts(); });
    session.load(options.content, true);

    ScriptedSession target(session, renderer, options.size.value_or(Size{1920, 1080}));
    target.draw();  // the first frame a patient would see on start-up
    const std::vector<ScriptError> failures = run_script(script.commands, target);
    for (const auto& e : failures)
        std::fprintf(stderr, "%s:%d: error: %s\n", options.script.c_str(), e.line, e.message.c_str());
    return failures.empty() ? kExitOk : kExitScriptFailed;
}

} // namespace haven::app
