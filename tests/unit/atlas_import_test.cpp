// BodyParts3D folders: file names, frame conversion, mapping by FMA id, reports, alignment.
#include "anatomy/atlas_import.hpp"
#include "core/error.hpp"
#include "support/knowledge_fixture.hpp"
#include "support/scene_files.hpp"
#include "support/stand_in_importer.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <csignal>

namespace lumbar {
namespace {

TEST(AtlasImport, FileNamesFollowTheBodyParts3DPattern)
{
    // BodyParts3D marks a mirrored (left) part's file with M after the FJ number.
    const auto mirrored = parseAtlasFileName("FJ1418M_BP4561_FMA22329_Left gluteus maximus.obj");
    ASSERT_TRUE(mirrored);
    EXPECT_EQ(mirrored->fma, "FMA22329");
    EXPECT_FALSE(parseAtlasFileName("FJ1418X_BP4561_FMA22329_Left gluteus maximus.obj"));
    const auto parsed = parseAtlasFileName("FJ3158_BP8174_FMA22348_Right quadratus lumborum.obj");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->fma, "FMA22348");
    EXPECT_EQ(parsed->name, "Right quadratus lumborum");
    EXPECT_FALSE(parseAtlasFileName("FMA22348_quadratus.obj"));
    EXPECT_FALSE(parseAtlasFileName("FJ1_BP2_FMA3_name.stl"));
}

TEST(AtlasImport, FrameConversionIsARotationIntoMetres)
{
    // 10 mm to the patient's left, 20 mm posterior, 30 mm up.
    const glm::vec3 p = atlasToModelFrame({10.0f, 20.0f, 30.0f});
    EXPECT_FLOAT_EQ(p.x, -0.010f); // +X is the patient's right in the model frame
    EXPECT_FLOAT_EQ(p.y, 0.030f);
    EXPECT_FLOAT_EQ(p.z, 0.020f);
    const glm::mat3 rotation(
        atlasToModelFrame({1000, 0, 0}), atlasToModelFrame({0, 1000, 0}), atlasToModelFrame({0, 0, 1000}));
    EXPECT_FLOAT_EQ(glm::determinant(rotation), 1.0f);
}

TEST(AtlasImport, FolderIsMappedReportedAndAligned)
{
    const KnowledgeBase knowledge = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "test.json");
    test::TempDir dir;
    // L3 in two parts (merged), an unknown FMA id, a lines-only file, and a stray file.
    test::writeObj(dir.path(), "FJ1_BP1_FMA13074_Third lumbar vertebra",
        {test::makeBox("a", {0.0f, 100.0f, 1000.0f}, glm::vec3(20.0f))});
    test::writeObj(dir.path(), "FJ1_BP9_FMA13074_Third lumbar vertebra part",
        {test::makeBox("b", {0.0f, 100.0f, 1040.0f}, glm::vec3(20.0f))});
    test::writeObj(
        dir.path(), "FJ2_BP2_FMA99999_Mystery", {test::makeIcosphere("c", {50, 100, 1000}, 10.0f, 1)});
    dir.write("FJ3_BP3_FMA16202_Sacrum.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nl 1 2 3\n");
    dir.write("notes.txt", "not a mesh");
    dir.write("quadratus.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");

    const AtlasImport atlas = importAtlasFolder(dir.path(), knowledge);
    ASSERT_EQ(atlas.model.meshes.size(), 2u);
    EXPECT_EQ(atlas.model.meshes[0].name, "vertebra_l3");
    EXPECT_EQ(atlas.model.meshes[0].triangleCount(), 24u); // both parts merged
    EXPECT_EQ(atlas.model.meshes[1].name, "atlas:Mystery");
    EXPECT_EQ(atlas.mapped.size(), 2u);
    ASSERT_EQ(atlas.unmapped.size(), 1u);
    EXPECT_EQ(atlas.unmapped[0], "FJ2_BP2_FMA99999_Mystery.obj");
    ASSERT_EQ(atlas.failed.size(), 1u);
    EXPECT_NE(atlas.failed[0].find("contains no triangles"), std::string::npos) << atlas.failed[0];
    EXPECT_EQ(atlas.ignored, std::vector<std::string>{"quadratus.obj"});
    // Converted: 1000-1060 mm up becomes y 0.98-1.06 m, 100 mm posterior becomes z 0.08-0.12 m.
    const Bounds box = atlas.model.bounds();
    EXPECT_NEAR(box.min.y, 0.98f, 1e-5f);
    EXPECT_NEAR(box.max.y, 1.06f, 1e-5f);
    EXPECT_NEAR(box.max.z, 0.12f, 1e-5f);

