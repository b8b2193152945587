#include "glfw_window.hpp"

#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_X11
#define GLFW_EXPOSE_NATIVE_GLX
#include <GL/glx.h>
#include <GLFW/glfw3native.h>

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace haven::platform {
namespace {

std::string g_last_glfw_error;

void remember_error(int, const char* description) { g_last_glfw_error = description ? description : "unknown error"; }

Window* owner(GLFWwindow* w) { return static_cast<Window*>(glfwGetWindowUserPointer(w)); }

Point cursor_position(GLFWwindow* w) {
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    // Window coordinates equal framebuffer pixels on X11; scale for HiDPI setups that differ.
    int ww = 0, wh = 0, fw = 0, fh = 0;
    glfwGetWindowSize(w, &ww, &wh);
    glfwGetFramebufferSize(w, &fw, &fh);
    const double sx = ww > 0 ? static_cast<double>(fw) / ww : 1.0;
    const double sy = wh > 0 ? static_cast<double>(fh) / wh : 1.0;
    return {static_cast<float>(x * sx), static_cast<float>(y * sy)};
}

void send(GLFWwindow* w, PointerEvent::Kind kind) {
    Window* self = owner(w);
    if (self && self->on_pointer) self->on_pointer({kind, cursor_position(w)});
}

void refresh(GLFWwindow* w) {
    Window* self = owner(w);
    if (self && self->on_refresh) self->on_refresh();
}

} // namespace

Window::~Window() {
    if (window_) glfwDestroyWindow(window_);
    if (glfw_ready_) glfwTerminate();
}

bool Window::display_named() {
    const char* display = std::getenv("DISPLAY");
    return display != nullptr && *display != '\0';
}

std::string Window::open(const WindowMode& mode, const char* title) {
    glfwSetErrorCallback(remember_error);
    const char* display = std::getenv("DISPLAY");
    if (!display_named()) {
        return "no display to open: DISPLAY is not set (run Haven in a graphical session, under cage with Xwayland, "
               "or under Xvfb for scripted runs)";
    }
    if (!glfwInit()) return std::string("cannot open display ") + display + ": " + g_last_glfw_error;
    glfw_ready_ = true;

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_VISIBLE, mode.kind == WindowMode::Kind::Offscreen ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);  // a kiosk stays on screen if focus wanders

    GLFWmonitor* monitor = nullptr;
    Size size = mode.size;
    if (mode.kind == WindowMode::Kind::Fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* video = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!video) return "the display has no monitor to fill: " + g_last_glfw_error;
        glfwWindowHint(GLFW_RED_BITS, video->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, video->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, video->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, video->refreshRate);
        size = {video->width, video->height};
    } else if (mode.kind == WindowMode::Kind::Offscreen) {
        size = {64, 64};  // scripted sessions draw into a framebuffer object of the scripted size
    }
    window_ = glfwCreateWindow(size.width, size.height, title, monitor, nullptr);
    if (!window_) return "cannot create an OpenGL 3 window: " + g_last_glfw_error;
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    if (mode.kind != WindowMode::Kind::Offscreen) find_copy_sub_buffer();
    if (mode.kind == WindowMode::Kind::Fullscreen) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);

    glfwSetWindowUserPointer(window_, this);
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int button, int action, int) {
        if (button != GLFW_MOUSE_BUTTON_LEFT) return;
        send(w, action == GLFW_PRESS ? PointerEvent::Kind::Press : PointerEvent::Kind::Release);
    });
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double, double) { send(w, PointerEvent::Kind::Move); });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int entered) {
        if (!entered) send(w, PointerEvent::Kind::Leave);
    });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { refresh(w); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { refresh(w); });
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { refresh(w); });
    return {};
}

Size Window::framebuffer_size() const {
    Size size;
    glfwGetFramebufferSize(window_, &size.width, &size.height);
    return size;
}

float Window::px_per_mm() const {
    GLFWmonitor* monitor = glfwGetWindowMonitor(window_);
    if (!monitor) monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    int width_mm = 0, height_mm = 0;
    if (monitor) glfwGetMonitorPhysicalSize(monitor, &width_mm, &height_mm);
    if (!mode || width_mm < 50 || width_mm > 5000) return 0;  // absent or implausible
    const float density = static_cast<float>(mode->width) / static_cast<float>(width_mm);
    return density >= 1 && density <= 40 ? density : 0;
}

bool Window::close_requested() const { return glfwWindowShouldClose(window_) != 0; }

void Window::swap_buffers() { glfwSwapBuffers(window_); }

void Window::find_copy_sub_buffer() {
    // GLFW makes GLX contexts on X11 (cage runs the kiosk under Xwayland): ask the server and
    // the client library both, through the extension string of the window's screen.
    Display* display = glfwGetX11Display();
    if (display == nullptr || glfwGetGLXContext(window_) == nullptr) return;
    const char* extensions = glXQueryExtensionsString(display, DefaultScreen(display));
    if (extensions == nullptr) return;
    // Whole words only: the list is separated by spaces.
    const std::string list = std::string(" ") + extensions + " ";
    if (list.find(" GLX_MESA_copy_sub_buffer ") == std::string::npos) return;
    copy_sub_buffer_ = glXGetProcAddressARB(reinterpret_cast<const GLubyte*>("glXCopySubBufferMESA"));
}

void Window::present(const Rect& region) {
    if (copy_sub_buffer_ == nullptr) {
        glfwSwapBuffers(window_);
        return;
    }
    int height = 0;
    glfwGetFramebufferSize(window_, nullptr, &height);
    // GLX counts rows from the bottom.
    const auto copy = reinterpret_cast<PFNGLXCOPYSUBBUFFERMESAPROC>(copy_sub_buffer_);
    copy(glfwGetX11Display(), glfwGetGLXWindow(window_), static_cast<int>(region.x0),
         height - static_cast<int>(region.y1), static_cast<int>(region.x1 - region.x0),
         static_cast<int>(region.y1 - region.y0));
}

void Window::wait_events(double seconds) {
    if (std::isinf(seconds)) {
        glfwWaitEvents();
    } else if (seconds > 0) {
        glfwWaitEventsTimeout(seconds);
    } else {
        glfwPollEvents();
    }
}

void Window::poll_events() { glfwPollEvents(); }

void Window::wake() { glfwPostEmptyEvent(); }

} // namespace haven::platform
