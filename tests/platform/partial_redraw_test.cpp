// Drawing again only what changed (core/drawing/frame_damage, GlRenderer's regions) gives,
// frame after frame, exactly the pixels of drawing every frame whole: through the breathing
// exercise, its pause, a topic and a card scrolled by a finger, text-size and contrast
// changes, the quick hide and a Urdu card shaped right to left, with the bundled content.
// Needs a display (the tests run under Xvfb) and draws on llvmpipe.

#include "core/drawing/frame_damage.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/glfw_window.hpp"
#include "platform/texture_cache.hpp"
#include "core/script/script_runner.hpp"
#include "ui/drawn_triangles.hpp"
#include "ui/fonts.hpp"
#include "ui/session.hpp"
#include "ui/virtual_session.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

using namespace haven;

namespace {

struct Tally {
    int frames = 0;
    int none = 0;
    int regions = 0;
    int whole = 0;
    double region_share = 0;  // summed over the frames drawn as a region
    int differing_frames = 0;
    std::string first_difference;
};

// Runs `script` on the bundled content, drawing each frame twice: first only its damage over
// the frame before (as the live kiosk does), then whole; the two must be the same pixels.
Tally run_both_ways(const std::string& script, Size screen) {
    Tally tally;
    // One window (and OpenGL context) for the whole program, as the kiosk has.
    static platform::Window window;
    static const std::string problem = window.open({platform::WindowMode::Kind::Offscreen, {}}, "Haven (test)");
    REQUIRE_MESSAGE(problem.empty(), problem);
    ui::FontLibrary fonts;
    ui::Session session(fonts);
    platform::GlRenderer renderer;
    platform::TextureCache textures;
    FrameDamageTracker damage;
    session.ui().on_fonts_rebuilt([&renderer] { renderer.reload_fonts(); });
    renderer.use_glyph_atlas(session.ui().glyph_atlas());
    session.upload_images = [&textures, &damage](const auto& images) {
        damage.invalidate();
        return textures.replace(images);
    };
    session.load(HAVEN_BUNDLED_CONTENT, true);
    ui::VirtualSession run(session, screen);
    std::vector<DrawnTriangle> triangles;
    int seen = 0;
    run.after_frame = [&](Seconds now) {
        if (session.frames_drawn() == seen) return;  // time moved on without a frame
        seen = session.frames_drawn();
        ImDrawData* data = session.ui().draw_data();
        if (!ui::drawn_triangles(*data, session.ui().background(), triangles)) damage.invalidate();
        const platform::Rgba clear = platform::opaque_rgba(session.ui().background());
        const FrameDamage change = damage.next(triangles, screen);
        ++tally.frames;
        const Rect nothing;
        const Rect* region = nullptr;
        switch (change.kind) {
        case FrameDamage::Kind::None: ++tally.none; region = &nothing; break;
        case FrameDamage::Kind::Region:
            ++tally.regions;
            tally.region_share += (change.region.x1 - change.region.x0) * (change.region.y1 - change.region.y0) /
                                  (static_cast<double>(screen.width) * screen.height);
            region = &change.region;
            break;
        case FrameDamage::Kind::Whole: ++tally.whole; break;
        }
        const platform::Image partial = renderer.render_offscreen(data, screen, clear, region);
        const platform::Image whole = renderer.render_offscreen(data, screen, clear);
        if (partial.rgba != whole.rgba) {
            size_t pixels = 0;
            for (size_t i = 0; i < whole.rgba.size(); i += 4)
                if (partial.rgba[i] != whole.rgba[i] || partial.rgba[i + 1] != whole.rgba[i + 1] ||
                    partial.rgba[i + 2] != whole.rgba[i + 2])
                    ++pixels;
            if (tally.differing_frames++ == 0)
                tally.first_difference = "at " + std::to_string(now) + " s: " + std::to_string(pixels) + " pixels";
        }
    };
    run.draw();
    const ParsedScript parsed = parse_script(script);
    REQUIRE(parsed.errors.empty());
    for (const ScriptError& e : run_script(parsed.commands, run)) FAIL_CHECK(e.line << ": " << e.message);
    return tally;
}

} // namespace

TEST_CASE("the breathing exercise: drawn only where it changed, the same pixels as drawn whole, and a fraction of them") {
    const Tally t = run_both_ways("tap \"Breathing exercise\"\nwait 300\ntap \"Start\"\nwait 9000\n"
                                  "tap \"Pause\"\nwait 1500\ntap \"Continue\"\nwait 2000\ntap \"Stop\"\nwait 500\n",
                                  {1280, 800});
    MESSAGE(t.frames << " frames: " << t.none << " not drawn, " << t.regions << " in part (" << t.region_share / t.regions * 100
                     << " % of the screen on average), " << t.whole << " whole");
    INFO(t.first_difference);
    CHECK(t.differing_frames == 0);
    CHECK(t.frames > 300);  // 30 a second while it runs
    // Most frames change the circle and its words only; while a breath is held nothing moves
    // but the count, and the frames in between are not drawn at all.
    CHECK(t.regions > t.frames / 2);
    CHECK(t.none > 20);
    CHECK(t.whole < 12);
    CHECK(t.region_share / t.regions < 0.3);
}

TEST_CASE("browsing, scrolling, text size, contrast and the quick hide: drawn in part or whole, always the same pixels") {
    const Tally t = run_both_ways("tap 400 400\nwait 500\ntap 400 400\nwait 500\ndrag 640 600 640 250 400\nwait 1500\n"
                                  "tap \"A++\"\nwait 400\ntap \"High contrast\"\nwait 400\ndrag 640 300 640 650 300\n"
                                  "wait 800\ntap \"Hide screen\"\nwait 400\ntap \"Start again\"\nwait 400\n",
                                  {1024, 600});
    MESSAGE(t.frames << " frames: " << t.none << " not drawn, " << t.regions << " in part, " << t.whole << " whole");
    INFO(t.first_difference);
    CHECK(t.differing_frames == 0);
    CHECK(t.frames > 30);
    CHECK(t.whole > 3);  // new screens, new fonts
}