    // The built-in L3 sits at the origin: the atlas moves onto it and takes its colour.
    Model builtIn;
    MeshData l3 = test::makeBox("vertebra_l3", glm::vec3(0.0f), glm::vec3(0.02f));
    l3.baseColor = {0.9f, 0.85f, 0.7f, 1.0f};
    builtIn.meshes.push_back(l3);
    builtIn.meshes.push_back(test::makeBox("sacrum", {0.0f, -0.1f, 0.0f}, glm::vec3(0.03f)));
    const Model merged = mergeAtlas(builtIn, atlas);
    ASSERT_EQ(merged.meshes.size(), 3u);
    EXPECT_EQ(merged.meshes[0].name, "vertebra_l3");
    EXPECT_EQ(merged.meshes[0].triangleCount(), 24u);
    EXPECT_EQ(merged.meshes[0].baseColor, l3.baseColor);
    Bounds mergedL3;
    for (const glm::vec3& p : merged.meshes[0].positions)
        mergedL3.add(p);
    EXPECT_NEAR(glm::length(mergedL3.center()), 0.0f, 1e-5f);
    EXPECT_EQ(merged.meshes[1].name, "sacrum"); // not in the atlas: the built-in mesh stays
    EXPECT_EQ(merged.meshes[1].triangleCount(), 12u);
    EXPECT_EQ(merged.meshes[2].name, "atlas:Mystery"); // unmapped: kept, not lost
}

TEST(AtlasImport, AnAtlasOfAnotherSizeIsScaledIntoTheBuiltInBody)
{
    // The atlas is a person 20% larger and elsewhere in space: moved alone (as before), its L3 and
    // sacrum would stick out of the built-in body by a fifth of their size. Scaled as a whole and
    // moved, both lie on the built-in ones, and an unmapped part moves with them.
    Model builtIn;
    builtIn.meshes.push_back(test::makeBox("vertebra_l3", glm::vec3(0.0f), glm::vec3(0.02f)));
    builtIn.meshes.push_back(test::makeBox("sacrum", {0.0f, -0.1f, 0.01f}, glm::vec3(0.03f)));
    const auto larger = [](const glm::vec3& p) { return p * 1.2f + glm::vec3(0.5f, 1.0f, -0.2f); };
    AtlasImport atlas;
    for (const MeshData& mesh : builtIn.meshes) {
        MeshData moved = mesh;
        for (glm::vec3& p : moved.positions)
            p = larger(p);
        atlas.model.meshes.push_back(moved);
    }
    atlas.model.meshes.push_back(
        test::makeBox("atlas:Mystery", larger({0.0f, 0.05f, 0.0f}), glm::vec3(0.012f)));

    const AtlasFit fit = fitAtlas(builtIn, atlas);
    EXPECT_EQ(fit.structures, 2);
    EXPECT_NEAR(fit.scale, 1.0f / 1.2f, 1e-5f);
    const Model merged = mergeAtlas(builtIn, atlas);
    ASSERT_EQ(merged.meshes.size(), 3u);
    for (std::size_t i = 0; i < 2; ++i) {
        const Bounds got = merged.meshes[i].bounds(), want = builtIn.meshes[i].bounds();
        EXPECT_NEAR(glm::length(got.min - want.min), 0.0f, 1e-5f) << merged.meshes[i].name;
        EXPECT_NEAR(glm::length(got.max - want.max), 0.0f, 1e-5f) << merged.meshes[i].name;
    }
    EXPECT_NEAR(glm::length(merged.meshes[2].bounds().center() - glm::vec3(0.0f, 0.05f, 0.0f)), 0.0f, 1e-5f);
    EXPECT_NEAR(merged.meshes[2].bounds().max.x, 0.01f, 1e-5f);

    // A thing of another kind (ten times the size) is not squeezed into the body: the scale stops
    // at 0.67.
    for (MeshData& mesh : atlas.model.meshes)
        for (glm::vec3& p : mesh.positions)
            p *= 10.0f;
    EXPECT_NEAR(fitAtlas(builtIn, atlas).scale, 0.67f, 1e-6f);
    EXPECT_EQ(fitAtlas(builtIn, AtlasImport{}).structures, 0);
}

