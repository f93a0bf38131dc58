// The Quiz window's widgets and the routing of keys and clicks to the quiz session.
#include "gui/quiz_panel.hpp"

#include "gui/panel_layout.hpp"
#include "gui/text_widgets.hpp"
#include "quiz/quiz_builder.hpp"
#include "session/data_paths.hpp"
#include "session/progress_keeper.hpp"
#include "session/viewer.hpp"

#include <imgui.h>

#include <algorithm>
#include <random>
#include <string>

namespace lumbar::app {
namespace {

const char* instructionOf(quiz::QuestionKind kind)
{
    switch (kind) {
    case quiz::QuestionKind::ClickStructure:
        return "Find it on the model";
    case quiz::QuestionKind::NameStructure:
        return "Name the outlined structure";
    case quiz::QuestionKind::StepTool:
        return "Pick the tool";
    case quiz::QuestionKind::StepDirection:
        return "Pick the stroke direction";
    case quiz::QuestionKind::StepPressure:
        return "Pick the force band";
    case quiz::QuestionKind::StepOrder:
        return "Put the steps in order";
    case quiz::QuestionKind::ReferralZone:
        return "Pick where the pain is commonly felt";
    case quiz::QuestionKind::ReferralMuscle:
        return "Pick the muscle";
    case quiz::QuestionKind::ReferralClick:
        return "Click on the skin";
    }
    return "";
}

/// A numbered button with the choice text wrapped beside it; true when pressed.
bool choiceRow(std::size_t index, const std::string& text, bool enabled, const ImVec4* textColor)
{
    const std::string label = std::to_string(index + 1) + "##choice" + std::to_string(index);
    if (!enabled)
        ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label.c_str(), ImVec2(ImGui::GetFrameHeight() * 1.4f, 0.0f));
    if (!enabled)
        ImGui::EndDisabled();
    ImGui::SameLine();
    if (textColor)
        ImGui::PushStyleColor(ImGuiCol_Text, *textColor);
    ImGui::AlignTextToFramePadding();
    wrappedText("%s", text.c_str());
    if (textColor)
        ImGui::PopStyleColor();
    return pressed;
}

} // namespace

std::vector<technique::Lesson> loadQuizLessons(
    const std::vector<std::filesystem::path>& files, const KnowledgeBase& knowledge)
{
    std::vector<technique::Lesson> lessons;
    for (const std::filesystem::path& file : files) {
        const technique::LessonParseResult parsed = technique::loadLesson(file, &knowledge);
        if (parsed.ok())
            lessons.push_back(*parsed.lesson);
    }
    return lessons;
}

void QuizPanel::start(Viewer& viewer, std::vector<technique::Lesson> lessons, std::uint32_t seed)
{
    if (!active()) {
        m_savedView = saveAnatomyView(viewer);
        m_savedCamera = viewer.camera();
    }
    m_lessons = std::move(lessons);
    m_seed = seed;
    quiz::QuizOptions options;
    if (m_progress) {
        options.progress = &m_progress->progress();
        options.nowS = secondsSinceEpoch();
    }
    options.meshIds.emplace();
    const AnatomyView& anatomy = viewer.anatomy();
    for (std::size_t mesh = 0; mesh < anatomy.meshCount(); ++mesh)
        if (const StructureInfo* structure = anatomy.structureOf(mesh))
            options.meshIds->push_back(structure->id);
    m_session.emplace(quiz::buildQuiz(viewer.knowledgeBase(), m_lessons, seed, kQuestionCount, options));
    m_order.clear();
    stage(viewer);
}

void QuizPanel::toggle(Viewer& viewer)
{
    if (active()) {
        stop(viewer);
        return;
    }
    start(viewer, loadQuizLessons(builtInLessonFiles(), viewer.knowledgeBase()), std::random_device{}());
}

void QuizPanel::stop(Viewer& viewer)
{
    if (!active())
        return;
    m_session.reset();
    m_order.clear();
    restoreAnatomyView(viewer, m_savedView);
    viewer.camera() = m_savedCamera;
}

void QuizPanel::stage(Viewer& viewer)
{
    if (const quiz::Question* question = m_session->current()) {
        stageQuestion(viewer, m_savedView, *question, m_session->awaitingNext());
        // The zones lie on the back, the buttock and the hip: asked from behind the client. A
        // region on the front of the body is shown from below, through the table (hidden).
        const bool front = askedFromTheFront(*question, viewer.knowledgeBase());
        if (front)
            for (std::size_t mesh = 0; mesh < viewer.model().meshes.size(); ++mesh)
                if (viewer.model().meshes[mesh].name == kTableMesh)
                    viewer.anatomy().hide(mesh);
        if (isReferralQuestion(*question) && !m_session->awaitingNext()) {
            viewer.resetView(front ? ViewPreset::Anterior : ViewPreset::Posterior);
            viewer.frameBounds(viewer.anatomyBounds());
        }
    } else
        restoreAnatomyView(viewer, m_savedView);
    // The review may mention any structure: labels stay off until the quiz is closed.
    viewer.display.labels = false;
}

