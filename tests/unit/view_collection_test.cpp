// View collections: saved and reopened identically, written atomically, and every bad field of a
// file refused with its place.
#include "anatomy/knowledge_base.hpp"
#include "support/knowledge_fixture.hpp"
#include "support/temp_dir.hpp"
#include "views/view_collection.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace lumbar::views {
namespace {

ViewCollection sampleCollection()
{
    ViewCollection collection;
    collection.title = "Week 3: the erector spinae";
    SavedView first;
    first.name = "From behind, peeled to the muscles";
    first.targetM = {0.01f, 0.05f, 0.02f};
    first.distanceM = 0.83f;
    first.yawDegrees = -12.5f;
    first.pitchDegrees = 64.0f;
    first.layers = {{"skin", true, 0.3f}, {"superficial_muscle", false, 1.0f}};
    first.peelTo = "superficial_muscle";
    first.hidden = {"sacrum"};
    first.selected = "latissimus_dorsi.left";
    first.referral = true;
    first.pins = {{"latissimus_dorsi.left", {-0.07f, 0.12f, 0.08f}, "Fibres run up and out to the arm"},
        {"vertebra_l3", {0.0f, 0.1f, 0.04f}, ""}};
    SavedView second;
    second.name = "Cut at L3";
    second.xray = true;
    second.body = false;
    second.isolated = {"vertebra_l3", "sacrum"};
    second.section = true;
    second.sectionOrientation = "sagittal";
    second.sectionPositionM = -0.02f;
    second.sectionFlipped = true;
    second.lesson = "lumbar-basic";
    second.timeS = 125.25;
    collection.views = {first, second};
    return collection;
}

TEST(ViewCollection, SavedAndReopenedIdentically)
{
    const KnowledgeBase knowledge = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "structures.json");
    const ViewCollection collection = sampleCollection();
    const test::TempDir dir;
    const std::filesystem::path file = dir.path() / "week 3.json";
    saveViewCollection(collection, file);
    const ViewCollectionParse reread = loadViewCollection(file, &knowledge);
    ASSERT_TRUE(reread.problems.empty()) << reread.problems[0].text();
    ASSERT_TRUE(reread.collection);
    EXPECT_EQ(*reread.collection, collection);
    // And written the same way again: the file is stable under save, open, save.
    EXPECT_EQ(writeViewCollection(*reread.collection), writeViewCollection(collection));
}

std::vector<std::string> problemTexts(const std::string& json, const KnowledgeBase* knowledge)
{
    std::vector<std::string> texts;
    for (const Problem& problem : parseViewCollection(json, "views.json", knowledge).problems)
        texts.push_back(problem.text());
    return texts;
}

TEST(ViewCollection, EveryBadFieldGetsAMessageWithItsPlace)
{
    const KnowledgeBase knowledge = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "structures.json");
    const std::string json = R"({"format": "lumbarlab-views", "version": 1, "title": "Bad", "views": [
        {"name": "", "camera": {"target_m": [0, 0], "distance_m": -1, "yaw_degrees": 0, "pitch_degrees": 95},
         "layers": [{"layer": "organs", "opacity": 2}], "peel_to": "skin", "xray": "yes",
         "hidden": ["kidney.left"], "section": {"orientation": "oblique", "position_m": 0},
         "lesson": {"id": "lumbar-basic", "time_s": -3},
         "pins": [{"structure": "sacrum", "point_m": [0, 0, 1e9], "note": 4}], "colour": "red"}]})";
    const std::vector<std::string> expected{"views.json: views[0].colour: unknown field; expected one of "
                                            "name, camera, layers, peel_to, xray, body, "
                                            "hidden, isolated, selected, referral, section, lesson, pins",
        "views.json: views[0].name: must not be empty",
        "views.json: views[0].camera.target_m: expected an array of 3 numbers (x, y, z), found array",
        "views.json: views[0].camera.distance_m: -1 is out of range; expected 0.001 to 20 m",
        "views.json: views[0].camera.pitch_degrees: 95 is out of range; expected -89 to 89 degrees",
        "views.json: views[0].layers[0].layer: \"organs\" is not a layer (expected one of skin, "
        "superficial_muscle, bone)",
        "views.json: views[0].layers[0].opacity: 2 is out of range; expected 0 to 1",
        "views.json: views[0].xray: expected true or false, found string",
        "views.json: views[0].hidden[0]: \"kidney.left\" is not a structure of the knowledge base",
        "views.json: views[0].section.orientation: \"oblique\" is not a section orientation; expected one of "
        "transverse, sagittal, coronal",
        "views.json: views[0].lesson.time_s: -3 is out of range; expected 0 to 86400 s",
        "views.json: views[0].pins[0].point_m[2]: 1000000000 is out of range; expected -20 to 20 m",
        "views.json: views[0].pins[0].note: expected a string, found number"};
    EXPECT_EQ(problemTexts(json, &knowledge), expected);
    // The whole collection is refused: nothing half-read is shown.
    EXPECT_FALSE(parseViewCollection(json, "views.json", &knowledge).collection);
}

TEST(ViewCollection, OtherFilesAreRefusedSayingWhatTheyAre)
{
    EXPECT_EQ(problemTexts("{oops", nullptr).at(0).rfind("views.json: not valid JSON (", 0), 0u);
    EXPECT_EQ(
        problemTexts(R"({"format": "lumbarlab-lesson", "version": 1, "title": "x", "views": []})", nullptr),
        std::vector<std::string>{"views.json: format: \"lumbarlab-lesson\" is not a view collection "
                                 "(expected \"lumbarlab-views\")"});
    EXPECT_EQ(
        problemTexts(R"({"format": "lumbarlab-views", "version": 2, "title": "x", "views": []})", nullptr),
        std::vector<std::string>{
            "views.json: version: 2 is newer than this LumbarLab reads (1): update LumbarLab"});
    const std::string longNote(kMaxPinNoteChars + 1, 'a');
    const std::vector<std::string> tooLong = problemTexts(R"({"format": "lumbarlab-views", "version": 1,
        "title": "x", "views": [{"name": "v", "camera": {"target_m": [0, 0, 0], "distance_m": 1,
        "yaw_degrees": 0, "pitch_degrees": 0}, "pins": [{"structure": "sacrum", "point_m": [0, 0, 0],
        "note": ")"
            + longNote + R"("}]}]})",
        nullptr);
    EXPECT_EQ(tooLong,
        std::vector<std::string>{"views.json: views[0].pins[0].note: is 601 characters long; a "
                                 "pin's note holds at most 600"});
    const test::TempDir dir;
    const ViewCollectionParse missing = loadViewCollection(dir.path() / "none.json");
    ASSERT_EQ(missing.problems.size(), 1u);
    EXPECT_NE(missing.problems[0].text().find("none.json: cannot be read"), std::string::npos);
}

} // namespace
} // namespace lumbar::views
