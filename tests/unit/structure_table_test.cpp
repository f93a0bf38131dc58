// The --list-structures table: columns, alignment, unmapped meshes and totals.
#include "session/structure_table.hpp"
#include "support/knowledge_fixture.hpp"
#include "support/scene_files.hpp"

#include <gtest/gtest.h>

namespace lumbar::app {
namespace {

TEST(StructureTable, RowsForEveryMeshWithTotals)
{
    const KnowledgeBase knowledge = parseKnowledgeBase(test::smallKnowledgeBaseJson(), "test.json");
    Model model;
    model.meshes.push_back(test::makeBox("vertebra_l3", glm::vec3(0.0f), glm::vec3(0.1f)));
    model.meshes.push_back(test::makeIcosphere("mystery", glm::vec3(0.0f), 0.1f, 1));
    EXPECT_EQ(structureTable(knowledge, model),
        "ID           NAME          LAYER  SIDE     FMA       TRIANGLES\n"
        "vertebra_l3  L3 vertebra   bone   midline  FMA13074         12\n"
        "mystery      -             -      -        -                80\n"
        "total        2 structures                                   92\n");
}

} // namespace
} // namespace lumbar::app
