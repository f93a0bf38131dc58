// The edits the lesson editor offers, each one undoable entry of a LessonDocument with a label
// ("Move step 3 up"). Step numbers in labels count from 1; indices in arguments from 0. An index out
// of range is a programmer error: std::out_of_range, and the lesson is unchanged.
#pragma once

#include "authoring/lesson_document.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace lumbar::authoring {

/// The audience of an explanation text (technique/lesson.hpp).
using technique::Audience;
using technique::audienceName;
/// One of an explanation's four texts (technique/lesson_vocabulary.hpp).
using technique::ExplanationField;
using technique::explanationFieldName;

// Lesson fields. Text edits merge while typing (merge key = the field's place, e.g. "title").

/// Sets the lesson id (also the autosave file name).
void setLessonId(LessonDocument& document, const std::string& id);
/// Sets the lesson title.
void setLessonTitle(LessonDocument& document, const std::string& title);
/// Sets the lesson summary.
void setLessonSummary(LessonDocument& document, const std::string& summary);
/// Sets the patient position ("prone", "side-lying left", ...).
void setPatientPosition(LessonDocument& document, const std::string& position);

// Steps.

/// The step addStep inserts at `at`: "New step", the phase and targets of the step before it
/// (assessment and "skin" when there is none), a palm, 60 s, no stroke; its texts are left empty
/// for the author, so validation points at them.
technique::Step defaultStep(const technique::Lesson& lesson, std::size_t at);
/// Inserts defaultStep at index `at` (0..size; `i + 1` adds after step i) and returns `at`.
std::size_t addStep(LessonDocument& document, std::size_t at);
/// Inserts a copy of step `index` right after it and returns the copy's index.
std::size_t duplicateStep(LessonDocument& document, std::size_t index);
/// Moves step `from` to index `to`, shifting the steps between ("Move step 3 up").
void moveStep(LessonDocument& document, std::size_t from, std::size_t to);
/// Deletes step `index`.
void deleteStep(LessonDocument& document, std::size_t index);

/// Sets a step's title.
void setStepTitle(LessonDocument& document, std::size_t step, const std::string& title);
/// Sets a step's phase.
void setStepPhase(LessonDocument& document, std::size_t step, technique::Phase phase);
/// Sets a step's tool.
void setStepTool(LessonDocument& document, std::size_t step, technique::ToolKind tool);
/// Sets the side a step's anchors are worked from (lateral: with the client side-lying).
void setStepApproach(LessonDocument& document, std::size_t step, technique::Approach approach);
/// Sets or clears (nullopt: the tool's default) a step's contact area.
void setContactArea(LessonDocument& document, std::size_t step, std::optional<double> areaCm2);
/// Sets a step's duration.
void setDuration(LessonDocument& document, std::size_t step, double durationS);

/// Adds a target structure at the end of a step's list.
void addTarget(LessonDocument& document, std::size_t step, const std::string& structureId);
/// Names trigger point `id` (of the step's targets' patterns) as treated by the step, or no longer;
/// nothing changes (and nothing is recorded for undo) when it already is as asked.
void setTriggerPointTreated(LessonDocument& document, std::size_t step, const std::string& id, bool treated);
/// Removes target `index` of a step.
void removeTarget(LessonDocument& document, std::size_t step, std::size_t index);
/// Replaces target `index` of a step.
void replaceTarget(
    LessonDocument& document, std::size_t step, std::size_t index, const std::string& structureId);

// Stroke. Edits of a stroke's fields need the step to have one (std::logic_error otherwise).

