// Saved views: an instructor's prepared views of the anatomy (camera, layers, selection, section,
// lesson moment) with pins and notes, kept as one JSON file per collection (docs/views-format.md).
#pragma once

#include "core/problem_path.hpp"

#include <glm/glm.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::views {

/// The value of the "format" field every view collection carries.
inline constexpr const char* kViewsFormatName = "lumbarlab-views";
/// The version this build reads and writes; newer files are refused, never misread.
inline constexpr int kViewsFormatVersion = 1;
/// The longest note a pin may carry (a few sentences on a slide).
inline constexpr std::size_t kMaxPinNoteChars = 600;

/// A note pinned to a structure at a point of its surface (model space, metres).
struct ViewPin {
    std::string structure;
    glm::vec3 pointM{0.0f};
    std::string note;

    bool operator==(const ViewPin&) const = default;
};

/// One layer's control as the Layers panel sets it.
struct LayerSetting {
    std::string layer; ///< a knowledge-base layer id
    bool visible = true;
    float opacity = 1.0f;

    bool operator==(const LayerSetting&) const = default;
};

struct SavedView {
    std::string name;
    // The camera: what it orbits, how far back, and from where (degrees).
    glm::vec3 targetM{0.0f};
    float distanceM = 1.0f;
    float yawDegrees = 0.0f;
    float pitchDegrees = 0.0f;
    // What shows.
    std::vector<LayerSetting> layers;
    std::string peelTo; ///< the layer the view is peeled to; empty: nothing peeled
    bool xray = false;
    bool body = true; ///< the client's body and the table round the anatomy
    std::vector<std::string> hidden; ///< structure ids
    std::vector<std::string> isolated; ///< structure ids; empty: no isolation
    std::string selected; ///< structure id; empty: none
    bool referral = false; ///< the selected muscle's referral pattern shown
    // The section view.
    bool section = false;
    std::string sectionOrientation = "transverse"; ///< transverse, sagittal or coronal
    float sectionPositionM = 0.0f;
    bool sectionFlipped = false;
    // The lesson and its moment; empty lesson: none.
    std::string lesson; ///< a built-in lesson id or a lesson file's path
    double timeS = 0.0;
    std::vector<ViewPin> pins;

    bool operator==(const SavedView&) const = default;
};

struct ViewCollection {
    std::string title;
    std::vector<SavedView> views; ///< in the order they are shown in class

    bool operator==(const ViewCollection&) const = default;
};

/// The outcome of reading a collection: the collection only when it has no problem.
struct ViewCollectionParse {
    std::optional<ViewCollection> collection;
    std::vector<Problem> problems;
};

/// Parses a collection. Every field is checked (types, ranges, unknown fields, and with
/// `knowledge` the layer and structure ids) and every problem collected with its place
/// ("views[2].pins[0].structure: ..."); never throws on bad content.
ViewCollectionParse parseViewCollection(
    const std::string& jsonText, const std::string& sourceName, const KnowledgeBase* knowledge = nullptr);
/// Reads and parses a file (a missing, unreadable or too large file is one problem naming it).
ViewCollectionParse loadViewCollection(
    const std::filesystem::path& path, const KnowledgeBase* knowledge = nullptr);
/// The JSON text of a collection, fields in a fixed order; parse(write(c)) == c.
std::string writeViewCollection(const ViewCollection& collection);
/// Writes the collection to `path` atomically (the old file stays whole if writing fails); throws
/// lumbar::Error naming the file and what went wrong.
void saveViewCollection(const ViewCollection& collection, const std::filesystem::path& path);

} // namespace lumbar::views
