// The Section slice window: while the section view is on, the cross-section of every structure at
// the plane laid out like an MRI slice, labelled, with a scale bar and the patient's directions;
// hovering names a structure and its cross-sectional area, a click selects it.
#pragma once

#include "anatomy/section_slice.hpp"
#include "gl/gl_handle.hpp"

#include <cstddef>
#include <vector>

namespace lumbar::app {

class Viewer;

class SlicePanel {
public:
    /// Draws the window inside the current ImGui frame while viewer.display.section is on.
    void draw(Viewer& viewer);

private:
    /// Slices and paints again when the plane or the model changed.
    void refresh(const Viewer& viewer);

    SectionSetting m_sliced; ///< the setting m_slice was made for
    const void* m_model = nullptr; ///< the model it was made of (its meshes' address)
    Slice m_slice;
    gl::Texture m_texture;
    int m_widthPx = 0, m_heightPx = 0;
    glm::vec2 m_topLeft{0.0f}; ///< picture point at the image's top-left corner
    float m_metresPerPixel = 0.001f;
    bool m_labels = true;
};

} // namespace lumbar::app