/// Gives a step a stroke: a glide on its first target from u 0.2 to 0.8 at v 0.5, 1 cm/s, once,
/// and a constant 20 N when the step has no force profile yet. Does nothing when it has one.
void addStroke(LessonDocument& document, std::size_t step);
/// Removes a step's stroke and its force profile, which only applies to a stroke.
void removeStroke(LessonDocument& document, std::size_t step);
/// Sets the stroke's kind.
void setStrokeKind(LessonDocument& document, std::size_t step, technique::StrokeKind kind);
/// Sets the stroke's direction.
void setStrokeDirection(LessonDocument& document, std::size_t step, technique::StrokeDirection direction);
/// Sets the stroke's speed along the surface.
void setStrokeSpeed(LessonDocument& document, std::size_t step, double speedCmS);
/// Sets the number of passes.
void setStrokeRepetitions(LessonDocument& document, std::size_t step, int repetitions);
/// Sets how passes follow each other.
void setRepeatMode(LessonDocument& document, std::size_t step, technique::RepeatMode mode);

/// Inserts `anchor` into the stroke's path at index `at` (0..size).
void addPathAnchor(
    LessonDocument& document, std::size_t step, std::size_t at, const technique::Anchor& anchor);
/// Replaces path anchor `index` (dragging one merges into one edit).
void setPathAnchor(
    LessonDocument& document, std::size_t step, std::size_t index, const technique::Anchor& anchor);
/// Moves path anchor `from` to index `to`.
void movePathAnchor(LessonDocument& document, std::size_t step, std::size_t from, std::size_t to);
/// Removes path anchor `index`.
void removePathAnchor(LessonDocument& document, std::size_t step, std::size_t index);

// Force profile: samples stay where they are put; validation reports a u that does not increase.

/// Inserts `sample` before the first sample with a larger u and returns its index.
std::size_t addForceSample(LessonDocument& document, std::size_t step, const technique::ForceSample& sample);
/// Replaces sample `index` of the force profile.
void setForceSample(
    LessonDocument& document, std::size_t step, std::size_t index, const technique::ForceSample& sample);
/// Removes sample `index` of the force profile.
void removeForceSample(LessonDocument& document, std::size_t step, std::size_t index);

// Pressure points.

/// Appends a pressure point and returns its index.
std::size_t addPressurePoint(
    LessonDocument& document, std::size_t step, const technique::PressurePoint& point);
/// Replaces pressure point `index` (anchor, hold and force).
void setPressurePoint(
    LessonDocument& document, std::size_t step, std::size_t index, const technique::PressurePoint& point);
/// Removes pressure point `index`.
void removePressurePoint(LessonDocument& document, std::size_t step, std::size_t index);

// Texts.

/// The step's title for `audience` (empty: the step's own title serves).
void setAudienceTitle(LessonDocument& document, std::size_t step, Audience audience, const std::string& text);
/// The step's cautions in `audience`'s words (empty: the step's own serve): append, edit, remove.
void addAudienceCaution(
    LessonDocument& document, std::size_t step, Audience audience, const std::string& text);
void setAudienceCaution(LessonDocument& document, std::size_t step, Audience audience, std::size_t index,
    const std::string& text);
void removeAudienceCaution(LessonDocument& document, std::size_t step, Audience audience, std::size_t index);
/// Sets one of the twelve explanation texts of a step.
void setExplanation(LessonDocument& document, std::size_t step, Audience audience, ExplanationField field,
    const std::string& text);
/// Sets what the therapist asks the client.
void setCheckIn(LessonDocument& document, std::size_t step, const std::string& text);
/// Appends a caution.
void addCaution(LessonDocument& document, std::size_t step, const std::string& text);
/// Replaces caution `index`.
void setCaution(LessonDocument& document, std::size_t step, std::size_t index, const std::string& text);
/// Removes caution `index`.
void removeCaution(LessonDocument& document, std::size_t step, std::size_t index);
/// Appends a source.
void addSource(LessonDocument& document, std::size_t step, const std::string& text);
/// Replaces source `index`.
void setSource(LessonDocument& document, std::size_t step, std::size_t index, const std::string& text);
/// Removes source `index`.
void removeSource(LessonDocument& document, std::size_t step, std::size_t index);

} // namespace lumbar::authoring