void QuizPanel::answer(const quiz::Answer& given, Viewer& viewer)
{
    if (!m_session || m_session->finished() || m_session->awaitingNext())
        return;
    const quiz::Feedback& feedback = m_session->answer(given);
    if (m_progress)
        m_progress->record(*m_session->current(), feedback.correct, secondsSinceEpoch());
    m_lastAnswer = given;
    stage(viewer);
}

void QuizPanel::next(Viewer& viewer)
{
    m_session->next();
    m_order.clear();
    m_lastAnswer.reset();
    m_referral.clearClick();
    stage(viewer);
}

void QuizPanel::choose(std::size_t index, Viewer& viewer)
{
    const quiz::Question* question = m_session->current();
    if (!question || m_session->awaitingNext() || index >= question->choices.size())
        return;
    if (question->isMultipleChoice()) {
        answer(quiz::Answer::pickChoice(index), viewer);
    } else if (question->kind == quiz::QuestionKind::StepOrder
        && std::find(m_order.begin(), m_order.end(), index) == m_order.end()) {
        m_order.push_back(index);
    }
}

bool QuizPanel::handleKey(SDL_Keycode key, Viewer& viewer)
{
    if (key == SDLK_q) {
        toggle(viewer);
        return true;
    }
    if (!active())
        return false;
    const quiz::Question* question = m_session->current();
    if (key == SDLK_RETURN || key == SDLK_KP_ENTER) {
        if (m_session->awaitingNext())
            next(viewer);
        else if (question && question->kind == quiz::QuestionKind::StepOrder
            && m_order.size() == question->choices.size())
            answer(quiz::Answer::putInOrder(m_order), viewer);
        return true;
    }
    if (key == SDLK_BACKSPACE && !m_order.empty()) {
        m_order.pop_back();
        return true;
    }
    // Number keys answer only where there are choices; on a click question they still turn the view.
    if (question && key >= SDLK_1 && key <= SDLK_9 && !question->choices.empty()) {
        choose(std::size_t(key - SDLK_1), viewer);
        return true;
    }
    return false;
}

bool QuizPanel::handlePick(std::optional<std::size_t> mesh, const std::optional<glm::vec3>& skinPoint,
    Viewer& viewer, const technique::AnatomySurface& surface)
{
    if (!active())
        return false;
    const quiz::Question* question = m_session->current();
    if (question && question->kind == quiz::QuestionKind::ReferralClick && !m_session->awaitingNext()) {
        answer(m_referral.answerClick(*question, skinPoint, viewer, surface), viewer);
        return true;
    }
    if (question && question->kind == quiz::QuestionKind::ClickStructure && !m_session->awaitingNext()) {
        const StructureInfo* structure = mesh ? viewer.anatomy().structureOf(*mesh) : nullptr;
        if (structure)
            answer(quiz::Answer::clickStructure(structure->id, structure->name), viewer);
        else if (mesh)
            answer(quiz::Answer::clickStructure(viewer.model().meshes[*mesh].name, ""), viewer);
        else
            answer(quiz::Answer::clickStructure("", ""), viewer);
    }
    return true;
}

void QuizPanel::addTo(SceneExtras& extras, const Viewer& viewer, const technique::AnatomySurface& surface)
{
    if (const quiz::Question* question = m_session ? m_session->current() : nullptr)
        m_referral.addTo(extras, *question, m_session->awaitingNext(), viewer, surface);
}

void QuizPanel::draw(Viewer& viewer)
{
    if (!active())
        return;
    const float font = ImGui::GetFontSize();
    placeInRightColumn(24.0f);
    bool open = true;
    if (!ImGui::Begin("Quiz", &open)) {
        ImGui::End();
        if (!open)
            stop(viewer);
        return;
    }
    const quiz::QuizSession& session = *m_session;
    const std::size_t total = session.questionCount();
    ImGui::Text("Question %zu of %zu", std::min(session.currentIndex() + 1, total), total);
    ImGui::SameLine(ImGui::GetContentRegionAvail().x - font * 6.0f);
    ImGui::Text("Score %zu / %zu", session.correctCount(), session.answeredCount());
    ImGui::ProgressBar(float(session.progress()), ImVec2(-FLT_MIN, font * 0.5f), "");
    ImGui::Separator();

    if (total == 0)
        wrappedText("There is nothing to ask about: load the built-in anatomy or a lesson first.");
    else if (session.finished())
        drawReview();
    else
        drawQuestion(viewer);

    ImGui::Separator();
    if (ImGui::Button("Restart"))
        start(viewer, m_lessons, m_seed + 1);
    ImGui::SameLine();
    if (ImGui::Button("End quiz (Q)"))
        open = false;
    ImGui::TextDisabled("Quiz %u", m_seed);
    ImGui::End();
    if (!open)
        stop(viewer);
}

