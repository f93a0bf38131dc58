// Question generators, one per kind, and the seeded mix of them.
#include "quiz/quiz_builder.hpp"

#include "quiz/progress_keys.hpp"
#include "quiz/question_kinds.hpp"
#include "quiz/quiz_choices.hpp"
#include "quiz/quiz_random.hpp"
#include "quiz/referral_questions.hpp"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace lumbar::quiz {
namespace {

using technique::Lesson;
using technique::Step;

std::string inQuotes(const std::string& text)
{
    return "\"" + text + "\"";
}

/// The explanation of a structure: how it is found, then where it attaches.
std::string structureExplanation(const StructureInfo& structure)
{
    std::string text = structure.name;
    if (!structure.latin.empty())
        text += " (" + structure.latin + ")";
    text += ".";
    if (!structure.palpation.empty())
        text += " Finding it: " + structure.palpation;
    if (!structure.origin.empty())
        text += " Origin: " + structure.origin;
    if (!structure.insertion.empty())
        text += " Insertion: " + structure.insertion;
    return text;
}

/// The structures a click or name question may be about.
std::vector<const StructureInfo*> askableStructures(
    const KnowledgeBase& knowledge, const QuizOptions& options)
{
    std::vector<const StructureInfo*> askable;
    for (const StructureInfo& structure : knowledge.structures) {
        // The skin wraps everything: clicking or naming it teaches nothing.
        if (structure.name.empty() || structure.kind == "skin")
            continue;
        if (options.meshIds
            && std::find(options.meshIds->begin(), options.meshIds->end(), structure.id)
                == options.meshIds->end())
            continue;
        askable.push_back(&structure);
    }
    return askable;
}

std::vector<Question> clickQuestions(const std::vector<const StructureInfo*>& askable)
{
    std::vector<Question> questions;
    for (const StructureInfo* structure : askable) {
        Question question;
        question.kind = QuestionKind::ClickStructure;
        question.prompt = "Click the " + structure->name + " in the 3D view.";
        question.structureId = structure->id;
        question.rightAnswerText = structure->name;
        question.explanation = structureExplanation(*structure);
        questions.push_back(std::move(question));
    }
    return questions;
}

std::vector<Question> nameQuestions(
    const KnowledgeBase& knowledge, const std::vector<const StructureInfo*>& askable, std::mt19937& rng)
{
    std::vector<Question> questions;
    for (const StructureInfo* structure : askable) {
        // Distractors from the same layer first, then the same kind, then anything askable.
        std::vector<std::string> sameLayer;
        std::vector<std::string> sameKind;
        std::vector<std::string> others;
        for (const StructureInfo* other : askable) {
            if (other == structure)
                continue;
            if (other->layer == structure->layer)
                sameLayer.push_back(other->name);
            else if (other->kind == structure->kind)
                sameKind.push_back(other->name);
            else
                others.push_back(other->name);
        }
        shuffleInPlace(sameLayer, rng);
        shuffleInPlace(sameKind, rng);
        shuffleInPlace(others, rng);
        std::vector<std::string> distractors = sameLayer;
        distractors.insert(distractors.end(), sameKind.begin(), sameKind.end());
        distractors.insert(distractors.end(), others.begin(), others.end());

        Question question;
        question.kind = QuestionKind::NameStructure;
        const LayerInfo* layer = knowledge.findLayer(structure->layer);
        question.prompt = "Which structure is highlighted"
            + (layer ? " (in the layer \"" + layer->name + "\")" : std::string()) + "?";
        question.structureId = structure->id;
        question.explanation = structureExplanation(*structure);
        if (fillChoices(question, structure->name, distractors, rng))
            questions.push_back(std::move(question));
    }
    return questions;
}

/// Calls `visit(lesson, step)` once per step title across all lessons (the built-in lessons share
/// steps such as the warm-up effleurage). A shared step is asked of the shortest lesson that has
/// it, the one most about it, so that the long general lesson does not claim every step.
template <typename Visit> void forEachDistinctStep(const std::vector<Lesson>& lessons, Visit visit)
{
    std::vector<const Lesson*> shortestFirst;
    for (const Lesson& lesson : lessons)
        shortestFirst.push_back(&lesson);
    std::stable_sort(shortestFirst.begin(), shortestFirst.end(),
        [](const Lesson* a, const Lesson* b) { return a->steps.size() < b->steps.size(); });
    std::set<std::string> seen;
    for (const Lesson* lesson : shortestFirst)
        for (const Step& step : lesson->steps)
            if (!step.title.empty() && seen.insert(step.title).second)
                visit(*lesson, step);
}

std::string stepExplanation(const Step& step, const std::string& lead)
{
    std::string text = lead;
    if (!step.explain.student.why.empty())
        text += " Why: " + step.explain.student.why;
    if (!step.explain.student.how.empty())
        text += " How: " + step.explain.student.how;
    return text;
}

std::string stepPrompt(const Lesson& lesson, const Step& step, const std::string& asked)
{
    return asked + " in the step " + inQuotes(step.title) + " of the lesson " + inQuotes(lesson.title) + "?";
}

/// `text` with every word that starts with `stem` (any case: "Forearm", "forearms") blanked out as
/// "___", so a question does not name its own answer.
std::string blankedOut(const std::string& text, const std::string& stem)
{
    const auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
    const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const bool wordStart = letter(text[i]) && (i == 0 || !letter(text[i - 1]));
        bool match = wordStart && i + stem.size() <= text.size();
        for (std::size_t k = 0; match && k < stem.size(); ++k)
            match = lower(text[i + k]) == lower(stem[k]);
        if (!match) {
            out += text[i++];
            continue;
        }
        out += "___";
        while (i < text.size() && letter(text[i]))
            ++i;
    }
    return out;
}

