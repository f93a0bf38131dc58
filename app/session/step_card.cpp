// Building the step card: the audience's texts under their labels, in the one order every view
// reads them.
#include "session/step_card.hpp"

#include "anatomy/knowledge_base.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace lumbar::app {
namespace {

using namespace technique;

/// Appends a paragraph section; an empty text has no section, so no view shows a bare heading.
void addParagraph(
    std::vector<CardSection>& sections, CardSectionKind kind, const char* label, const std::string& text)
{
    if (!text.empty())
        sections.push_back({kind, label, text, {}});
}

/// The targets' display names, or for the patient their plain names where the knowledge base has
/// them ("your skin; the long muscle beside your spine, on your left side").
std::string targetNames(const Step& step, const KnowledgeBase& knowledge, bool patient)
{
    std::string names;
    for (const std::string& id : step.targets) {
        const StructureInfo* structure = knowledge.find(id);
        const bool plain = patient && structure && !structure->plainName.empty();
        names += (names.empty()    ? ""
                         : patient ? "; "
                                   : ", ")
            + (plain ? structure->plainName : structureName(knowledge, id));
    }
    return names;
}

std::string strokeLine(const Stroke& stroke)
{
    char line[160];
    std::snprintf(line, sizeof line, "%s, %s, %.1f cm/s, %d x", strokeKindName(stroke.kind),
        strokeDirectionName(stroke.direction), stroke.speedCmS, stroke.repetitions);
    return line;
}

/// The patient's name of a muscle: the knowledge base's plain name, else its name, lower case.
std::string plainOrName(const StructureInfo& structure)
{
    std::string name = structure.plainName.empty() ? structure.name : structure.plainName;
    if (!name.empty())
        name[0] = char(std::tolower(static_cast<unsigned char>(name[0])));
    return name;
}

} // namespace

std::string structureName(const KnowledgeBase& knowledge, const std::string& id)
{
    const StructureInfo* structure = knowledge.find(id);
    return structure ? structure->name : id;
}

std::string StepCard::phaseAndTool() const
{
    return phase + "  |  " + tool;
}

const CardSection* StepCard::section(CardSectionKind kind) const
{
    for (const CardSection& candidate : sections)
        if (candidate.kind == kind)
            return &candidate;
    return nullptr;
}

StepCard stepCard(const Step& step, Audience audience, const KnowledgeBase& knowledge)
{
    const bool patient = audience == Audience::Patient;
    const Explanation& texts = textsFor(step, audience);
    StepCard card;
    card.title = texts.title.empty() ? step.title : texts.title;
    card.phase = phaseName(step.phase);
    card.tool = toolName(step.tool);
    card.targets = targetNames(step, knowledge, patient);
    // The patient reads of a tender knot once per muscle, not naming again the muscles the On:
    // line names when the knots are in all of them.
    std::vector<const StructureInfo*> knotted;
    for (const std::string& id : step.triggerPoints) {
        const technique::StepTriggerPoint found = technique::findStepTriggerPoint(step, id, knowledge);
        if (!found.point)
            continue;
        if (patient) {
            if (std::find(knotted.begin(), knotted.end(), found.structure) == knotted.end())
                knotted.push_back(found.structure);
            continue;
        }
        std::string muscle = found.structure->name;
        if (!muscle.empty())
            muscle[0] = char(std::tolower(static_cast<unsigned char>(muscle[0])));
        card.triggerPoints.push_back(
            muscle + ", point " + std::to_string(found.number) + ": " + found.point->name);
    }
    // Trigger points are found in the targets' patterns only: the knotted muscles are targets.
    if (knotted.size() == 1 && step.targets.size() == 1)
        card.triggerPoints.push_back("a tender knot in this muscle");
    else if (knotted.size() > 1 && knotted.size() == step.targets.size())
        card.triggerPoints.push_back("a tender knot in each of these muscles");
    else
        for (const StructureInfo* structure : knotted)
            card.triggerPoints.push_back("a tender knot in " + plainOrName(*structure));
    if (step.stroke && !patient)
        card.stroke = strokeLine(*step.stroke);

    addParagraph(card.sections, CardSectionKind::What, patient ? "What happens" : "What", texts.what);
    addParagraph(card.sections, CardSectionKind::Why, "Why", texts.why);
    addParagraph(card.sections, CardSectionKind::How, "How", texts.how);
    addParagraph(
        card.sections, CardSectionKind::Avoid, patient ? "Tell your therapist if" : "Avoid", texts.avoid);
    // The audience's own cautions when the lesson words them for it (patients: in plain words).
    const std::vector<std::string>& cautions = texts.cautions.empty() ? step.cautions : texts.cautions;
    if (!cautions.empty())
        card.sections.push_back(
            {CardSectionKind::Cautions, patient ? "Take care" : "Cautions", {}, cautions});
    addParagraph(card.sections, CardSectionKind::CheckIn, "Check-in", step.checkIn);

    if (!patient)
        card.sources = step.sources;
    return card;
}

} // namespace lumbar::app
