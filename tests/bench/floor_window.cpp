// The floor for Haven's start-up time, memory and idle CPU (tests/bench/run.sh): the least
// a GLFW + OpenGL 3 program can do on this machine. It opens a window the way Haven does
// (same GLFW hints, same driver), clears it, reads one frame back and exits, so whatever
// Haven needs beyond this is Haven's own cost, not the X server's or Mesa's.
//
//   floor_window [--size WxH] [--hold SECONDS] [--info] [--textured]
//
//   --size WxH      window size (default 1920x1080, like `haven --script` and the kiosk)
//   --hold SECONDS  after the first frame, keep the window open this long, sleeping in
//                   glfwWaitEventsTimeout as Haven's live loop does (for memory and idle CPU)
//   --info          print the OpenGL renderer and version (run.sh reports the Mesa driver)
//   --textured      also draw the window with one textured, blended quad through a shader
//                   like ImGui's OpenGL 3 backend's: the least a program that draws
//                   anything pays the driver (on llvmpipe, compiling the shader with LLVM)
//
// Exit codes follow Haven's: 0 ok, 1 the frame read back is not the colour it was cleared
// to, 2 bad arguments, 3 no display or no OpenGL 3 context.

#define GL_GLEXT_PROTOTYPES 1
#include <GLFW/glfw3.h>
#include <GL/glext.h>

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
    bool textured = false;
};

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--info") {
            options.info = true;
        } else if (arg == "--textured") {
            options.textured = true;
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

// The shaders of ImGui 1.86's OpenGL 3 backend for GLSL 1.30 (imgui_impl_opengl3.cpp).
const char* const kVertexShader = R"(#version 130
uniform mat4 ProjMtx;
in vec2 Position;
in vec2 UV;
in vec4 Color;
out vec2 Frag_UV;
out vec4 Frag_Color;
void main() {
    Frag_UV = UV;
    Frag_Color = Color;
    gl_Position = ProjMtx * vec4(Position.xy, 0, 1);
})";
const char* const kFragmentShader = R"(#version 130
uniform sampler2D Texture;
in vec2 Frag_UV;
in vec4 Frag_Color;
out vec4 Out_Color;
void main() {
    Out_Color = Frag_Color * texture(Texture, Frag_UV.st);
})";

// The window covered by two triangles in the clear colour, through a white 1x1 texture and
// alpha blending, as ImGui draws everything: the frame looks the same as a clear alone.
void draw_textured_quad() {
    const GLuint vs = glCreateShader(GL_VERTEX_SHADER);
    glShaderSource(vs, 1, &kVertexShader, nullptr);
    glCompileShader(vs);
    const GLuint fs = glCreateShader(GL_FRAGMENT_SHADER);
    glShaderSource(fs, 1, &kFragmentShader, nullptr);
    glCompileShader(fs);
    const GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glLinkProgram(program);
    glUseProgram(program);
    const GLfloat identity[16] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    glUniformMatrix4fv(glGetUniformLocation(program, "ProjMtx"), 1, GL_FALSE, identity);
    glUniform1i(glGetUniformLocation(program, "Texture"), 0);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    const unsigned char white[4] = {255, 255, 255, 255};
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 1, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, white);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    struct Vertex {
        float x, y, u, v;
        unsigned char rgba[4];
    };
    const Vertex corners[6] = {{-1, -1, 0, 0, {kClear[0], kClear[1], kClear[2], 255}},
                               {1, -1, 1, 0, {kClear[0], kClear[1], kClear[2], 255}},
                               {1, 1, 1, 1, {kClear[0], kClear[1], kClear[2], 255}},
                               {-1, -1, 0, 0, {kClear[0], kClear[1], kClear[2], 255}},
                               {1, 1, 1, 1, {kClear[0], kClear[1], kClear[2], 255}},
                               {-1, 1, 0, 1, {kClear[0], kClear[1], kClear[2], 255}}};
    GLuint vao = 0, vbo = 0;
    glGenVertexArrays(1, &vao);
    glBindVertexArray(vao);
    glGenBuffers(1, &vbo);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    const auto attribute = [program](const char* name) { return static_cast<GLuint>(glGetAttribLocation(program, name)); };
    glEnableVertexAttribArray(attribute("Position"));
    glEnableVertexAttribArray(attribute("UV"));
    glEnableVertexAttribArray(attribute("Color"));
    glVertexAttribPointer(attribute("Position"), 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), nullptr);
    glVertexAttribPointer(attribute("UV"), 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), reinterpret_cast<void*>(2 * sizeof(float)));
    glVertexAttribPointer(attribute("Color"), 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(Vertex),
                          reinterpret_cast<void*>(4 * sizeof(float)));
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    glDrawArrays(GL_TRIANGLES, 0, 6);
}

bool g_textured = false;

void draw(GLFWwindow* window) {
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(kClear[0] / 255.0f, kClear[1] / 255.0f, kClear[2] / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (g_textured) glDrawArrays(GL_TRIANGLES, 0, 6);  // made by the first frame
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: %s [--size WxH] [--hold SECONDS] [--info] [--textured]\n", argv[0]);
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
    if (options.textured) {
        draw_textured_quad();
        g_textured = true;
    }
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
