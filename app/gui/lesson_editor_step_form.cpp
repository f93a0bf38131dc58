// The Lesson editor's form for the selected step: its fields, stroke, pressure points and texts,
// each with the validation messages that belong to it.
#include "gui/lesson_editor_step_form.hpp"

#include "anatomy/knowledge_base.hpp"
#include "authoring/lesson_edits.hpp"
#include "gui/lesson_panel.hpp"
#include "gui/text_widgets.hpp"
#include "gui/wrapping_text_box.hpp"
#include "session/problem_words.hpp"
#include "session/step_card.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <span>
#include <string>

namespace lumbar::app::lesson_editor_form {

using namespace technique;
namespace edit = authoring;

/// The validation messages of one field, in red under it; `inside` adds those of its parts.
void fieldProblems(const LessonEditor& editor, const ProblemPath& where, bool inside)
{
    // While the field above is being typed in, its lines keep their room when they go ("must not
    // be empty" after the first letter): the form does not move under the pointer, and the next
    // click lands on the field it was aimed at. The room is given back when the field is left.
    const ImGuiID field = ImGui::GetItemID();
    const bool typing = ImGui::IsItemActive();
    const float top = ImGui::GetCursorPosY();
    for (const Problem* problem : editor.problemsAt(where)) {
        const bool here = problem->where == where.text();
        if (!inside && !here)
            continue;
        ImGui::PushStyleColor(ImGuiCol_Text, errorTextColor());
        wrappedText("%s%s%s", here ? "" : problemPlaceInWords(problem->where).c_str(), here ? "" : ": ",
            problem->message.c_str());
        ImGui::PopStyleColor();
    }
    ImGuiStorage& storage = *ImGui::GetStateStorage();
    const ImGuiID key = field ^ 0x70726f62u; // "prob": this field's problem lines' height
    const float height = ImGui::GetCursorPosY() - top;
    const float kept = storage.GetFloat(key, 0.0f);
    if (typing && field != 0 && height < kept) {
        ImGui::Dummy(ImVec2(1.0f, kept - height - ImGui::GetStyle().ItemSpacing.y));
        return;
    }
    storage.SetFloat(key, height);
}

/// Typing merges into one undo until the field loses focus.
void endMergeWhenDone(LessonEditor& editor)
{
    if (ImGui::IsItemDeactivated())
        editor.document().endMerge();
}

namespace {

/// A combo over every value of a lesson enumeration, labelled by its file spelling.
template <typename Enum> bool enumCombo(const char* label, Enum& value)
{
    bool changed = false;
    if (ImGui::BeginCombo(label, spellingOf(value))) {
        for (const Enum candidate : allValues<Enum>()) {
            if (ImGui::Selectable(spellingOf(candidate), candidate == value)) {
                value = candidate;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

/// A combo of every structure in the knowledge base; true with `chosen` set when one is picked.
bool structureCombo(
    const char* label, const char* preview, const KnowledgeBase& knowledge, std::string& chosen)
{
    bool picked = false;
    if (ImGui::BeginCombo(label, preview, ImGuiComboFlags_HeightLarge)) {
        for (const StructureInfo& structure : knowledge.structures)
            if (ImGui::Selectable((structure.name + "##" + structure.id).c_str(), structure.id == chosen)) {
                chosen = structure.id;
                picked = true;
            }
        ImGui::EndCombo();
    }
    return picked;
}

std::string anchorText(const Anchor& anchor, const KnowledgeBase& knowledge)
{
    if (anchor.isLandmark())
        return anchor.landmark;
    char numbers[48];
    std::snprintf(numbers, sizeof numbers, " (u %.2f, v %.2f)", anchor.u, anchor.v);
    return structureName(knowledge, anchor.structure) + numbers;
}

/// The Place button of an anchor: armed, it reads "Click the model..." and cancels on a second press.
void placeButton(LessonEditor& editor, const AnchorPlacement& placement, const char* idleLabel)
{
    const std::optional<AnchorPlacement>& armed = editor.placement();
    const bool isArmed = armed && armed->kind == placement.kind && armed->step == placement.step
        && armed->index == placement.index;
    if (isArmed)
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(isArmed ? "Click the model..." : idleLabel))
        isArmed ? editor.cancelPlacement() : editor.beginPlacement(placement);
    if (isArmed)
        ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Then click the anatomy where the anchor goes; drag to adjust.\n"
                          "It snaps to the surface and is stored on the structure you click.");
}

void drawTargets(LessonEditor& editor, std::size_t index, const Step& step, const KnowledgeBase& knowledge)
{
    edit::LessonDocument& document = editor.document();
    wrappedText("Targets (the first is the surface the tool travels on)");
    for (std::size_t i = 0; i < step.targets.size(); ++i) {
        ImGui::PushID(int(i));
        std::string chosen = step.targets[i];
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 2.5f);
        if (structureCombo("##target", structureName(knowledge, chosen).c_str(), knowledge, chosen))
            edit::replaceTarget(document, index, i, chosen);
        ImGui::SameLine();
        if (ImGui::SmallButton("x"))
            edit::removeTarget(document, index, i);
        ImGui::PopID();
    }
    std::string added;
    ImGui::SetNextItemWidth(-1.0f);
    if (structureCombo("##addtarget", "Add a target...", knowledge, added))
        edit::addTarget(document, index, added);
    fieldProblems(editor, stepPath(index).member("targets"));
}

/// A checkbox per trigger point of the targets' referral patterns (one per id: the two sides of a
/// muscle share them), and any named point the targets no longer have, to be unticked.
void drawTriggerPoints(
    LessonEditor& editor, std::size_t index, const Step& step, const KnowledgeBase& knowledge)
{
    std::vector<std::pair<std::string, std::string>> offered; // id, label
    for (const std::string& target : step.targets)
        if (const StructureInfo* structure = knowledge.find(target))
            for (std::size_t i = 0; i < structure->referral.triggerPoints.size(); ++i) {
                const TriggerPoint& point = structure->referral.triggerPoints[i];
                if (std::none_of(
                        offered.begin(), offered.end(), [&](const auto& o) { return o.first == point.id; }))
                    offered.emplace_back(
                        point.id, structure->name + ", point " + std::to_string(i + 1) + ": " + point.name);
            }
    for (const std::string& id : step.triggerPoints)
        if (std::none_of(offered.begin(), offered.end(), [&](const auto& o) { return o.first == id; }))
            offered.emplace_back(id, id + " (not a point of the targets)");
    if (offered.empty())
        return;
    wrappedText("Trigger points it treats (shown on the muscle's card)");
    for (const auto& [id, label] : offered) {
        bool treated
            = std::find(step.triggerPoints.begin(), step.triggerPoints.end(), id) != step.triggerPoints.end();
        ImGui::PushID(id.c_str());
        if (ImGui::Checkbox("##treated", &treated))
            edit::setTriggerPointTreated(editor.document(), index, id, treated);
        ImGui::SameLine();
        wrappedText("%s", label.c_str());
        ImGui::PopID();
    }
    fieldProblems(editor, stepPath(index).member("trigger_points"));
}

void drawStroke(LessonEditor& editor, std::size_t index, const Step& step, const KnowledgeBase& knowledge)
{
    edit::LessonDocument& document = editor.document();
    const ProblemPath place = stepPath(index).member("stroke");
    if (!step.stroke) {
        ImGui::TextDisabled("No stroke: the tool stays on its pressure points.");
        if (ImGui::Button("Add a stroke"))
            edit::addStroke(document, index);
        return;
    }
    Stroke stroke = *step.stroke;
    if (enumCombo("Kind", stroke.kind))
        edit::setStrokeKind(document, index, stroke.kind);
    if (enumCombo("Direction", stroke.direction))
        edit::setStrokeDirection(document, index, stroke.direction);
    float speed = float(stroke.speedCmS);
    if (ImGui::SliderFloat(
            "Speed", &speed, float(kMinSpeedCmS), 10.0f, "%.1f cm/s", ImGuiSliderFlags_Logarithmic))
        edit::setStrokeSpeed(document, index, std::clamp(double(speed), kMinSpeedCmS, kMaxSpeedCmS));
    endMergeWhenDone(editor);
    fieldProblems(editor, place.member("speed_cm_s"));
    int repetitions = stroke.repetitions;
    if (ImGui::SliderInt("Passes", &repetitions, 1, 20))
        edit::setStrokeRepetitions(document, index, std::clamp(repetitions, 1, kMaxRepetitions));
    endMergeWhenDone(editor);
    if (enumCombo("Repeat", stroke.repeat))
        edit::setRepeatMode(document, index, stroke.repeat);

    ImGui::TextUnformatted("Path");
    for (std::size_t i = 0; i < stroke.path.size(); ++i) {
        ImGui::PushID(int(i));
        ImGui::BulletText("%s", anchorText(stroke.path[i], knowledge).c_str());
        if (!stroke.path[i].isLandmark()) {
            Anchor anchor = stroke.path[i];
            float uv[2] = {float(anchor.u), float(anchor.v)};
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9.0f);
            if (ImGui::SliderFloat2("u, v", uv, 0.0f, 1.0f, "%.2f")) {
                anchor.u = uv[0];
                anchor.v = uv[1];
                edit::setPathAnchor(document, index, i, anchor);
            }
            endMergeWhenDone(editor);
            ImGui::SameLine();
        }
        placeButton(editor, {AnchorPlacement::Kind::PathAnchor, index, i}, "Place");
        ImGui::SameLine();
        if (ImGui::SmallButton("x"))
            edit::removePathAnchor(document, index, i);
        fieldProblems(editor, place.member("path").index(i));
        ImGui::PopID();
    }
    placeButton(
        editor, {AnchorPlacement::Kind::PathAnchor, index, std::nullopt}, "Add an anchor on the model");
    fieldProblems(editor, place.member("path"), false);

    ImGui::TextUnformatted("Force along each pass");
    const std::vector<ForceSample>& profile = step.forceProfile;
    for (std::size_t i = 0; i < profile.size(); ++i) {
        ImGui::PushID(int(100 + i));
        ForceSample sample = profile[i];
        float values[2] = {float(sample.u), float(sample.forceN)};
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
        if (ImGui::DragFloat2("u, N", values, 0.01f, 0.0f, float(kMaxForceN), "%.2f")) {
            sample.u = std::clamp(double(values[0]), 0.0, 1.0);
            sample.forceN = std::clamp(double(values[1]), 0.0, kMaxForceN);
            edit::setForceSample(document, index, i, sample);
        }
        endMergeWhenDone(editor);
        ImGui::SameLine();
        if (ImGui::SmallButton("x"))
            edit::removeForceSample(document, index, i);
        ImGui::PopID();
    }
    if (ImGui::SmallButton("Add a force sample"))
        edit::addForceSample(
            document, index, {profile.empty() ? 0.0 : 1.0, profile.empty() ? 20.0 : profile.back().forceN});
    fieldProblems(editor, stepPath(index).member("pressure"));
    if (ImGui::Button("Remove the stroke"))
        edit::removeStroke(document, index);
}

void drawPressurePoints(
    LessonEditor& editor, std::size_t index, const Step& step, const KnowledgeBase& knowledge)
{
    edit::LessonDocument& document = editor.document();
    const ProblemPath place = stepPath(index).member("pressure_points");
    for (std::size_t i = 0; i < step.pressurePoints.size(); ++i) {
        ImGui::PushID(int(200 + i));
        PressurePoint point = step.pressurePoints[i];
        ImGui::BulletText("%s", anchorText(point.anchor, knowledge).c_str());
        float values[2] = {float(point.holdS), float(point.forceN)};
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
        if (ImGui::DragFloat2("hold s, N", values, 0.5f, 0.0f, float(kMaxForceN), "%.0f")) {
            point.holdS = std::clamp(double(values[0]), kMinHoldS, kMaxHoldS);
            point.forceN = std::clamp(double(values[1]), 0.0, kMaxForceN);
            edit::setPressurePoint(document, index, i, point);
        }
        endMergeWhenDone(editor);
        ImGui::SameLine();
        placeButton(editor, {AnchorPlacement::Kind::PressurePoint, index, i}, "Place");
        ImGui::SameLine();
        if (ImGui::SmallButton("x"))
            edit::removePressurePoint(document, index, i);
        fieldProblems(editor, place.index(i));
        ImGui::PopID();
    }
    placeButton(
        editor, {AnchorPlacement::Kind::PressurePoint, index, std::nullopt}, "Add a point on the model");
}

/// A list of lines (cautions, sources) with add, edit and remove.
template <typename SetFn, typename AddFn, typename RemoveFn>
void drawTextList(LessonEditor& editor, const char* label, const std::vector<std::string>& items,
    const ProblemPath& place, SetFn set, AddFn add, RemoveFn remove)
{
    ImGui::TextUnformatted(label);
    ImGui::PushID(label); // the lists' rows would otherwise share their ids
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(int(i));
        std::string text = items[i];
        ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 2.0f);
        if (ImGui::InputText("##item", &text))
            set(i, text);
        endMergeWhenDone(editor);
        ImGui::SameLine();
        if (ImGui::SmallButton("x"))
            remove(i);
        ImGui::PopID();
    }
    if (ImGui::SmallButton("Add"))
        add();
    ImGui::PopID();
    fieldProblems(editor, place);
}

