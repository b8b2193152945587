// The floor for Haven's start-up time, memory and idle CPU (tests/bench/run.sh): the least
// a GLFW + OpenGL 3 program can do on this machine. It opens a window the way Haven does
// (same GLFW hints, same driver), clears it, reads one frame back and exits, so whatever
// Haven needs beyond this is Haven's own cost, not the X server's or Mesa's.
//
//   floor_window [--size WxH] [--hold SECONDS] [--info]
//
//   --size WxH      window size (default 1920x1080, like `haven --script` and the kiosk)
//   --hold SECONDS  after the first frame, keep the window open this long, sleeping in
//                   glfwWaitEventsTimeout as Haven's live loop does (for memory and idle CPU)
//   --info          print the OpenGL renderer and version (run.sh reports the Mesa driver)
//
// Exit codes follow Haven's: 0 ok, 1 the frame read back is not the colour it was cleared
// to, 2 bad arguments, 3 no display or no OpenGL 3 context.

#include <GLFW/glfw3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

namespace {

struct Options {
    int width = 1920;
    int height = 1080;
    double hold_seconds = 0;
    bool info = false;
};

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--info") {
            options.info = true;
        } else if (arg == "--size" && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%dx%d", &options.width, &options.height) != 2 || options.width < 1 ||
                options.height < 1 || options.width > 16384 || options.height > 16384)
                return false;
        } else if (arg == "--hold" && i + 1 < argc) {
            char* end = nullptr;
            options.hold_seconds = std::strtod(argv[++i], &end);
            if (end == argv[i] || *end != '\0' || options.hold_seconds < 0) return false;
        } else {
            return false;
        }
    }
    return true;
}

// Haven's background colour (kiosk/ui/theme.cpp), so both programs clear to the same thing.
constexpr unsigned char kClear[3] = {0xF7, 0xF3, 0xEC};

void draw(GLFWwindow* window) {
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(kClear[0] / 255.0f, kClear[1] / 255.0f, kClear[2] / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: %s [--size WxH] [--hold SECONDS] [--info]\n", argv[0]);
        return 2;
    }
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        std::fprintf(stderr, "floor_window: no display to open: DISPLAY is not set (run it under tests/support/with-xvfb.sh)\n");
        return 3;
    }
    if (!glfwInit()) {
        std::fprintf(stderr, "floor_window: cannot open display %s\n", display);
        return 3;
    }
    // The same hints as kiosk/platform/glfw_window.cpp, so the driver does the same work.
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Haven floor", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "floor_window: cannot create an OpenGL 3 window\n");
        glfwTerminate();
        return 3;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    if (options.info) {
        // Plain glGetString: a pointer to a static string in the driver, never null here.
        std::printf("renderer: %s\nversion: %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)),
                    reinterpret_cast<const char*>(glGetString(GL_VERSION)));
    }

    // One frame, read back the way Haven's screenshots are: this is what forces the driver
    // to actually rasterise, rather than queue the clear and exit.
    draw(window);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(options.width) * static_cast<std::size_t>(options.height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, options.width, options.height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    glfwSwapBuffers(window);
    // The centre pixel proves the read-back happened (CTest's floor_window_smoke relies on it).
    const std::size_t centre = (static_cast<std::size_t>(options.height / 2) * static_cast<std::size_t>(options.width) +
                                static_cast<std::size_t>(options.width / 2)) * 4;
    // A little tolerance: a 16-bit display rounds the colour.
    bool cleared = true;
    for (std::size_t c = 0; c < 3; ++c) cleared = cleared && std::abs(pixels[centre + c] - kClear[c]) <= 8;
    if (!cleared)
        std::fprintf(stderr, "floor_window: read back %d,%d,%d, not the clear colour\n", pixels[centre],
                     pixels[centre + 1], pixels[centre + 2]);

    // Holding: redraw only when the window system asks, as Haven does when nobody touches it.
    glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) {
        draw(w);
        glfwSwapBuffers(w);
    });
    using Clock = std::chrono::steady_clock;
    const Clock::time_point until =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.hold_seconds));
    while (!glfwWindowShouldClose(window)) {
        const double left = std::chrono::duration<double>(until - Clock::now()).count();
        if (left <= 0) break;
        glfwWaitEventsTimeout(left);
    }

    glfwDestroyWindow(window);
    glfwTerminate();
    return cleared ? 0 : 1;
}
