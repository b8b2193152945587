# Finds Debian's prebuilt Dear ImGui (libimgui-dev): one static library that already holds
# the GLFW and OpenGL3 backends and the FreeType font builder.
#
# Debian's imgui.pc pulls in libstb.so through "Requires: stb". Haven compiles stb_image
# itself with only the PNG and JPEG decoders, so this module makes the target by hand and
# never links libstb.
#
# Defines ImGui::ImGui.

find_path(ImGui_INCLUDE_DIR imgui.h PATH_SUFFIXES imgui)
find_library(ImGui_LIBRARY NAMES libimgui.a imgui)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(ImGui REQUIRED_VARS ImGui_LIBRARY ImGui_INCLUDE_DIR)

if(ImGui_FOUND AND NOT TARGET ImGui::ImGui)
  find_package(Freetype REQUIRED)
  add_library(ImGui::ImGui STATIC IMPORTED)
  set_target_properties(ImGui::ImGui PROPERTIES
    IMPORTED_LOCATION "${ImGui_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ImGui_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "Freetype::Freetype;${CMAKE_DL_LIBS}")
endif()
mark_as_advanced(ImGui_INCLUDE_DIR ImGui_LIBRARY)