/// What a title calls the tool: its name less a plural "s" ("knuckles" -> "knuckle").
std::string toolStem(technique::ToolKind tool)
{
    std::string name = technique::toolName(tool);
    if (name.size() > 1 && name.back() == 's')
        name.pop_back();
    return name;
}

std::vector<Question> toolQuestions(const std::vector<Lesson>& lessons, std::mt19937& rng)
{
    std::vector<Question> questions;
    forEachDistinctStep(lessons, [&](const Lesson& lesson, const Step& step) {
        std::vector<std::string> distractors;
        for (int tool = 0; tool <= int(technique::ToolKind::Palm); ++tool)
            distractors.push_back(technique::toolName(technique::ToolKind(tool)));
        shuffleInPlace(distractors, rng);
        Question question;
        question.kind = QuestionKind::StepTool;
        // A title that names its tool ("Deep forearm glide") would give the answer away: the word
        // is blanked out, in the lesson's title too ("Forearm work on the erector spinae").
        const std::string stem = toolStem(step.tool);
        question.prompt = "Which tool is used in the step " + inQuotes(blankedOut(step.title, stem))
            + " of the lesson " + inQuotes(blankedOut(lesson.title, stem)) + "?";
        question.lessonId = lesson.id;
        question.stepTitle = step.title;
        const std::string right = technique::toolName(step.tool);
        question.explanation = stepExplanation(step, "The step uses the " + right + ".");
        if (fillChoices(question, right, distractors, rng))
            questions.push_back(std::move(question));
    });
    return questions;
}

/// Superior, inferior, medial or lateral: a direction on the body, not relative to the fibres.
bool isBodyDirection(technique::StrokeDirection direction)
{
    using technique::StrokeDirection;
    return direction == StrokeDirection::Superior || direction == StrokeDirection::Inferior
        || direction == StrokeDirection::Medial || direction == StrokeDirection::Lateral;
}