void drawTexts(LessonEditor& editor, LessonEditorPanelState& state, std::size_t index, const Step& step)
{
    edit::LessonDocument& document = editor.document();
    const std::span<const Audience> audiences = allValues<Audience>();
    const ProblemPath explain = stepPath(index).member("explain");
    // Radio buttons rather than tabs: the fields below always belong to the audience shown as chosen.
    for (std::size_t a = 0; a < audiences.size(); ++a) {
        const bool flawed = !editor.problemsAt(explain.member(audienceName(audiences[a]))).empty();
        const std::string label
            = capitalised(audienceName(audiences[a])) + (flawed ? " (!)" : "") + "###aud" + std::to_string(a);
        if (a > 0)
            ImGui::SameLine();
        ImGui::RadioButton(label.c_str(), &state.audience, int(a));
    }
    const Audience audience = audiences[std::size_t(state.audience)];
    const Explanation& texts = textsFor(step, audience);
    std::string title = texts.title;
    const std::string titleId = "Title##audienceTitle" + std::to_string(state.audience);
    if (ImGui::InputTextWithHint(titleId.c_str(), "the step's title", &title))
        edit::setAudienceTitle(document, index, audience, title);
    endMergeWhenDone(editor);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The step's title in these words (optional; for patients, say it plainly)");
    for (const ExplanationField field : allValues<ExplanationField>()) {
        std::string text = textOf(texts, field);
        const std::string label = capitalised(explanationFieldName(field));
        ImGui::TextUnformatted(label.c_str());
        const std::string id = "##" + label + std::to_string(state.audience);
        if (wrappingTextBox(id.c_str(), text))
            edit::setExplanation(document, index, audience, field, text);
        endMergeWhenDone(editor);
        fieldProblems(editor, explain.member(audienceName(audience)).member(explanationFieldName(field)));
    }
    drawTextList(
        editor, "Cautions in these words (optional)", texts.cautions,
        explain.member(audienceName(audience)).member("cautions"),
        [&](std::size_t i, const std::string& t) {
            edit::setAudienceCaution(document, index, audience, i, t);
        },
        [&] { edit::addAudienceCaution(document, index, audience, "New caution"); },
        [&](std::size_t i) { edit::removeAudienceCaution(document, index, audience, i); });
    std::string checkIn = step.checkIn;
    if (ImGui::InputText("Ask", &checkIn))
        edit::setCheckIn(document, index, checkIn);
    endMergeWhenDone(editor);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("What the therapist asks the client during this step");
    drawTextList(
        editor, "Cautions", step.cautions, stepPath(index).member("cautions"),
        [&](std::size_t i, const std::string& t) { edit::setCaution(document, index, i, t); },
        [&] { edit::addCaution(document, index, "New caution"); },
        [&](std::size_t i) { edit::removeCaution(document, index, i); });
    drawTextList(
        editor, "Sources", step.sources, stepPath(index).member("sources"),
        [&](std::size_t i, const std::string& t) { edit::setSource(document, index, i, t); },
        [&] { edit::addSource(document, index, "Author, title, year"); },
        [&](std::size_t i) { edit::removeSource(document, index, i); });
}

} // namespace

