#pragma once
// Content images as the views see them: a GPU texture handle and its size, by the image's
// relative path. The platform uploads them; headless runs simply have none.

#include <imgui.h>

#include <map>
#include <string>

namespace haven::ui {

struct Texture {
    ImTextureID id = nullptr;
    int width = 0;
    int height = 0;
};

using Textures = std::map<std::string, Texture>;

} // namespace haven::ui