std::vector<Question> directionQuestions(const std::vector<Lesson>& lessons, std::mt19937& rng)
{
    std::vector<Question> questions;
    forEachDistinctStep(lessons, [&](const Lesson& lesson, const Step& step) {
        // Asked among the directions on the body only: a glide up the erector runs both superior
        // and along the fibres, so choices from both families could hold two true answers.
        // Without the prepared path the builder cannot tell which body direction a stroke "along
        // the fibres" takes, so those steps are not asked.
        if (!step.stroke || !isBodyDirection(step.stroke->direction))
            return;
        std::vector<std::string> distractors;
        for (const technique::StrokeDirection direction : technique::allValues<technique::StrokeDirection>())
            if (isBodyDirection(direction))
                distractors.push_back(technique::strokeDirectionName(direction));
        shuffleInPlace(distractors, rng);
        Question question;
        question.kind = QuestionKind::StepDirection;
        question.prompt = stepPrompt(lesson, step, "Which way does the stroke travel");
        question.lessonId = lesson.id;
        question.stepTitle = step.title;
        const std::string right = technique::strokeDirectionName(step.stroke->direction);
        question.explanation = stepExplanation(step,
            std::string("The ") + technique::strokeKindName(step.stroke->kind) + " travels " + right + ".");
        if (fillChoices(question, right, distractors, rng))
            questions.push_back(std::move(question));
    });
    return questions;
}

struct ForceBand {
    double minN = 0.0;
    double maxN = 0.0;
};

ForceBand bandOf(const Step& step)
{
    ForceBand band{step.forceProfile.front().forceN, step.forceProfile.front().forceN};
    for (const technique::ForceSample& sample : step.forceProfile) {
        band.minN = std::min(band.minN, sample.forceN);
        band.maxN = std::max(band.maxN, sample.forceN);
    }
    return band;
}

/// A wrong band: it shares no force with `right` (24-40 N against 30-60 N would be half right).
bool clearlyDifferent(const ForceBand& band, const ForceBand& right)
{
    return band.maxN < right.minN || band.minN > right.maxN;
}

std::vector<Question> pressureQuestions(const std::vector<Lesson>& lessons, std::mt19937& rng)
{
    std::vector<ForceBand> allBands;
    for (const Lesson& lesson : lessons)
        for (const Step& step : lesson.steps)
            if (!step.forceProfile.empty())
                allBands.push_back(bandOf(step));

    std::vector<Question> questions;
    forEachDistinctStep(lessons, [&](const Lesson& lesson, const Step& step) {
        if (step.forceProfile.empty())
            return;
        const ForceBand right = bandOf(step);
        // Other steps' bands first (real numbers a student may confuse), then scaled versions of
        // the right one (too light, too heavy), rounded to 5 N as a therapist would say them.
        std::vector<ForceBand> candidates;
        for (const ForceBand& band : allBands)
            if (clearlyDifferent(band, right))
                candidates.push_back(band);
        shuffleInPlace(candidates, rng);
        for (double scale : {0.3, 0.5, 2.5, 4.0}) {
            const auto round5 = [](double n) { return std::max(5.0, 5.0 * std::round(n / 5.0)); };
            const ForceBand scaled{round5(right.minN * scale), round5(right.maxN * scale)};
            if (clearlyDifferent(scaled, right))
                candidates.push_back(scaled);
        }
        // Each choice its own range of force: no two share one, so no choice is half of another.
        std::vector<ForceBand> taken;
        std::vector<std::string> distractors;
        for (const ForceBand& band : candidates)
            if (std::all_of(taken.begin(), taken.end(),
                    [&](const ForceBand& t) { return clearlyDifferent(band, t); })) {
                taken.push_back(band);
                distractors.push_back(forceBandText(band.minN, band.maxN));
            }
        Question question;
        question.kind = QuestionKind::StepPressure;
        question.prompt = stepPrompt(lesson, step, "Which force band does the tool apply");
        question.lessonId = lesson.id;
        question.stepTitle = step.title;
        const std::string rightText = forceBandText(right.minN, right.maxN);
        question.explanation = stepExplanation(step, "The force profile spans " + rightText + ".");
        if (fillChoices(question, rightText, distractors, rng))
            questions.push_back(std::move(question));
    });
    return questions;
}

