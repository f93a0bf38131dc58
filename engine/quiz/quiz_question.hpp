// One quiz question and one answer to it, as plain data: what is asked, the choices, what is right
// and why. Built by buildQuiz() (quiz_builder.hpp), graded by answerQuestion() (quiz_session.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lumbar::quiz {

/// What a question asks the student to do.
enum class QuestionKind {
    ClickStructure, ///< click the named structure in the 3D view
    NameStructure, ///< name the highlighted structure: four display names to choose from
    StepTool, ///< which part of the therapist's body a lesson step uses
    StepDirection, ///< which way a lesson step's stroke travels
    StepPressure, ///< which force band (N) a lesson step's force profile spans
    StepOrder, ///< put a lesson's steps in the order the lesson does them
    ReferralZone, ///< where pain from a muscle's trigger points is commonly reported: four regions
    ReferralMuscle, ///< which muscle commonly refers pain to a region: four muscles
    ReferralClick, ///< click on the skin where a muscle's trigger points commonly refer pain
};

/// A short name of the kind ("click", "name", "tool", "direction", "pressure", "order", "refers
/// to", "referred from", "click the zone").
const char* questionKindName(QuestionKind kind);

/// A question, complete with its right answer and the explanation shown after answering.
struct Question {
    QuestionKind kind = QuestionKind::NameStructure;
    std::string prompt; ///< "Click the Quadratus lumborum (left)."
    /// Multiple choice: the options as shown. StepOrder: the steps in the (shuffled) order shown.
    /// Empty for ClickStructure and ReferralClick.
    std::vector<std::string> choices;
    std::size_t correctChoice = 0; ///< index into choices; multiple-choice kinds only
    std::vector<std::size_t> correctOrder; ///< StepOrder: choice indices in the lesson's order
    /// ClickStructure: the structure to click. NameStructure: the structure to highlight.
    std::string structureId;
    std::string lessonId; ///< the lesson a step question comes from; empty for structure questions
    /// The step a tool, direction or force question is about (its title, which the prompt may
    /// show with a word blanked out); empty otherwise.
    std::string stepTitle;
    /// Referral questions: the muscle (ReferralZone and ReferralMuscle: the structure id of its
    /// first side in the knowledge base, both sides refer alike; ReferralClick: the side asked
    /// about, whose zones lie on its own side of the body) and the zone asked about (empty for
    /// ReferralClick: any of the muscle's zones is right); empty otherwise.
    std::string muscleId;
    std::string zoneId;
    std::string rightAnswerText; ///< the right answer in words, for feedback and the review
    std::string explanation; ///< why it is right, from the knowledge base or the step's texts

    /// True for the kinds answered by picking one of `choices`.
    bool isMultipleChoice() const
    {
        return kind != QuestionKind::ClickStructure && kind != QuestionKind::StepOrder
            && kind != QuestionKind::ReferralClick;
    }
};

/// What the student did. Make one with the named constructors below.
struct Answer {
    enum class Type { Choice, Order, Structure, Skin, Skip };
    Type type = Type::Skip;
    std::size_t choice = 0; ///< Type::Choice: index into Question::choices
    std::vector<std::size_t> order; ///< Type::Order: choice indices in the order the student put them
    std::string structureId; ///< Type::Structure: the structure clicked; empty when nothing was hit
    std::string structureName; ///< Type::Structure: its display name, for feedback
    /// Type::Skin: the zone of the question's muscle the click landed in; empty outside them.
    std::string zoneId;
    std::string placeText; ///< Type::Skin: where the click landed, in words, for feedback

    /// One of the multiple-choice options.
    static Answer pickChoice(std::size_t index) { return {Type::Choice, index, {}, {}, {}, {}, {}}; }
    /// An ordering of an order question's choices.
    static Answer putInOrder(std::vector<std::size_t> indices)
    {
        return {Type::Order, 0, std::move(indices), {}, {}, {}, {}};
    }
    /// A click in the 3D view: the structure's id and display name (both empty for a miss).
    static Answer clickStructure(std::string id, std::string name)
    {
        return {Type::Structure, 0, {}, std::move(id), std::move(name), {}, {}};
    }
    /// A click on the skin for a ReferralClick question: the zone of the question's muscle it
    /// landed in (empty outside them) and where that is in words (quiz::referralClickAnswer makes
    /// both from the placed pattern).
    static Answer clickSkin(std::string zoneId, std::string placeText)
    {
        return {Type::Skin, 0, {}, {}, {}, std::move(zoneId), std::move(placeText)};
    }
    /// The student passed; graded as wrong.
    static Answer skip() { return {}; }
};

} // namespace lumbar::quiz
