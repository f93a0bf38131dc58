// The lumbar structure ids and a small lesson every technique test can start from.
#include "support/technique_fixture.hpp"

#include <gtest/gtest.h>

namespace lumbar::test {
namespace {

StructureInfo structure(const std::string& id, const std::string& kind, const std::string& layer)
{
    StructureInfo info;
    info.id = id;
    info.name = id;
    info.kind = kind;
    info.layer = layer;
    info.side = id.ends_with(".left") ? "left" : id.ends_with(".right") ? "right" : "midline";
    return info;
}

nlohmann::json explanation(const std::string& audience)
{
    return {{"what", audience + " what"}, {"why", audience + " why"}, {"how", audience + " how"},
        {"avoid", audience + " avoid"}};
}

nlohmann::json texts()
{
    return {{"student", explanation("student")}, {"instructor", explanation("instructor")},
        {"patient", explanation("patient")}};
}

} // namespace

KnowledgeBase lumbarKnowledgeBase()
{
    KnowledgeBase knowledge;
    const char* layers[] = {"skin", "fascia", "superficial_muscle", "intermediate_muscle", "deep_muscle",
        "deepest_muscle", "anterior_muscle", "organ", "disc", "bone"};
    for (int depth = 0; const char* layer : layers)
        knowledge.layers.push_back({layer, layer, depth++});
    for (const char* level : {"t11", "t12", "l1", "l2", "l3", "l4", "l5"})
        knowledge.structures.push_back(structure(std::string("vertebra_") + level, "bone", "bone"));
    knowledge.structures.push_back(structure("sacrum", "bone", "bone"));
    knowledge.structures.push_back(structure("coccyx", "bone", "bone"));
    for (const char* disc : {"t11_t12", "t12_l1", "l1_l2", "l2_l3", "l3_l4", "l4_l5", "l5_s1"})
        knowledge.structures.push_back(structure(std::string("disc_") + disc, "disc", "disc"));
    const std::pair<const char*, const char*> paired[]
        = {{"hip_bone", "bone"}, {"rib_11", "bone"}, {"rib_12", "bone"}, {"psoas_major", "anterior_muscle"},
            {"quadratus_lumborum", "deepest_muscle"}, {"multifidus", "deepest_muscle"},
            {"longissimus_thoracis", "deep_muscle"}, {"iliocostalis_lumborum", "deep_muscle"},
            {"spinalis_thoracis", "deep_muscle"}, {"latissimus_dorsi", "superficial_muscle"},
            {"serratus_posterior_inferior", "intermediate_muscle"}, {"gluteus_maximus", "superficial_muscle"},
            {"gluteus_medius", "intermediate_muscle"}, {"kidney", "organ"}};
    for (const auto& [id, layer] : paired) {
        const std::string kind = std::string(layer) == "bone" ? "bone"
            : std::string(layer) == "organ"                   ? "organ"
                                                              : "muscle";
        knowledge.structures.push_back(structure(std::string(id) + ".left", kind, layer));
        knowledge.structures.push_back(structure(std::string(id) + ".right", kind, layer));
    }
    // The trigger points lessons may name (the ids of models/structures.json; places and names
    // are left out).
    const std::pair<const char*, std::vector<const char*>> triggerPoints[]
        = {{"quadratus_lumborum", {"superficial_upper", "superficial_lower", "deep_upper", "deep_lower"}},
            {"multifidus", {"l4_l5", "s1"}}, {"longissimus_thoracis", {"t12_l1"}},
            {"iliocostalis_lumborum", {"l1"}}, {"gluteus_medius", {"posterior", "middle", "anterior"}}};
    for (StructureInfo& info : knowledge.structures)
        for (const auto& [muscle, ids] : triggerPoints)
            if (info.id.starts_with(std::string(muscle) + "."))
                for (const char* id : ids)
                    info.referral.triggerPoints.push_back({id, id, 0.5, 0.5});
    knowledge.structures.push_back(structure("thoracolumbar_fascia", "fascia", "fascia"));
    knowledge.structures.push_back(structure("skin", "skin", "skin"));
    return knowledge;
}

nlohmann::json validLessonJson()
{
    nlohmann::json glide = {{"title", "Forearm glide"}, {"phase", "deep work"}, {"tool", "forearm"},
        {"targets", nlohmann::json::array({"longissimus_thoracis.left"})},
        {"stroke",
            {{"kind", "glide"},
                {"path",
                    {{{"structure", "longissimus_thoracis.left"}, {"u", 0.1}, {"v", 0.5}},
                        {{"structure", "longissimus_thoracis.left"}, {"u", 0.9}, {"v", 0.5}}}},
                {"direction", "along fibres"}, {"speed_cm_s", 2}, {"repetitions", 2},
                {"repeat", "back and forth"}}},
        {"pressure", {{"profile", {{0, 20}, {0.5, 40}, {1, 20}}}}}, {"duration_s", 30}, {"explain", texts()},
        {"cautions", nlohmann::json::array({"Stay off the spinous processes."})},
        {"check_in", "How is the pressure?"}, {"sources", nlohmann::json::array({"Chaves et al. 2020"})}};
    nlohmann::json hold = {{"title", "Elbow compression"}, {"phase", "deep work"}, {"tool", "elbow"},
        {"targets", nlohmann::json::array({"quadratus_lumborum.left"})},
        {"pressure_points",
            {{{"anchor", {{"structure", "quadratus_lumborum.left"}, {"u", 0.5}, {"v", 0.5}}}, {"hold_s", 45},
                 {"force_N", 30}},
                {{"anchor", nlohmann::json::object({{"landmark", "psis.left"}})}, {"hold_s", 30},
                    {"force_N", 20}}}},
        {"duration_s", 60}, {"explain", texts()}, {"check_in", "Tell me when it eases."},
        {"sources", nlohmann::json::array({"Chaves et al. 2020"})}};
    return {{"format", "lumbarlab-lesson"}, {"version", 1}, {"id", "test-lesson"}, {"title", "Test lesson"},
        {"summary", "Two steps for tests."}, {"patient_position", "prone"},
        {"steps", nlohmann::json::array({glide, hold})}};
}

void setFibres(MeshData& mesh, const glm::vec3& fibre)
{
    mesh.tangents.assign(mesh.positions.size(), glm::vec4(fibre, 1.0f));
}

technique::Lesson validLesson()
{
    const technique::LessonParseResult result = technique::parseLesson(validLessonJson().dump(), "test.json");
    EXPECT_TRUE(result.ok());
    return result.lesson.value_or(technique::Lesson{});
}

std::filesystem::path builtInLessonDir()
{
    return std::filesystem::path(LUMBARLAB_SUPPORT_CONTENT_DIR) / "lessons";
}

} // namespace lumbar::test
