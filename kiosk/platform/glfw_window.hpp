#pragma once
// The kiosk's one window, a thin facade over GLFW (X11): full screen on the primary monitor
// with the cursor hidden, a normal window for content authors, or a hidden window whose GL
// context renders off-screen for scripted sessions.
//
// Haven feeds ImGui itself rather than through ImGui's GLFW backend: touches arrive as mouse
// events, go through PointerInput (one button change per frame, tap versus drag) and never
// reach ImGui directly. GLFW has no touch API; under Xwayland a touch is a mouse click.

#include "core/input/geometry.hpp"
#include "core/input/pointer_input.hpp"

#include <functional>
#include <string>

struct GLFWwindow;

namespace haven::platform {

struct WindowMode {
    enum class Kind { Fullscreen, Windowed, Offscreen };
    Kind kind = Kind::Fullscreen;
    Size size;  // Windowed and Offscreen
};

class Window {
public:
    // Callbacks run on the main thread while events are processed.
    std::function<void(PointerEvent)> on_pointer;
    std::function<void()> on_refresh;  // resized, exposed or refocused: draw again

    Window() = default;
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Whether a display is named at all (DISPLAY): without one, open() fails at once.
    static bool display_named();

    // Opens the window and makes its OpenGL 3 context current. Returns an empty string or
    // one line saying why it could not (for example, no display).
    std::string open(const WindowMode& mode, const char* title);

    Size framebuffer_size() const;
    // Pixels per millimetre of the monitor the window is on, from its reported physical
    // size; 0 when the monitor does not say (many report nothing, or nonsense).
    float px_per_mm() const;
    bool close_requested() const;
    void swap_buffers();

    // True when present() copies a part of the back buffer to the screen and leaves the back
    // buffer as it was (GLX_MESA_copy_sub_buffer, in Mesa's drivers, llvmpipe among them):
    // the next frame then need only draw again what changed.
    bool keeps_back_buffer() const { return copy_sub_buffer_ != nullptr; }
    // Shows `region` (top-down pixels) of what was drawn; swaps the whole frame where the back
    // buffer cannot be kept (its contents are then undefined until drawn whole again).
    void present(const Rect& region);

    // Sleeps until an event arrives or `seconds` pass (infinite: until an event).
    void wait_events(double seconds);
    void poll_events();
    // Wakes wait_events from any thread.
    static void wake();

private:
    void find_copy_sub_buffer();

    GLFWwindow* window_ = nullptr;
    bool glfw_ready_ = false;
    void (*copy_sub_buffer_)() = nullptr;  // glXCopySubBufferMESA, when the display has it
};

} // namespace haven::platform