/// The step indices an order question shows: the whole lesson when it is short, else one step from
/// each of up to kMaxOrderSteps phases (so the session arc decides the order), else a few steps.
std::vector<std::size_t> orderSteps(const Lesson& lesson, std::mt19937& rng)
{
    std::vector<std::size_t> all;
    std::set<std::string> titles;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i)
        if (!lesson.steps[i].title.empty() && titles.insert(lesson.steps[i].title).second)
            all.push_back(i);
    if (all.size() <= kMaxOrderSteps)
        return all;

    std::vector<technique::Phase> phases;
    for (std::size_t i : all)
        if (std::find(phases.begin(), phases.end(), lesson.steps[i].phase) == phases.end())
            phases.push_back(lesson.steps[i].phase);
    std::vector<std::size_t> picked;
    if (phases.size() >= kMinOrderSteps + 1) {
        shuffleInPlace(phases, rng);
        phases.resize(std::min(phases.size(), kMaxOrderSteps));
        for (technique::Phase phase : phases) {
            std::vector<std::size_t> inPhase;
            for (std::size_t i : all)
                if (lesson.steps[i].phase == phase)
                    inPhase.push_back(i);
            picked.push_back(inPhase[uniformIndex(rng, inPhase.size())]);
        }
    } else {
        shuffleInPlace(all, rng);
        picked.assign(all.begin(), all.begin() + std::ptrdiff_t(kMinOrderSteps + 1));
    }
    std::sort(picked.begin(), picked.end());
    return picked;
}

std::vector<Question> orderQuestions(const std::vector<Lesson>& lessons, std::mt19937& rng)
{
    std::vector<Question> questions;
    for (const Lesson& lesson : lessons) {
        const std::vector<std::size_t> steps = orderSteps(lesson, rng);
        if (steps.size() < kMinOrderSteps)
            continue;
        // shown[k] is the position in `steps` of the k-th choice; never already in order.
        std::vector<std::size_t> shown(steps.size());
        for (std::size_t k = 0; k < shown.size(); ++k)
            shown[k] = k;
        shuffleInPlace(shown, rng);
        if (std::is_sorted(shown.begin(), shown.end()))
            std::rotate(shown.begin(), shown.begin() + 1, shown.end());

        Question question;
        question.kind = QuestionKind::StepOrder;
        question.prompt
            = "Put these steps of the lesson " + inQuotes(lesson.title) + " in the order it does them.";
        question.lessonId = lesson.id;
        question.correctOrder.resize(steps.size());
        for (std::size_t k = 0; k < shown.size(); ++k) {
            question.choices.push_back(lesson.steps[steps[shown[k]]].title);
            question.correctOrder[shown[k]] = k;
        }
        std::string arc;
        for (std::size_t n = 0; n < steps.size(); ++n) {
            const Step& step = lesson.steps[steps[n]];
            question.rightAnswerText += (n == 0 ? "" : ", then ") + step.title;
            arc += (n == 0 ? "" : "; ") + step.title + " (" + technique::phaseName(step.phase) + ")";
        }
        question.explanation = "A session moves from assessment through warm-up, deep work and flush to "
                               "stretch and aftercare: tissue is prepared before it is worked deeply and "
                               "calmed afterwards. "
            + arc + ".";
        questions.push_back(std::move(question));
    }
    return questions;
}

} // namespace

const char* questionKindName(QuestionKind kind)
{
    const QuestionKindWords* words = questionKindWords(kind);
    return words ? words->name : "?";
}

std::string forceBandText(double minN, double maxN)
{
    char text[48];
    if (std::round(minN) == std::round(maxN))
        std::snprintf(text, sizeof text, "%.0f N", minN);
    else
        std::snprintf(text, sizeof text, "%.0f-%.0f N", minN, maxN);
    return text;
}

