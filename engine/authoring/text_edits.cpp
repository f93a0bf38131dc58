// Edits of a step's texts: the twelve explanations, the check-in, cautions and sources.
#include "authoring/edit_helpers.hpp"
#include "authoring/lesson_edits.hpp"

namespace lumbar::authoring {

using namespace detail;
using technique::Step;

namespace {

/// "steps[2].cautions[0]".
std::string listPlace(std::size_t step, const char* list, std::size_t index)
{
    return stepPlace(step).member(list).index(index).text();
}

void removeText(std::vector<std::string>& items, std::size_t index, const char* what)
{
    element(items, index, what);
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
}

} // namespace

void setExplanation(LessonDocument& document, std::size_t step, Audience audience, ExplanationField field,
    const std::string& text)
{
    editStep(
        document, step,
        "Edit " + stepName(step) + " " + audienceName(audience) + " " + explanationFieldName(field),
        [&](Step& s) { technique::textOf(technique::textsFor(s, audience), field) = text; },
        stepPlace(step)
            .member("explain")
            .member(audienceName(audience))
            .member(explanationFieldName(field))
            .text());
}

void setAudienceTitle(LessonDocument& document, std::size_t step, Audience audience, const std::string& text)
{
    editStep(
        document, step, "Edit " + stepName(step) + " " + audienceName(audience) + " title",
        [&](Step& s) { technique::textsFor(s, audience).title = text; },
        stepPlace(step).member("explain").member(audienceName(audience)).member("title").text());
}

void addAudienceCaution(
    LessonDocument& document, std::size_t step, Audience audience, const std::string& text)
{
    editStep(document, step, "Add a " + std::string(audienceName(audience)) + " caution to " + stepName(step),
        [&](Step& s) { technique::textsFor(s, audience).cautions.push_back(text); });
}

void setAudienceCaution(
    LessonDocument& document, std::size_t step, Audience audience, std::size_t index, const std::string& text)
{
    editStep(
        document, step,
        "Edit " + std::string(audienceName(audience)) + " caution " + std::to_string(index + 1) + " of "
            + stepName(step),
        [&](Step& s) { element(technique::textsFor(s, audience).cautions, index, "caution") = text; },
        stepPlace(step)
            .member("explain")
            .member(audienceName(audience))
            .member("cautions")
            .index(index)
            .text());
}

void removeAudienceCaution(LessonDocument& document, std::size_t step, Audience audience, std::size_t index)
{
    editStep(document, step,
        "Remove " + std::string(audienceName(audience)) + " caution " + std::to_string(index + 1) + " of "
            + stepName(step),
        [&](Step& s) { removeText(technique::textsFor(s, audience).cautions, index, "caution"); });
}

void setCheckIn(LessonDocument& document, std::size_t step, const std::string& text)
{
    editStep(
        document, step, "Edit " + stepName(step) + " check-in", [&](Step& s) { s.checkIn = text; },
        stepPlace(step).member("check_in").text());
}

void addCaution(LessonDocument& document, std::size_t step, const std::string& text)
{
    editStep(
        document, step, "Add a caution to " + stepName(step), [&](Step& s) { s.cautions.push_back(text); });
}

void setCaution(LessonDocument& document, std::size_t step, std::size_t index, const std::string& text)
{
    editStep(
        document, step, "Edit caution " + std::to_string(index + 1) + " of " + stepName(step),
        [&](Step& s) { element(s.cautions, index, "caution") = text; }, listPlace(step, "cautions", index));
}

void removeCaution(LessonDocument& document, std::size_t step, std::size_t index)
{
    editStep(document, step, "Remove caution " + std::to_string(index + 1) + " of " + stepName(step),
        [&](Step& s) { removeText(s.cautions, index, "caution"); });
}

void addSource(LessonDocument& document, std::size_t step, const std::string& text)
{
    editStep(
        document, step, "Add a source to " + stepName(step), [&](Step& s) { s.sources.push_back(text); });
}

void setSource(LessonDocument& document, std::size_t step, std::size_t index, const std::string& text)
{
    editStep(
        document, step, "Edit source " + std::to_string(index + 1) + " of " + stepName(step),
        [&](Step& s) { element(s.sources, index, "source") = text; }, listPlace(step, "sources", index));
}

void removeSource(LessonDocument& document, std::size_t step, std::size_t index)
{
    editStep(document, step, "Remove source " + std::to_string(index + 1) + " of " + stepName(step),
        [&](Step& s) { removeText(s.sources, index, "source"); });
}

} // namespace lumbar::authoring
