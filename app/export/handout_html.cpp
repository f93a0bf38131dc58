// Writing the handout page: a string builder over the lesson, with every text escaped.
#include "export/handout_html.hpp"

#include "session/references.hpp"
#include "session/safety_text.hpp"
#include "session/step_card.hpp"
#include "technique/pressure.hpp"

#include <algorithm>
#include <cassert>
#include <cstdio>

namespace lumbar::app {
namespace {

using namespace technique;

/// Screen layout plus the print rules: A4-friendly margins, a new page per step, no backgrounds.
constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1d1d1f; max-width: 52em;
  margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #3a6ea5; padding-bottom: 0.2em; }
.meta { color: #555; }
.step { margin-top: 2.5em; }
.step h2 .number { color: #3a6ea5; }
.facts { border-collapse: collapse; margin: 0.8em 0; }
.facts th { text-align: left; padding: 0.2em 1em 0.2em 0; color: #555; font-weight: normal; vertical-align: top; }
.facts td { padding: 0.2em 0; }
figure { margin: 1em 0; }
.under h3 { margin-bottom: 0.3em; }
.under figure img { background: #0c0e12; max-width: 24em; }
.depth { border-collapse: collapse; margin: 0.5em 0; }
.depth th { text-align: left; color: #555; font-weight: normal; padding: 0.15em 1em 0.15em 0; }
.depth td { padding: 0.15em 1em 0.15em 0; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #888; vertical-align: middle;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.note { color: #666; font-size: 0.85em; }
figure img { max-width: 100%; height: auto; border: 1px solid #ccc; }
.caution { color: #8a4b00; }
.checkin { font-style: italic; }
.safety { background: #fff4e5; border-left: 4px solid #e08a00; padding: 0.5em 1em; }
footer { margin-top: 3em; color: #777; font-size: 0.85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .step { break-before: page; page-break-before: always; margin-top: 0; }
  .step, figure, table { break-inside: avoid; page-break-inside: avoid; }
  .safety { background: none; }
  a { color: inherit; text-decoration: none; }
}
)";

std::string number(double value, const char* format = "%.0f")
{
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

/// "20" or "20-40" for a range.
std::string range(double low, double high, const char* format = "%.0f")
{
    const std::string lowText = number(low, format);
    const std::string highText = number(high, format);
    return lowText == highText ? lowText : lowText + "-" + highText;
}

void fact(std::string& html, const std::string& label, const std::string& escapedValue)
{
    html += "<tr><th>" + escapeHtml(label) + "</th><td>" + escapedValue + "</td></tr>\n";
}

/// One section of the step card: the cautions as a list, the check-in in quotes, the texts as
/// paragraphs, each led by its label in bold.
void cardSection(std::string& html, const CardSection& section)
{
    const std::string label = "<strong>" + escapeHtml(section.label) + ":</strong>";
    switch (section.kind) {
    case CardSectionKind::Cautions:
        html += "<p class=\"caution\">" + label + "</p>\n<ul class=\"caution\">\n";
        for (const std::string& caution : section.items)
            html += "<li>" + escapeHtml(caution) + "</li>\n";
        html += "</ul>\n";
        return;
    case CardSectionKind::CheckIn:
        html += "<p class=\"checkin\">" + label + " &ldquo;" + escapeHtml(section.text) + "&rdquo;</p>\n";
        return;
    case CardSectionKind::What:
    case CardSectionKind::Why:
    case CardSectionKind::How:
    case CardSectionKind::Avoid:
        html += "<p>" + label + " " + escapeHtml(section.text) + "</p>\n";
        return;
    }
}

/// Force and pressure of the stroke (the range of its profile) and of each held point.
void forceFacts(std::string& html, const Step& step, const PreparedStep& prepared)
{
    const double area = prepared.contactAreaCm2;
    fact(html, "Contact area", escapeHtml(number(area, "%.1f")) + " cm&sup2;");
    if (!step.forceProfile.empty()) {
        const auto [low, high] = std::minmax_element(step.forceProfile.begin(), step.forceProfile.end(),
            [](const ForceSample& a, const ForceSample& b) { return a.forceN < b.forceN; });
        fact(html, "Stroke force",
            escapeHtml(range(low->forceN, high->forceN)
                + " N = " + range(pressureKPa(low->forceN, area), pressureKPa(high->forceN, area)) + " kPa"));
    }
    for (std::size_t i = 0; i < step.pressurePoints.size(); ++i) {
        const PressurePoint& point = step.pressurePoints[i];
        fact(html, "Point " + std::to_string(i + 1),
            escapeHtml(number(point.forceN) + " N = " + number(pressureKPa(point.forceN, area))
                + " kPa, held " + number(point.holdS) + " s"));
    }
}

void safetyNotes(std::string& html)
{
    html += "<section class=\"safety\">\n<h2>Safety notes</h2>\n";
    for (const TextSection& section : safetySections()) {
        html += "<h3>" + escapeHtml(section.title) + "</h3>\n<ul>\n";
        for (const char* item : section.items)
            html += "<li>" + escapeHtml(item) + "</li>\n";
        html += "</ul>\n";
    }
    html += "</section>\n";
}

/// "#rrggbb" of an sRGB colour.
std::string hexColour(const glm::vec3& colour)
{
    const glm::ivec3 byte = glm::ivec3(glm::round(glm::clamp(colour, 0.0f, 1.0f) * 255.0f));
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", byte.r, byte.g, byte.b);
    return text;
}

void underToolSection(
    std::string& html, const HandoutUnderTool& under, Audience audience, const std::string& stepNumber)
{
    const bool patient = audience == Audience::Patient;
    html += "<div class=\"under\">\n<h3>Under the tool</h3>\n";
    html += "<figure><img src=\"" + escapeHtml(under.section.source) + "\" width=\""
        + std::to_string(under.section.width) + "\" height=\"" + std::to_string(under.section.height)
        + "\" alt=\"Step " + stepNumber + ": a cross-section through the tool\">\n<figcaption>";
    html += patient
        ? "A slice across the body where the therapist presses, skin at the top. The lines show where "
          "the pressure has spread out to a half, a quarter and a tenth of what you feel on the skin."
        : escapeHtml(
            "A section across the stroke through the tool, skin up, seen from ahead of the tool. "
            "Lines: where the estimated vertical stress falls to a half, a quarter and a tenth of the "
            + number(under.surfacePressureKPa) + " kPa under the tool.");
    html += "</figcaption></figure>\n";
    html += "<table class=\"depth\">\n<tr><th></th><th>" + std::string(patient ? "How deep" : "Depth")
        + "</th><th>" + std::string(patient ? "Share of the pressure on the skin" : "Stress (estimate)")
        + "</th><th>" + std::string(patient ? "What it reaches" : "Structure") + "</th></tr>\n";
    for (const HandoutDepthRow& row : under.rows) {
        const std::string share = under.surfacePressureKPa > 0.0
            ? number(100.0 * row.stressKPa / under.surfacePressureKPa) + "%"
            : std::string("-");
        html += "<tr><td><span class=\"swatch\" style=\"background:" + hexColour(row.colour)
            + "\"></span></td><td>" + number(row.depthM * 100.0, "%.1f") + " cm</td><td>"
            + (patient ? share : number(row.stressKPa) + " kPa") + "</td><td>" + escapeHtml(row.name)
            + "</td></tr>\n";
    }
    html += "</table>\n<p class=\"note\">";
    html += patient
        ? "An estimate to show how pressure spreads, not a measurement."
        : "An estimate: a linear-elastic half-space under a uniform round contact (Boussinesq 1885; "
          "Love 1929). Real tissue is layered, nonlinear and slides: compare tools and forces with "
          "it, do not read it as a measurement.";
    html += "</p>\n</div>\n";
}

void stepSection(std::string& html, const PreparedLesson& prepared, std::size_t index,
    const KnowledgeBase& knowledge, Audience audience, const HandoutPicture* picture,
    const HandoutUnderTool* under)
{
    const PreparedStep& placed = prepared.steps[index];
    const Step& step = prepared.lesson.steps[placed.index];
    const StepCard card = stepCard(step, audience, knowledge);
    const std::string number = std::to_string(index + 1);
    html += "<section class=\"step\" id=\"step-" + number + "\">\n";
    html += "<h2><span class=\"number\">Step " + number + "</span> &middot; " + escapeHtml(card.title)
        + "</h2>\n";
    if (picture)
        html += "<figure><img src=\"" + escapeHtml(picture->source) + "\" width=\""
            + std::to_string(picture->width) + "\" height=\"" + std::to_string(picture->height)
            + "\" alt=\"Step " + number + ": " + escapeHtml(card.title) + "\"></figure>\n";
    html += "<table class=\"facts\">\n";
    fact(html, "Phase", escapeHtml(card.phase));
    fact(html, "Tool", escapeHtml(card.tool));
    if (!card.targets.empty())
        fact(html, "Targets", escapeHtml(card.targets));
    for (const std::string& point : card.triggerPoints)
        fact(html, "Trigger point", escapeHtml(point));
    // The table's stroke is its own, not the card's short on-screen line: it gives the repeat mode
    // too and is there for every audience, beside the force figures only the handout lists.
    if (step.stroke) {
        const Stroke& stroke = *step.stroke;
        char speed[32];
        std::snprintf(speed, sizeof speed, "%g cm/s", stroke.speedCmS);
        fact(html, "Stroke",
            escapeHtml(std::string(strokeKindName(stroke.kind)) + ", " + strokeDirectionName(stroke.direction)
                + ", " + speed + ", " + std::to_string(stroke.repetitions) + " x ("
                + repeatModeName(stroke.repeat) + ")"));
    }
    forceFacts(html, step, placed);
    fact(html, "Duration", escapeHtml(std::to_string(int(placed.durationS + 0.5)) + " s"));
    html += "</table>\n";

    for (const CardSection& section : card.sections)
        cardSection(html, section);
    if (under)
        underToolSection(html, *under, audience, number);
    html += "</section>\n";
}

} // namespace

const char* handoutStyle()
{
    return kStyle;
}

std::string escapeHtml(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        case '\'':
            escaped += "&#39;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string handoutPictureName(std::size_t stepIndex)
{
    char name[48]; // room for any size_t: "images/step-" + 20 digits + ".png"
    std::snprintf(name, sizeof name, "images/step-%02zu.png", stepIndex + 1);
    return name;
}

std::string handoutSectionName(std::size_t stepIndex)
{
    char name[56]; // room for any size_t: "images/step-" + 20 digits + "-section.png"
    std::snprintf(name, sizeof name, "images/step-%02zu-section.png", stepIndex + 1);
    return name;
}

std::string handoutHtml(const technique::PreparedLesson& prepared, const KnowledgeBase& knowledge,
    Audience audience, const std::vector<HandoutPicture>& pictures,
    const std::vector<std::optional<HandoutUnderTool>>& underTool)
{
    assert((pictures.empty() || pictures.size() == prepared.steps.size())
        && "handoutHtml: one picture per step, or none");
    assert((underTool.empty() || underTool.size() == prepared.steps.size())
        && "handoutHtml: one entry under the tool per step, or none");
    const Lesson& lesson = prepared.lesson;
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    html += "<meta name=\"generator\" content=\"" + std::string(kHandoutGenerator) + "\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + escapeHtml(lesson.title) + "</title>\n<style>" + kStyle
        + "</style>\n</head>\n<body>\n";
    html += "<header>\n<h1>" + escapeHtml(lesson.title) + "</h1>\n";
    html += "<p class=\"meta\">" + std::to_string(prepared.steps.size()) + " steps, about "
        + std::to_string(int(prepared.totalDurationS / 60.0 + 0.5)) + " minutes &middot; written for the "
        + escapeHtml(audienceName(audience)) + "</p>\n";
    if (!lesson.summary.empty())
        html += "<p>" + escapeHtml(lesson.summary) + "</p>\n";
    if (!lesson.patientPosition.empty())
        html += "<p><strong>Patient position:</strong> " + escapeHtml(lesson.patientPosition) + "</p>\n";
    html += "</header>\n";
    safetyNotes(html);
    for (std::size_t i = 0; i < prepared.steps.size(); ++i)
        stepSection(html, prepared, i, knowledge, audience, pictures.empty() ? nullptr : &pictures[i],
            underTool.empty() || !underTool[i] ? nullptr : &*underTool[i]);
    // The full reference of every publication the steps' sources cite.
    std::vector<const Reference*> cited;
    for (const Step& step : lesson.steps)
        for (const std::string& source : step.sources)
            for (const Reference* reference : referencesCitedIn(source))
                if (std::find(cited.begin(), cited.end(), reference) == cited.end())
                    cited.push_back(reference);
    std::sort(cited.begin(), cited.end());
    if (!cited.empty()) {
        html += "<section class=\"references\">\n<h2>References</h2>\n<ol>\n";
        for (const Reference* reference : cited)
            html += "<li>" + escapeHtml(reference->full) + "</li>\n";
        html += "</ol>\n</section>\n";
    }
    html += "<footer>Made with LumbarLab (lesson " + escapeHtml(lesson.id)
        + "). Figures are teaching estimates, not prescriptions.</footer>\n</body>\n</html>\n";
    return html;
}

} // namespace lumbar::app
