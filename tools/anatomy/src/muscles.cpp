#include "structure.hpp"
namespace lumbar {
std::vector<StructureDef> muscleStructures(const Landmarks&, const BodyEnvelope&) { return {}; }
}
