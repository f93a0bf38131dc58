// A small knowledge base in the real format, for tests of the anatomy view and panels.
#pragma once

#include <string>

namespace lumbar::test {

/// Three layers (skin, superficial_muscle, bone) and four structures: skin (skin),
/// latissimus_dorsi.left (muscle), vertebra_l3 and sacrum (bone).
std::string smallKnowledgeBaseJson();

} // namespace lumbar::test
