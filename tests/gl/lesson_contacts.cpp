// Sampling the built-in lessons' moments of contact.
#include "lesson_contacts.hpp"

#include "session/data_paths.hpp"
#include "session/lesson_scene.hpp"
#include "session/viewer.hpp"

#include <sstream>

namespace lumbar::test {

int forEachContactMoment(app::Viewer& viewer,
    const std::function<void(const std::string& where, const technique::FrameState& state)>& visit)
{
    int moments = 0;
    for (const std::filesystem::path& file : app::builtInLessonFiles()) {
        app::LessonScene scene(viewer, file);
        const technique::PreparedLesson& prepared = scene.prepared();
        for (std::size_t i = 0; i < prepared.steps.size(); ++i) {
            const technique::PreparedStep& step = prepared.steps[i];
            std::vector<double> times;
            if (step.strokeTimeS > 0.0)
                times = {step.startS + 0.01 * step.strokeTimeS, step.startS + 0.5 * step.strokeTimeS,
                    step.startS + 0.99 * step.strokeTimeS};
            for (const technique::PreparedPressurePoint& point : step.pressurePoints)
                times.push_back(step.startS + point.startS + 0.5 * point.holdS);
            for (const double t : times) {
                const technique::FrameState state = technique::evaluate(prepared, t);
                if (!state.toolInContact)
                    continue;
                std::ostringstream where;
                where << file.filename().string() << " step " << i + 1 << " at " << t << " s";
                visit(where.str(), state);
                ++moments;
            }
        }
    }
    return moments;
}

technique::FrameState middleOfFirstStroke(const technique::PreparedLesson& prepared)
{
    std::size_t stroke = 0;
    while (prepared.steps[stroke].strokeTimeS <= 0.0)
        ++stroke;
    return technique::evaluate(
        prepared, prepared.steps[stroke].startS + 0.5 * prepared.steps[stroke].strokeTimeS);
}

float depthInside(const MeshPicker& picker, const Model& model, const std::function<bool(std::size_t)>& which,
    const glm::vec3& point, const glm::vec3& direction)
{
    const auto hit = picker.pick({point, direction}, which);
    if (!hit)
        return 0.0f;
    const MeshData& mesh = model.meshes[hit->meshIndex];
    const std::size_t t = hit->triangleIndex * 3;
    const glm::vec3 a = mesh.positions[mesh.indices[t]], b = mesh.positions[mesh.indices[t + 1]],
                    c = mesh.positions[mesh.indices[t + 2]];
    const glm::vec3 outward = glm::cross(b - a, c - a);
    return glm::dot(outward, direction) > 0.0f ? hit->distance : 0.0f;
}

} // namespace lumbar::test