void drawStepFields(LessonEditor& editor, LessonEditorPanelState& state, const KnowledgeBase& knowledge)
{
    edit::LessonDocument& document = editor.document();
    if (document.lesson().steps.empty())
        return;
    const std::size_t index = editor.selectedStep();
    // A copy: every edit replaces the lesson the reference would point into.
    const Step step = document.lesson().steps[index];
    const ProblemPath place = stepPath(index);
    ImGui::Separator();
    ImGui::Text("Step %zu", index + 1);
    std::string title = step.title;
    if (ImGui::InputText("Step title", &title))
        edit::setStepTitle(document, index, title);
    endMergeWhenDone(editor);
    fieldProblems(editor, place.member("title"));
    Phase phase = step.phase;
    if (enumCombo("Phase", phase))
        edit::setStepPhase(document, index, phase);
    ToolKind tool = step.tool;
    if (enumCombo("Tool", tool))
        edit::setStepTool(document, index, tool);
    Approach approach = step.approach;
    if (enumCombo("Approach", approach))
        edit::setStepApproach(document, index, approach);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("posterior: from behind the prone client\nlateral: from the client's side");
    float duration = float(step.durationS);
    if (ImGui::SliderFloat(
            "Duration", &duration, float(kMinDurationS), 600.0f, "%.0f s", ImGuiSliderFlags_Logarithmic))
        edit::setDuration(document, index, std::clamp(double(duration), kMinDurationS, kMaxDurationS));
    endMergeWhenDone(editor);
    fieldProblems(editor, place.member("duration_s"));
    bool ownArea = step.contactAreaCm2.has_value();
    if (ImGui::Checkbox("Own contact area", &ownArea))
        edit::setContactArea(document, index, ownArea ? std::optional<double>(10.0) : std::nullopt);
    if (ownArea) {
        ImGui::SameLine();
        float area = float(step.contactAreaCm2.value_or(10.0));
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::SliderFloat("##area", &area, float(kMinContactAreaCm2), float(kMaxContactAreaCm2),
                "%.1f cm2", ImGuiSliderFlags_Logarithmic))
            edit::setContactArea(
                document, index, std::clamp(double(area), kMinContactAreaCm2, kMaxContactAreaCm2));
        endMergeWhenDone(editor);
    }
    fieldProblems(editor, place.member("contact_area_cm2"));
    drawTargets(editor, index, step, knowledge);
    drawTriggerPoints(editor, index, step, knowledge);
    if (ImGui::CollapsingHeader("Stroke", ImGuiTreeNodeFlags_DefaultOpen))
        drawStroke(editor, index, step, knowledge);
    if (ImGui::CollapsingHeader("Pressure points"))
        drawPressurePoints(editor, index, step, knowledge);
    if (ImGui::CollapsingHeader("Texts", ImGuiTreeNodeFlags_DefaultOpen))
        drawTexts(editor, state, index, step);
}

} // namespace lumbar::app::lesson_editor_form