std::vector<Question> allQuestionsOfKind(QuestionKind kind, const KnowledgeBase& knowledge,
    const std::vector<technique::Lesson>& lessons, std::uint32_t seed, const QuizOptions& options)
{
    // Each kind draws from its own generator so that one kind's content never shifts another's.
    std::mt19937 rng(seed ^ (0x9E3779B9u * (std::uint32_t(kind) + 1u)));
    switch (kind) {
    case QuestionKind::ClickStructure:
        return clickQuestions(askableStructures(knowledge, options));
    case QuestionKind::NameStructure:
        return nameQuestions(knowledge, askableStructures(knowledge, options), rng);
    case QuestionKind::StepTool:
        return toolQuestions(lessons, rng);
    case QuestionKind::StepDirection:
        return directionQuestions(lessons, rng);
    case QuestionKind::StepPressure:
        return pressureQuestions(lessons, rng);
    case QuestionKind::StepOrder:
        return orderQuestions(lessons, rng);
    case QuestionKind::ReferralZone:
        return referralZoneQuestions(knowledge, rng);
    case QuestionKind::ReferralMuscle:
        return referralMuscleQuestions(knowledge, rng);
    case QuestionKind::ReferralClick:
        return referralClickQuestions(knowledge);
    }
    return {};
}

std::vector<Question> buildQuiz(const KnowledgeBase& knowledge, const std::vector<technique::Lesson>& lessons,
    std::uint32_t seed, int count, const QuizOptions& options)
{
    std::vector<Question> quiz;
    if (count <= 0)
        return quiz;
    // How urgent a question is: (urgency, due time), smaller first; all alike without progress, so
    // that the seeded order alone decides, as it always did.
    const auto urgency = [&](const Question& question) {
        if (!options.progress)
            return std::pair(Urgency::New, std::int64_t(0));
        const ProgressRecord* record = options.progress->find(progressKey(question));
        if (!record)
            return std::pair(Urgency::New, std::int64_t(0));
        return std::pair(record->isDue(options.nowS) ? Urgency::Due : Urgency::Later, record->dueS());
    };
    std::mt19937 rng(seed);
    std::vector<std::vector<Question>> pools;
    for (const QuestionKindWords& words : kQuestionKinds) {
        const QuestionKind kind = words.kind;
        std::vector<Question> pool = allQuestionsOfKind(kind, knowledge, lessons, seed, options);
        shuffleInPlace(pool, rng);
        if (options.progress)
            sortBySchedule(pool, *options.progress, options.nowS,
                [](const Question& question) { return progressKey(question); });
        if (!pool.empty())
            pools.push_back(std::move(pool));
    }
    shuffleInPlace(pools, rng);
    // Round-robin over the kinds so a short quiz still mixes them; within a kind, of the questions
    // as urgent as the most urgent one, the first from the lesson asked least so far, so one long
    // lesson does not fill the quiz.
    std::map<std::string, int> asked; // lesson id -> step questions taken from it
    const auto next = [&](std::vector<Question>& pool) {
        const Urgency most = urgency(pool.front()).first;
        auto pick = pool.begin();
        for (auto it = pool.begin(); it != pool.end(); ++it)
            if (urgency(*it).first == most && !it->lessonId.empty()
                && asked[it->lessonId] < asked[pick->lessonId])
                pick = it;
        Question question = std::move(*pick);
        pool.erase(pick);
        if (!question.lessonId.empty())
            ++asked[question.lessonId];
        return question;
    };
    bool tookAny = true;
    while (quiz.size() < std::size_t(count) && tookAny) {
        tookAny = false;
        // The kinds with the most urgent questions take the places of a round first (a stable
        // sort: without progress, the seeded order).
        std::vector<std::size_t> visit;
        for (std::size_t k = 0; k < pools.size(); ++k)
            if (!pools[k].empty())
                visit.push_back(k);
        std::stable_sort(visit.begin(), visit.end(), [&](std::size_t a, std::size_t b) {
            return urgency(pools[a].front()) < urgency(pools[b].front());
        });
        for (std::size_t k : visit) {
            if (quiz.size() == std::size_t(count))
                break;
            quiz.push_back(next(pools[k]));
            tookAny = true;
        }
    }
    shuffleInPlace(quiz, rng);
    if (options.progress)
        sortBySchedule(quiz, *options.progress, options.nowS,
            [](const Question& question) { return progressKey(question); });
    return quiz;
}

} // namespace lumbar::quiz
