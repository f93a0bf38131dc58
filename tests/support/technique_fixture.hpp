// Test data for the technique core: the lumbar knowledge base ids and a small valid lesson.
#pragma once

#include "anatomy/knowledge_base.hpp"
#include "scene/model.hpp"
#include "technique/lesson.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace lumbar::test {

/// A knowledge base listing every structure id of the lumbar model (ids, kinds and layers only).
KnowledgeBase lumbarKnowledgeBase();

/// A valid two-step lesson: step 0 a forearm glide on longissimus_thoracis.left from u 0.1 to 0.9
/// at 2 cm/s, 2 repetitions back and forth, profile [[0, 20], [0.5, 40], [1, 20]] N, duration 30 s;
/// step 1 an elbow hold on quadratus_lumborum.left (u 0.5, v 0.5) for 45 s at 30 N and one at the
/// landmark psis.left for 30 s at 20 N, duration 60 s.
nlohmann::json validLessonJson();
/// content/lessons/ of the source tree: the built-in lessons.
std::filesystem::path builtInLessonDir();

/// validLessonJson() parsed (an empty lesson, and a test failure, if it does not parse).
technique::Lesson validLesson();

/// Adds fibre directions to a mesh: every vertex's tangent is `fibre` (w = 1).
void setFibres(MeshData& mesh, const glm::vec3& fibre);

} // namespace lumbar::test
