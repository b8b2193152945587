#include "kiosk_ui.hpp"

#include "home_view.hpp"
#include "topic_view.hpp"
#include "view_context.hpp"

#include <imgui.h>

#include <cfloat>

namespace haven::ui {
namespace {
// ImGui asserts that time moves forward between frames.
constexpr Seconds kMinFrameDelta = 1e-4;
} // namespace

KioskUi::KioskUi(const FontLibrary& fonts) : font_library_(fonts) {
    IMGUI_CHECKVERSION();
    ImGuiContext* previous = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    if (previous) ImGui::SetCurrentContext(previous);
}

KioskUi::~KioskUi() { ImGui::DestroyContext(context_); }

void KioskUi::set_content(Content content, Textures textures) {
    content_ = std::move(content);
    textures_ = std::move(textures);
    revalidate(nav_, content_);
}

ImDrawData* KioskUi::draw_data() const {
    ImGui::SetCurrentContext(context_);
    return ImGui::GetDrawData();
}

void KioskUi::update_metrics(Size display) {
    const Metrics wanted = metrics_for(display);
    metrics_.display = display;
    if (fonts_.body && wanted.em == metrics_.em) return;
    metrics_ = wanted;
    fonts_ = font_library_.build(*ImGui::GetIO().Fonts, metrics_.em);
    apply_style(calm_theme(), metrics_, ImGui::GetStyle());
    if (fonts_rebuilt_) fonts_rebuilt_();
}

FrameOutput KioskUi::frame(const FrameInput& input) {
    ImGui::SetCurrentContext(context_);
    update_metrics(input.display);

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(input.display.width), static_cast<float>(input.display.height));
    io.DeltaTime = static_cast<float>(last_frame_ < 0 || input.now - last_frame_ < kMinFrameDelta
                                          ? kMinFrameDelta
                                          : input.now - last_frame_);
    last_frame_ = input.now;
    io.MousePos = input.pointer.present ? ImVec2(input.pointer.position.x, input.pointer.position.y)
                                        : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = input.pointer.down;

    ImGui::NewFrame();
    seen_.clear();
    ViewContext ctx{metrics_, fonts_, calm_theme(), seen_, textures_, input.pointer.drag_delta.y};
    Action action;
    const Topic* topic = nav_.screen == Screen::Topic ? content_.find_topic(nav_.topic_id) : nullptr;
    if (topic) {
        action = topic_view(ctx, content_, *topic);
    } else {
        action = home_view(ctx, content_);
    }
    ImGui::Render();

    FrameOutput out;
    if (action.kind != Action::Kind::None) {
        apply(nav_, action, content_);
        out.changed = true;
    }
    return out;
}

} // namespace haven::ui