TEST(AtlasImport, FileThatCrashesTheImporterFailsAloneAndTheRestIsKept)
{
    const KnowledgeBase knowledge = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "test.json");
    test::TempDir dir;
    test::writeObj(dir.path(), "FJ1_BP1_FMA13074_Third lumbar vertebra",
        {test::makeBox("a", {0.0f, 100.0f, 1000.0f}, glm::vec3(20.0f))});
    // Stands in for a file that crashes assimp: the stand-in importer segfaults on a "crash" file.
    const auto poisoned = test::writeObj(dir.path(), "FJ2_BP2_FMA99999_Mystery crash",
        {test::makeBox("b", {0.0f, 100.0f, 1000.0f}, glm::vec3(20.0f))});
    const auto importer = [&](const std::filesystem::path& file) {
        return importModelIsolated(file, {}, test::standInImporter());
    };

    const AtlasImport atlas = importAtlasFolder(dir.path(), knowledge, importer);
    ASSERT_EQ(atlas.model.meshes.size(), 1u);
    EXPECT_EQ(atlas.model.meshes[0].name, "vertebra_l3");
    ASSERT_EQ(atlas.failed.size(), 1u);
    EXPECT_EQ(atlas.failed[0].rfind("FJ2_BP2_FMA99999_Mystery crash.obj: '" + poisoned.string()
                      + "' crashed the importer (signal 11, Segmentation fault)",
                  0),
        0u)
        << atlas.failed[0];
}

/// Paired structures as the knowledge base gives them: sided ids, the class for both sides.
const char* const kPairedKnowledgeJson = R"kb({"version": 1,
  "layers": [{"id": "muscle", "name": "Muscles"}, {"id": "bone", "name": "Bones"}],
  "structures": [
    {"id": "gluteus_maximus.left", "name": "Gluteus maximus (left)", "latin": "M. gluteus maximus",
     "fma": "FMA22329", "fma_class": "FMA22314", "layer": "muscle", "side": "left", "kind": "muscle"},
    {"id": "gluteus_maximus.right", "name": "Gluteus maximus (right)", "latin": "M. gluteus maximus",
     "fma": "FMA22328", "fma_class": "FMA22314", "layer": "muscle", "side": "right", "kind": "muscle"},
    {"id": "psoas_major.left", "name": "Psoas major (left)", "latin": "M. psoas major",
     "fma": "FMA22343", "fma_class": "FMA18060", "layer": "muscle", "side": "left", "kind": "muscle"},
    {"id": "psoas_major.right", "name": "Psoas major (right)", "latin": "M. psoas major",
     "fma": "FMA22342", "fma_class": "FMA18060", "layer": "muscle", "side": "right", "kind": "muscle"},
    {"id": "external_oblique.right", "name": "External oblique (posterior part) (right)",
     "latin": "M. obliquus externus abdominis", "layer": "muscle", "side": "right", "kind": "muscle"},
    {"id": "sacrum", "name": "Sacrum", "latin": "Os sacrum", "layer": "bone", "side": "midline",
     "kind": "bone"}]})kb";

