// Test knowledge base text.
#include "support/knowledge_fixture.hpp"

namespace lumbar::test {

std::string smallKnowledgeBaseJson()
{
    return R"json({
  "format": "lumbarlab-structures",
  "version": 1,
  "layers": [
    {"id": "skin", "name": "Skin"},
    {"id": "superficial_muscle", "name": "Superficial muscles"},
    {"id": "bone", "name": "Bones"}
  ],
  "structures": [
    {"id": "skin", "name": "Skin", "latin": "Cutis", "layer": "skin", "side": "midline", "kind": "skin"},
    {"id": "latissimus_dorsi.left", "name": "Latissimus dorsi (left)", "latin": "Musculus latissimus dorsi",
     "fma": "FMA13359", "layer": "superficial_muscle", "side": "left", "kind": "muscle", "region": "Back",
     "origin": "Spinous processes T7-L5", "insertion": "Humerus", "action": "Extends the arm",
     "innervation": "Thoracodorsal nerve", "palpation": "Broad strokes", "cautions": "None"},
    {"id": "vertebra_l3", "name": "L3 vertebra", "latin": "Vertebra lumbalis III", "fma": "FMA13074",
     "layer": "bone", "side": "midline", "kind": "bone", "region": "Lumbar spine"},
    {"id": "sacrum", "name": "Sacrum", "latin": "Os sacrum", "fma": "FMA16202", "layer": "bone",
     "side": "midline", "kind": "bone", "region": "Pelvis"}
  ]
})json";
}

} // namespace lumbar::test
