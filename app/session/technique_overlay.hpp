// What the technique adds to the 3D view at one moment: the tool on the skin, the stroke path
// ahead of and behind it with its direction, pulsing pressure points, the tissue indentation.
#pragma once

#include "render/gpu_mesh.hpp"
#include "session/hand_fit.hpp"
#include "session/marker_dots.hpp"
#include "session/therapist_figure.hpp"
#include "session/viewer.hpp"
#include "technique/prepared_lesson.hpp"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lumbar::app {

/// How long the hand takes to travel from where one step left it to where the next begins.
inline constexpr double kStepChangeS = 0.8;

/// Where the tool is drawn: on the outermost visible surface above the contact on the target.
struct ToolPlacement {
    glm::vec3 contact{0.0f}; ///< on the outer surface
    glm::vec3 normal{0.0f, 0.0f, 1.0f};
    glm::mat4 model{1.0f}; ///< tool frame to model space
    HandTurn turn; ///< how the pose was turned about its contact to clear the body
};

/// Owns the GPU meshes of the therapist's hands (one pose per tool and its nails,
/// session/hand_models) and of the per-frame path and markers.
class TechniqueOverlay {
public:
    TechniqueOverlay();

    /// The tool's placement for `state`, found by casting a ray down the surface normal onto the
    /// layers that are visible (translucent skin below 50% opacity is looked through). The pose's
    /// +X follows the stroke (so its arm trails it); while holding or waiting the arm comes from
    /// the therapist's side of the table, the side of the contact. Given the pose's `underside`,
    /// the pose is turned about its contact so that it clears the surface around it.
    static ToolPlacement placeTool(
        const technique::FrameState& state, const Viewer& viewer, const Underside* underside = nullptr);

    /// Builds this moment's extras. `wallTimeS` drives the pulse of the pressure points. With
    /// the viewer's display.therapist on, the therapist's figure stands at the table joined to
    /// the hand (models/therapist.glb, read the first time it is shown).
    SceneExtras build(const technique::PreparedLesson& prepared, const technique::FrameState& state,
        const Viewer& viewer, double wallTimeS);

    /// Why the therapist's figure could not be shown (its file missing or broken), once; empty
    /// when it can.
    std::string takeFigureProblem() { return std::exchange(m_figureProblem, {}); }

private:
    /// What the path bands were last built for; they are rebuilt only when it changes.
    struct PathKey {
        std::size_t step = 0;
        double progress = -1.0;
        bool forward = true;
        std::vector<glm::vec3> points; ///< the path itself: an edited lesson moves it under the same step
        bool operator==(const PathKey&) const = default;
    };

    std::array<std::unique_ptr<GpuMesh>, 6> m_tools;
    std::array<std::unique_ptr<GpuMesh>, 6> m_nails; ///< each pose's nails, drawn with it
    std::array<Underside, 6> m_undersides;
    std::array<ContactShape, 6> m_contactShapes;
    /// Where the last turn of the hand was found for.
    struct TurnKey {
        bool valid = false;
        technique::ToolKind tool = technique::ToolKind::Palm;
        glm::vec3 contact{0.0f};
        glm::vec3 forward{0.0f};
        HandTurn turn;
    };
    TurnKey m_turnKey;
    /// Where the hand was left at the end of the step before `step` (none: no hand was shown).
    struct FromKey {
        bool valid = false;
        std::size_t step = 0;
        std::vector<glm::vec3> points; ///< that step's path: an edited lesson moves it
        std::optional<glm::mat4> model;
        float side = -1.0f; ///< the side of the table that step was worked from
    };
    FromKey m_fromKey;

    /// The hand's placement at the end of the step before `stepIndex`, as it was drawn there.
    std::optional<glm::mat4> previousStepEnd(
        const technique::PreparedLesson& prepared, std::size_t stepIndex, const Viewer& viewer);
    std::unique_ptr<GpuMesh> m_marker; ///< a unit disc facing +Y, placed per pressure point
    MarkerDots m_triggerDots; ///< the trigger points the step treats
    std::unique_ptr<GpuMesh> m_pathBehind;
    std::unique_ptr<GpuMesh> m_pathAhead;
    PathKey m_pathKey;

    void addPath(
        const technique::PreparedStep& step, const technique::FrameState& state, SceneExtras& extras);
    void addMarkers(const technique::FrameState& state, double wallTimeS, SceneExtras& extras) const;

    /// The therapist's figure, read and uploaded the first time it is shown.
    std::unique_ptr<TherapistFigure> m_figure;
    bool m_figureFailed = false; ///< not tried again once it failed
    std::string m_figureProblem; ///< the failure, until it is taken
    /// The hand's way between two steps: from the last step's end to where this one starts.
    struct Travel {
        glm::mat4 from{1.0f}, to{1.0f};
        float fromSide = -1.0f; ///< the side of the table the last step was worked from
        float u = 0.0f; ///< 0..1 of the way
    };
    /// Adds the figure standing for `hand`, the pose of `state`'s tool as drawn, and cuts the
    /// pose's own upper arms off `hand` (`hand` lies in `extras`; it is changed before anything is
    /// added). On a `travel` between steps worked from opposite sides of the table the figure
    /// fades out where it stood and back in on the other side instead of jumping across.
    void addFigure(const technique::FrameState& state, DrawItem& hand, const Travel* travel,
        const Viewer& viewer, SceneExtras& extras);
};

/// The visible surface's height above the contact's tangent plane on a grid around the contact
/// (a ray down each grid point, layers under 50% opacity looked through), the pose placed by
/// `frame` (its columns the pose's axes, its origin the contact).
SurfaceGrid surfaceAround(const Viewer& viewer, const glm::mat4& frame);

/// Which way the arrowheads on a path band point, if it has any.
enum class Chevrons { None, Forward, Backward };

/// A flat band along `points` lifted along `normals`, `widthM` wide, from arc fraction `from` to
/// `to` (0..1 of the polyline length), with arrowheads every `chevronSpacingM` pointing along the
/// polyline (Forward) or back towards its start (Backward). Empty when the range is empty.
MeshData makePathRibbon(const std::vector<glm::vec3>& points, const std::vector<glm::vec3>& normals,
    double from, double to, float widthM, Chevrons chevrons, float chevronSpacingM = 0.025f);

} // namespace lumbar::app