TEST(AtlasImport, MapsBySidedIdThenByClassAndSideThenByEnglishName)
{
    const KnowledgeBase knowledge = parseKnowledgeBase(kPairedKnowledgeJson, "paired.json");
    ASSERT_EQ(knowledge.structures[0].fmaClass, "FMA22314");
    test::TempDir dir;
    const auto box = [](float x) {
        return std::vector{test::makeBox("m", {x, 100.0f, 900.0f}, glm::vec3(10.0f))};
    };
    // Sided ids, as BodyParts3D names most files.
    test::writeObj(dir.path(), "FJ1418M_BP1_FMA22329_Left gluteus maximus", box(80.0f));
    test::writeObj(dir.path(), "FJ1418_BP2_FMA22328_Right gluteus maximus", box(-80.0f));
    // The class id: the side comes from the name, in any case and place.
    test::writeObj(dir.path(), "FJ1431_BP3_FMA18060_psoas major_RIGHT", box(-40.0f));
    test::writeObj(dir.path(), "FJ1431M_BP4_FMA18060_Left psoas major", box(40.0f));
    // Ids the knowledge base does not have: the English name decides, side and all.
    test::writeObj(dir.path(), "FJ1452_BP5_FMA13336_Right external oblique", box(-120.0f));
    test::writeObj(dir.path(), "FJ3_BP6_FMA16202_sacrum", box(0.0f));
    // No side for a paired class, and a name of the wrong side: left as extra meshes.
    test::writeObj(dir.path(), "FJ1431_BP7_FMA18060_Psoas major", box(0.0f));
    test::writeObj(dir.path(), "FJ1452M_BP8_FMA13337_Left external oblique", box(120.0f));

    const AtlasImport atlas = importAtlasFolder(dir.path(), knowledge);
    EXPECT_EQ(atlas.mapped,
        (std::vector<std::string>{
            "FJ1418M_BP1_FMA22329_Left gluteus maximus.obj -> gluteus_maximus.left (by FMA id)",
            "FJ1418_BP2_FMA22328_Right gluteus maximus.obj -> gluteus_maximus.right (by FMA id)",
            "FJ1431M_BP4_FMA18060_Left psoas major.obj -> psoas_major.left (by FMA class and side)",
            "FJ1431_BP3_FMA18060_psoas major_RIGHT.obj -> psoas_major.right (by FMA class and side)",
            "FJ1452_BP5_FMA13336_Right external oblique.obj -> external_oblique.right (by English name)",
            "FJ3_BP6_FMA16202_sacrum.obj -> sacrum (by English name)"}));
    EXPECT_EQ(atlas.unmapped,
        (std::vector<std::string>{
            "FJ1431_BP7_FMA18060_Psoas major.obj", "FJ1452M_BP8_FMA13337_Left external oblique.obj"}));
    EXPECT_TRUE(atlas.failed.empty());
    std::vector<std::string> meshNames; // in file-name order, "FJ1452M" before "FJ1452_"
    for (const MeshData& mesh : atlas.model.meshes)
        meshNames.push_back(mesh.name);
    EXPECT_EQ(meshNames,
        (std::vector<std::string>{"gluteus_maximus.left", "gluteus_maximus.right", "psoas_major.left",
            "psoas_major.right", "atlas:Psoas major", "atlas:Left external oblique", "external_oblique.right",
            "sacrum"}));
}

TEST(AtlasImport, EveryStructureOfTheBuiltInKnowledgeBaseMapsFromItsBodyParts3DName)
{
    // BodyParts3D names a paired part "Left gluteus maximus" with the side's FMA id; some atlases
    // use the class id with the side in the name. Both reach the structure of that side.
    const KnowledgeBase knowledge
        = loadKnowledgeBase(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json");
    int sided = 0;
    int classes = 0;
    for (const StructureInfo& structure : knowledge.structures) {
        const std::string side
            = structure.side == "midline" ? "" : (structure.side == "left" ? "Left " : "Right ");
        if (!structure.fma.empty()) {
            AtlasMatch how = AtlasMatch::EnglishName;
            EXPECT_EQ(matchAtlasFile({structure.fma, side + "part"}, knowledge, &how), &structure)
                << structure.id;
            EXPECT_EQ(how, AtlasMatch::FmaId) << structure.id;
            sided += structure.side != "midline";
        }
        if (!structure.fmaClass.empty()) {
            AtlasMatch how = AtlasMatch::EnglishName;
            EXPECT_EQ(matchAtlasFile({structure.fmaClass, side + "part"}, knowledge, &how), &structure)
                << structure.id;
            EXPECT_EQ(how, AtlasMatch::FmaClassAndSide) << structure.id;
            ++classes;
        }
    }
    EXPECT_EQ(sided, 34); // 17 pairs; the iliotibial tract has no confirmed id
    EXPECT_EQ(classes, 20);
}

TEST(AtlasImport, MissingFolderIsNamed)
{
    const KnowledgeBase knowledge;
    try {
        importAtlasFolder("/no/such/atlas", knowledge);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
            "cannot open the atlas folder '/no/such/atlas': not a folder (give the "
            "folder that holds the FJ..._BP..._FMA..._name.obj files)");
    }
}

} // namespace
} // namespace lumbar
