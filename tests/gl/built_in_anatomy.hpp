// The GL tests' access to the built-in anatomy: the committed model and its knowledge base.
#pragma once

namespace lumbar::app {
class Viewer;
}

namespace lumbar::test {

/// Gives `viewer` the built-in knowledge base and model (models/lumbar.glb and structures.json);
/// throws std::runtime_error when either file is missing.
void loadBuiltInAnatomy(app::Viewer& viewer);

} // namespace lumbar::test