void QuizPanel::drawQuestion(Viewer& viewer)
{
    const quiz::Question& question = *m_session->current();
    const bool answered = m_session->awaitingNext();
    ImGui::TextDisabled("%s", instructionOf(question.kind));
    wrappedText("%s", question.prompt.c_str());
    ImGui::Spacing();

    if (question.kind == quiz::QuestionKind::ClickStructure) {
        if (!viewer.anatomy().meshOf(question.structureId))
            ImGui::TextColored(wrongAnswerColor(), "This model has no mesh for it: skip the question.");
        else if (!answered)
            wrappedText("Click it in the 3D view. The layers above it are peeled away; drag to "
                        "turn the model, keys 1-7 choose a view.");
    } else if (question.kind == quiz::QuestionKind::ReferralClick) {
        if (!viewer.anatomy().meshOf(question.muscleId))
            ImGui::TextColored(wrongAnswerColor(), "This model has no mesh for it: skip the question.");
        else if (!answered)
            wrappedText("Click inside the region on the client's skin. Drag to turn the model; keys "
                        "1-7 choose a view.");
    } else if (question.isMultipleChoice()) {
        const ImVec4 right = rightAnswerColor();
        const ImVec4 wrong = wrongAnswerColor();
        for (std::size_t i = 0; i < question.choices.size(); ++i) {
            const bool isRight = i == question.correctChoice;
            const bool wasPicked = m_lastAnswer && m_lastAnswer->type == quiz::Answer::Type::Choice
                && m_lastAnswer->choice == i;
            const ImVec4* color = !answered ? nullptr : isRight ? &right : wasPicked ? &wrong : nullptr;
            if (choiceRow(i, question.choices[i], !answered, color))
                choose(i, viewer);
        }
    } else {
        // Order: click the steps first to last; each shows its place once picked.
        for (std::size_t i = 0; i < question.choices.size(); ++i) {
            const auto place = std::find(m_order.begin(), m_order.end(), i);
            const bool picked = place != m_order.end();
            std::string text = question.choices[i];
            if (picked)
                text = "[" + std::to_string(place - m_order.begin() + 1) + "] " + text;
            if (choiceRow(i, text, !answered && !picked, nullptr))
                choose(i, viewer);
        }
        if (!answered) {
            ImGui::TextDisabled("Pick the first step, then the next (keys 1-%zu).", question.choices.size());
            const bool nothingPicked = m_order.empty();
            if (nothingPicked)
                ImGui::BeginDisabled();
            if (ImGui::Button("Undo (Backspace)"))
                m_order.pop_back();
            ImGui::SameLine();
            if (ImGui::Button("Clear"))
                m_order.clear();
            if (nothingPicked)
                ImGui::EndDisabled();
            ImGui::SameLine();
            const bool complete = m_order.size() == question.choices.size();
            if (!complete)
                ImGui::BeginDisabled();
            if (ImGui::Button("Check order (Enter)"))
                answer(quiz::Answer::putInOrder(m_order), viewer);
            if (!complete)
                ImGui::EndDisabled();
        }
    }

    if (!answered) {
        ImGui::Spacing();
        if (ImGui::Button("Skip"))
            answer(quiz::Answer::skip(), viewer);
        return;
    }
    drawFeedback(viewer);
}

void QuizPanel::drawFeedback(Viewer& viewer)
{
    const quiz::Feedback feedback = *m_session->feedback(); // a copy: next() clears it
    ImGui::Separator();
    if (feedback.correct)
        ImGui::TextColored(rightAnswerColor(), "Right!");
    else
        ImGui::TextColored(wrongAnswerColor(), "Not quite.");
    // Moving on sits beside the verdict, above the explanation, which may be long.
    ImGui::SameLine();
    const bool last = m_session->currentIndex() + 1 == m_session->questionCount();
    if (ImGui::Button(last ? "See the results (Enter)" : "Next question (Enter)"))
        next(viewer);
    if (!feedback.correct) {
        labelledParagraph("Your answer", feedback.givenAnswerText);
        labelledParagraph("Right answer", feedback.rightAnswerText);
    }
    labelledParagraph("Why", feedback.explanation);
}

void QuizPanel::drawReview() const
{
    const quiz::QuizSession& session = *m_session;
    ImGui::Text("Final score: %zu of %zu right", session.correctCount(), session.questionCount());
    const std::vector<quiz::Mistake>& mistakes = session.mistakes();
    if (mistakes.empty()) {
        ImGui::TextColored(rightAnswerColor(), "No mistakes. Restart for a new set of questions.");
        return;
    }
    ImGui::TextDisabled("Review of the %zu mistake%s", mistakes.size(), mistakes.size() == 1 ? "" : "s");
    ImGui::BeginChild("review", ImVec2(0.0f, -ImGui::GetFrameHeightWithSpacing() * 2.5f));
    for (const quiz::Mistake& mistake : mistakes) {
        ImGui::Separator();
        wrappedText("%zu. %s", mistake.questionIndex + 1, mistake.prompt.c_str());
        ImGui::PushStyleColor(ImGuiCol_Text, wrongAnswerColor());
        labelledParagraph("Your answer", mistake.givenAnswerText);
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, rightAnswerColor());
        labelledParagraph("Right answer", mistake.rightAnswerText);
        ImGui::PopStyleColor();
        labelledParagraph("Why", mistake.explanation);
    }
    ImGui::EndChild();
}

} // namespace lumbar::app
