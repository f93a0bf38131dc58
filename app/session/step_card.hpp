// The step card: what the views show of one lesson step for one audience, labelled and ordered once
// for the Lesson panel, the presentation view and the handout.
#pragma once

#include "technique/lesson.hpp"

#include <string>
#include <vector>

namespace lumbar {
struct KnowledgeBase;
}

namespace lumbar::app {

/// What a section of the card holds; a view styles each kind its own way and may pick a subset.
enum class CardSectionKind { What, Why, How, Avoid, Cautions, CheckIn };

/// One labelled block of the card.
struct CardSection {
    CardSectionKind kind = CardSectionKind::What;
    std::string label; ///< "What happens", "Tell your therapist if", ...; no colon, the view adds one
    std::string text; ///< the paragraph; the check-in question unquoted; empty for the cautions
    std::vector<std::string> items; ///< one per caution; empty for every other kind

    /// Field by field; the tests compare whole sections.
    bool operator==(const CardSection&) const = default;
};

/// One step as its card shows it to one audience.
struct StepCard {
    std::string title;
    std::string phase; ///< the file spelling, "deep work"
    std::string tool; ///< "forearm"
    /// Display names joined with ", " (for the patient the plain names where the knowledge base
    /// has them, joined with "; "); empty when the step names none.
    std::string targets;
    /// The trigger points the step treats, with their numbers on the muscle's info card:
    /// "quadratus lumborum (left), point 1: superficial, at its lateral border just below the 12th
    /// rib". The patient reads of a tender knot once per muscle: "a tender knot in this muscle" or
    /// "... in each of these muscles" when the knots are in every target the On: line names, else
    /// "a tender knot in <its plain name>". Empty when it names none.
    std::vector<std::string> triggerPoints;
    /// "glide, superior, 2.0 cm/s, 3 x"; empty for a step without a stroke and for the patient, whose
    /// card shows no stroke figures.
    std::string stroke;
    /// What, Why, How, Avoid, Cautions, Check-in in that order, each only when it has text: a step
    /// that leaves a text empty shows no heading for it.
    std::vector<CardSection> sections;
    std::vector<std::string> sources; ///< where the numbers come from; empty for the patient

    /// "deep work  |  forearm", the line under the title.
    std::string phaseAndTool() const;
    /// The section of `kind`, or null when the card has none.
    const CardSection* section(CardSectionKind kind) const;
};

/// The knowledge base's display name of a structure, or its id when the knowledge base lacks it.
std::string structureName(const KnowledgeBase& knowledge, const std::string& id);

/// The card of `step` for `audience`, its targets named by `knowledge` (an id it lacks stays as it
/// is). The patient reads "What happens" for "What" and "Tell your therapist if" for "Avoid".
StepCard stepCard(const technique::Step& step, technique::Audience audience, const KnowledgeBase& knowledge);

} // namespace lumbar::app
