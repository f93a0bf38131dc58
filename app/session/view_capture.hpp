// Saved views and the viewer: what the 3D view shows now as a SavedView, and a SavedView shown.
#pragma once

#include "views/view_collection.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace lumbar::app {

class Viewer;

/// The view as it is: camera, layers, peel, x-ray, body, hidden and isolated structures, the
/// selection, referral, the section plane, and `lesson` (an id or path; empty: none) at `timeS`.
views::SavedView captureView(
    const Viewer& viewer, const std::string& name, const std::string& lesson, double timeS);

/// Shows `view` (everything captureView records except the lesson, which the caller opens).
/// Returns what could not be shown in words ("the model has no structure \"kidney.left\""); the
/// rest is shown.
std::vector<std::string> applyView(Viewer& viewer, const views::SavedView& view);

/// Where a new collection titled `title` is saved: dataDir()/views/<title as a file name>.json,
/// the first free name.
std::filesystem::path newCollectionPath(const std::string& title);

/// "week-3-the-erector-spinae" for "Week 3: the erector spinae": a title as a file name (lower case,
/// letters and digits, runs of anything else one hyphen); "views" when nothing is left.
std::string collectionStem(const std::string& title);

/// Where the window writes the handout of a collection titled `title`:
/// dataDir()/handouts/views-<collectionStem>, written over by the next handout of the same title.
std::filesystem::path viewsHandoutFolder(const std::string& title);

} // namespace lumbar::app
