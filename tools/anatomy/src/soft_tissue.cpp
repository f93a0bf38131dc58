#include "structure.hpp"
namespace lumbar {
std::vector<StructureDef> softTissueStructures(const Landmarks&, const BodyEnvelope&) { return {}; }
}
