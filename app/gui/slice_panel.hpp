// The Section slice window: while the section view is on, the cross-section of every structure at
// the plane laid out like an MRI slice, labelled, with a scale bar and the patient's directions;
// hovering names a structure and its cross-sectional area, a click selects it. Through the tool,
// isobars of the estimated vertical stress under the contact; whenever a tool presses, a depth bar
// of the structures under it.
#pragma once

#include "anatomy/section_slice.hpp"
#include "gl/gl_handle.hpp"
#include "session/label_layout.hpp"
#include "session/slice_picture.hpp"
#include "technique/depth_profile.hpp"
#include "technique/prepared_lesson.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace lumbar::app {

class Viewer;

class SlicePanel {
public:
    /// Draws the window inside the current ImGui frame while viewer.display.section is on;
    /// `frame`, the lesson's moment when one is loaded, places the isobars and the depth bar under
    /// the tool; `patientWords` gives their stresses as shares of the skin's, not in kPa.
    void draw(Viewer& viewer, const technique::FrameState* frame = nullptr, bool patientWords = false);

private:
    /// Slices and paints again when the plane or the model changed.
    void refresh(const Viewer& viewer);
    /// Draws the depth bar in the box at `corner` of `size`: the structures crossed straight in
    /// under the tool of `frame`, coloured, with the falling stress and the depths.
    void drawDepthBar(const Viewer& viewer, const technique::FrameState& frame,
        const std::vector<technique::DepthBoundary>& profile, glm::vec2 corner, glm::vec2 size);
    /// Draws the dent, the tool and the isobars of `frame` where it presses on the plane, the
    /// isobars' readouts clear of the labels in `taken`; adds the readouts' and the tool's boxes
    /// to it.
    void drawPressure(const PictureContact& contact, const technique::FrameState& frame,
        const std::function<glm::vec2(const glm::vec2&)>& toScreen, std::vector<LabelBox>& taken);

    SectionSetting m_sliced; ///< the setting m_slice was made for
    std::uint64_t m_model = ~std::uint64_t(0); ///< the model geometry it was made of (its revision)
    Slice m_slice;
    gl::Texture m_texture;
    int m_widthPx = 0, m_heightPx = 0;
    glm::vec2 m_topLeft{0.0f}; ///< picture point at the image's top-left corner
    float m_metresPerPixel = 0.001f;
    bool m_labels = true;
    bool m_patientWords = false;
};

} // namespace lumbar::app
