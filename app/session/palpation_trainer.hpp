// The palpation trainer in the 3D view: the skin made opaque and whole, a click on it answers the
// landmark asked for, then the layers open to the bone with the click and the true spot marked.
#pragma once

#include "quiz/palpation_round.hpp"
#include "render/camera.hpp"
#include "session/marker_dots.hpp"
#include "session/quiz_staging.hpp"
#include "session/viewer.hpp"

#include <cstdint>
#include <optional>

namespace lumbar::technique {
class AnatomySurface;
}

namespace lumbar::app {

class ProgressKeeper;

class PalpationTrainer {
public:
    /// Seconds for each landmark in a timed round.
    static constexpr double kTimedSeconds = 20.0;

    bool active() const { return m_round.has_value(); }
    /// Starts a round of ten on the viewer's model (which `surface` wraps), saving the view to give
    /// back when it stops. `timed` gives kTimedSeconds for each landmark. With `progress` (not
    /// owned; it outlives the round), the due landmarks come first and every answer is recorded
    /// there (found is right).
    void start(Viewer& viewer, const technique::AnatomySurface& surface, std::uint32_t seed, bool timed,
        double nowS, ProgressKeeper* progress = nullptr);
    /// Looks at the lower back from behind, filling the view: where every landmark lies.
    void frame(Viewer& viewer) const;
    /// Ends the round and gives the view back.
    void stop(Viewer& viewer);

    /// The bones drawn faintly through the skin while a landmark is looked for (the easier level).
    bool faintBones = false;

    const quiz::PalpationRound& round() const { return *m_round; }
    /// An answer is shown (the layers open) and the next landmark waits for next().
    bool revealing() const { return m_revealing; }
    /// The last answer, while it is shown.
    const quiz::PalpationAttempt* lastAttempt() const;
    /// Seconds left for the current landmark in a timed round; nullopt untimed.
    std::optional<double> secondsLeft(double nowS) const;

    /// A click at `pixel` of a view `size` while a landmark is looked for: the point of the skin
    /// (or the body round it) under it answers. False, with nothing done, when it is not waited
    /// for or the click missed the body.
    bool click(const glm::vec2& pixel, const glm::vec2& size, Viewer& viewer,
        const technique::AnatomySurface& surface, double nowS);
    /// Gives up on the current landmark (also when its time runs out: see update).
    void pass(Viewer& viewer, double nowS);
    /// From a shown answer to the next landmark, or to the round's result.
    void next(Viewer& viewer, double nowS);
    /// A timed round passes a landmark whose time is up. A round on a model other than the one
    /// `surface` wraps now (another model opened, the body fat changed) ends.
    void update(Viewer& viewer, const technique::AnatomySurface& surface, double nowS);

    /// The markers of the shown answer (the click white, the true point green) and, for the
    /// easier level, the bones faintly over the skin.
    void addTo(SceneExtras& extras, const Viewer& viewer) const;

private:
    void answer(std::optional<glm::vec3> click, Viewer& viewer, double nowS);
    /// The view for looking (skin whole and opaque, from behind) or for the answer (open to bone).
    void stage(Viewer& viewer, bool reveal) const;

    /// True when `surface` and the viewer's geometry are those the round was started on.
    bool current(const Viewer& viewer, const technique::AnatomySurface& surface) const;

    const technique::AnatomySurface* m_surface = nullptr;
    ProgressKeeper* m_progress = nullptr;
    std::uint64_t m_geometryRevision = 0;
    std::optional<quiz::PalpationRound> m_round;
    bool m_revealing = false;
    std::optional<glm::vec3> m_truePoint; ///< under the skin, for the shown answer
    double m_askedAtS = 0.0;
    SavedAnatomyView m_savedView;
    Camera m_savedCamera;
    MarkerDots m_dots;
};

} // namespace lumbar::app
