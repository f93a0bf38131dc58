// The palpation trainer: the app names a landmark taught by touch, the student clicks where they
// would find it on the intact skin, and the round scores the error along the skin.
#pragma once

#include <glm/glm.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lumbar::technique {
class AnatomySurface;
}

namespace lumbar::quiz {

class Progress;

/// A click this close to the true spot, along the skin, finds it: half the distance between two
/// lumbar spinous processes (about 3.5 cm apart).
inline constexpr float kFoundWithinM = 0.015f;

/// Something a student learns to find by hand (the surface landmarks of the lumbar region: Chakraverty et al.
/// 2007).
struct PalpationTarget {
    enum class Kind {
        Landmark, ///< a bony landmark of technique::landmarkNames
        ErectorBorder, ///< the lateral border of erector spinae (iliocostalis) at L3
        QuadratusWindow, ///< the space for quadratus lumborum between rib 12 and the crest
    };
    std::string id; ///< "spinous_process.l4", "erector_border.left", ...
    std::string name; ///< "the spinous process of L4"
    Kind kind = Kind::Landmark;
    std::string side; ///< "left", "right" or "" for midline targets
    std::string structure; ///< the structure whose knowledge-base palpation text goes with it
    std::string how; ///< how it is found by hand, in a few sentences
};

/// The fifteen targets: L1-L5 spinous processes, and on each side the crest's top, the PSIS, the
/// 12th rib's tip, the lateral border of erector spinae and quadratus lumborum's window.
const std::vector<PalpationTarget>& palpationTargets();

/// Where the target lies under the skin (on the bone or the muscle); nullopt when the model lacks
/// what defines it.
std::optional<glm::vec3> palpationPoint(
    const PalpationTarget& target, const technique::AnatomySurface& surface);
/// The outer surface straight behind (posterior to) the target, where a fingertip finds it; for
/// the 12th rib's tip, which curves forward round the flank, behind and to the side (45 degrees).
std::optional<glm::vec3> palpationSpot(
    const PalpationTarget& target, const technique::AnatomySurface& surface);

/// One answer of a round.
struct PalpationAttempt {
    std::size_t target = 0; ///< index into palpationTargets()
    std::optional<glm::vec3> click; ///< on the skin; none when the student passed or ran out of time
    glm::vec3 spot{0.0f}; ///< the true spot on the skin
    float errorM = 0.0f; ///< along the skin from the click to the spot; 0 without a click
    double seconds = 0.0; ///< how long the student took
    bool inTime = true; ///< within the round's time limit (always, untimed)
    bool found = false; ///< a click within kFoundWithinM, in time
};

/// A round of targets in a seeded order (each target at most once), answered one by one.
class PalpationRound {
public:
    /// `count` targets (at most the fifteen) drawn in an order fixed by `seed`; those the model
    /// cannot place are left out. `timeLimitS` > 0 makes the round timed. With `progress`, the
    /// targets due at `nowS` (seconds since the Unix epoch) come first, the longest overdue first,
    /// then those never answered, then those not due yet (scheduleOrder, quiz/progress.hpp); the
    /// seed orders only targets equally urgent.
    PalpationRound(const technique::AnatomySurface& surface, std::uint32_t seed, std::size_t count = 10,
        double timeLimitS = 0.0, const Progress* progress = nullptr, std::int64_t nowS = 0);

    bool finished() const { return m_attempts.size() == m_order.size(); }
    std::size_t size() const { return m_order.size(); }
    /// Answers given so far; the current target is the next one.
    std::size_t answered() const { return m_attempts.size(); }
    const PalpationTarget& current() const;
    double timeLimitS() const { return m_timeLimitS; }

    /// Answers the current target with a click on the skin (none: passed) after `seconds`.
    const PalpationAttempt& answer(std::optional<glm::vec3> click, double seconds);

    const std::vector<PalpationAttempt>& attempts() const { return m_attempts; }
    std::size_t foundCount() const;
    /// The mean error of the clicks given (passes left out); 0 without any.
    float meanErrorM() const;

private:
    const technique::AnatomySurface& m_surface;
    std::vector<std::size_t> m_order;
    std::vector<glm::vec3> m_spots; ///< per entry of m_order
    std::vector<PalpationAttempt> m_attempts;
    double m_timeLimitS = 0.0;
};

} // namespace lumbar::quiz
