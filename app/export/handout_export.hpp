// Writing a lesson handout to a folder: one picture per step rendered offscreen, and index.html.
#pragma once

#include "session/lesson_player.hpp"

#include <filesystem>
#include <string>

namespace lumbar::app {

class LessonScene;
class Viewer;

/// Makes `folder` ready for a handout: creates it when absent; accepts it empty or holding an
/// earlier handout (index.html written by LumbarLab and images/), whose old pictures are removed.
/// Throws lumbar::Error for anything else, so no one's files are overwritten.
void prepareHandoutFolder(const std::filesystem::path& folder);

/// Writes a handout's page to `path`. Throws lumbar::Error naming the file when it cannot.
void writeHandoutPage(const std::filesystem::path& path, const std::string& html);

/// Writes `folder`/images/step-NN.png (width x height, through the viewer's current camera, each at
/// illustrativeMomentS) and `folder`/index.html for `audience`; returns the path of index.html.
/// Throws lumbar::Error when the folder cannot be used or a file cannot be written.
std::filesystem::path writeHandout(Viewer& viewer, LessonScene& moment, const std::filesystem::path& folder,
    Audience audience, int width, int height);

} // namespace lumbar::app
