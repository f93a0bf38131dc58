// The lesson editor's state: file handling, autosave, preview and anchor placement.
#include "session/lesson_editor.hpp"

#include "authoring/lesson_edits.hpp"
#include "core/error.hpp"
#include "session/hand_models.hpp"
#include "technique/prepared_lesson.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace lumbar::app {

using technique::Lesson;

EditorFolders editorFolders(const EnvironmentLookup& environment)
{
    return {userLessonsDir(environment), autosaveDir(environment)};
}

std::string checkLessonFileName(const std::string& name)
{
    constexpr std::size_t kMaxLength = 64;
    if (name.empty())
        return "type a name for the file, e.g. my-low-back-routine";
    if (name.size() > kMaxLength)
        return "the name is longer than " + std::to_string(kMaxLength) + " characters; shorten it";
    for (const char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            return std::string("\"") + c + "\" cannot be in a file name; use letters, digits, '-' and '_'";
    return {};
}

std::string lessonIdFromTitle(const std::string& title)
{
    std::string id;
    for (const char c : title) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) && byte < 128)
            id += char(std::tolower(byte));
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    // At most the 64 characters a file name may have here.
    constexpr std::size_t kMaxLength = 64;
    if (id.size() > kMaxLength)
        id.resize(kMaxLength);
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() ? kNewLessonId : id;
}

LessonEditor::LessonEditor(const KnowledgeBase& knowledge, EditorFolders folders)
    : m_knowledge(knowledge), m_folders(std::move(folders))
{
}

void LessonEditor::startNew(const std::string& target)
{
    Lesson lesson;
    lesson.id = kNewLessonId;
    lesson.title = "My lesson";
    lesson.patientPosition = "prone";
    lesson.steps.push_back(authoring::defaultStep(lesson, 0));
    lesson.steps.front().targets = {target};
    adopt(authoring::LessonDocument(std::move(lesson)), {});
    // A new lesson has never been saved: it counts as unsaved work from the start.
    m_document->markUnsaved();
    setMessage("New lesson: add steps, then Save as to keep it", false);
}

bool LessonEditor::open(const std::filesystem::path& path, bool builtIn)
{
    try {
        adopt(authoring::LessonDocument::open(path, builtIn, &m_knowledge), {});
    } catch (const authoring::LessonOpenError& error) {
        std::string message = error.what();
        for (const technique::Problem& problem : error.problems)
            if (problem.text() != error.what())
                message += "\n" + problem.text();
        setMessage(message, true);
        return false;
    } catch (const Error& error) {
        setMessage(error.what(), true);
        return false;
    }
    setMessage(builtIn ? "Built-in lessons are read-only: Save as keeps your changes in a copy"
                       : "Editing " + path.filename().string(),
        false);
    return true;
}

void LessonEditor::adopt(authoring::LessonDocument document, const std::filesystem::path& autosaveFile)
{
    m_document.emplace(std::move(document));
    m_autosaveFile = autosaveFile;
    m_lastAutosaveS = -1.0;
    m_previewed.reset();
    m_problems.clear();
    m_selectedStep = 0;
    m_seekToSelection = true;
    m_placement.reset();
    m_dragging = false;
}

void LessonEditor::close()
{
    if (!m_autosaveFile.empty()) {
        try {
            authoring::discardAutosave(m_autosaveFile);
        } catch (const Error& error) {
            setMessage(error.what(), true);
        }
    }
    m_document.reset();
    m_autosaveFile.clear();
    m_previewed.reset();
    m_problems.clear();
    m_placement.reset();
}

bool LessonEditor::canSaveInPlace() const
{
    return m_document && !m_document->isBuiltIn() && !m_document->path().empty();
}

bool LessonEditor::save()
{
    if (!canSaveInPlace()) {
        setMessage("This lesson has no file of its own yet: use Save as", true);
        return false;
    }
    try {
        m_document->save();
    } catch (const Error& error) {
        setMessage(std::string(error.what()) + " (your changes are still here and autosaved)", true);
        return false;
    }
    afterSave();
    return true;
}

std::filesystem::path LessonEditor::userLessonPath(const std::string& name) const
{
    return m_folders.userLessons / (name + ".json");
}

bool LessonEditor::saveAs(const std::string& name, bool overwrite)
{
    if (const std::string problem = checkLessonFileName(name); !problem.empty()) {
        setMessage("Save as: " + problem, true);
        return false;
    }
    const std::filesystem::path path = userLessonPath(name);
    std::error_code error;
    if (!overwrite && std::filesystem::exists(path, error)) {
        setMessage(
            "Save as: " + path.string() + " already exists; choose another name or overwrite it", true);
        return false;
    }
    if (m_document->lesson().id != name)
        authoring::setLessonId(*m_document, name);
    try {
        std::filesystem::create_directories(m_folders.userLessons);
        m_document->save(path);
    } catch (const std::exception& failure) {
        setMessage(std::string("Save as: ") + failure.what() + " (your changes are still here)", true);
        return false;
    }
    afterSave();
    return true;
}

void LessonEditor::afterSave()
{
    ++m_saveCount;
    if (!m_autosaveFile.empty()) {
        try {
            authoring::discardAutosave(m_autosaveFile);
        } catch (const Error&) {
            // A stale autosave is offered once more at the next start; the lesson itself is saved.
        }
        m_autosaveFile.clear();
    }
    setMessage("Saved " + m_document->path().string(), false);
}

void LessonEditor::autosaveIfDue(double nowS, double delayS)
{
    if (!m_document || !m_document->isDirty())
        return;
    if (m_lastAutosaveS >= 0.0 && nowS - m_lastAutosaveS < delayS)
        return;
    m_lastAutosaveS = nowS;
    try {
        const std::filesystem::path written = authoring::writeAutosave(m_folders.autosave, *m_document);
        // The name follows the lesson id: drop the file of an id the author has since changed.
        if (!m_autosaveFile.empty() && m_autosaveFile != written)
            authoring::discardAutosave(m_autosaveFile);
        m_autosaveFile = written;
    } catch (const Error& error) {
        setMessage(std::string("Autosave failed: ") + error.what(), true);
    }
}

void LessonEditor::autosaveNow()
{
    m_lastAutosaveS = -1.0;
    autosaveIfDue(0.0, 0.0);
}

void LessonEditor::updatePreview(LessonPlayer& player, const technique::AnatomySurface& surface)
{
    if (!m_document)
        return;
    const Lesson& lesson = m_document->lesson();
    m_selectedStep = std::min(m_selectedStep, lesson.steps.empty() ? 0 : lesson.steps.size() - 1);
    if (!m_previewed || !(*m_previewed == lesson)) {
        m_previewed = lesson;
        m_problems = m_document->validate(&m_knowledge);
        const double time = player.time();
        if (lesson.steps.empty()) {
            player.unload();
        } else {
            try {
                player.load(technique::prepareLesson(lesson, surface, lessonPrepareOptions()));
                player.seek(time);
            } catch (const std::exception& error) {
                // A half-written lesson may not play yet; the problems list says what is missing.
                player.unload();
                setMessage(std::string("Preview paused: ") + error.what(), true);
            }
        }
    }
    if (std::exchange(m_seekToSelection, false) && player.loaded())
        player.seekStep(m_selectedStep);
    else if (player.loaded() && player.playing())
        m_selectedStep = player.currentStep();
}

std::vector<const technique::Problem*> LessonEditor::problemsAt(const ProblemPath& where) const
{
    std::vector<const technique::Problem*> found;
    for (const technique::Problem& problem : m_problems) {
        // A place no path spells (a field name with brackets in it) matches only itself.
        const std::optional<ProblemPath> place = ProblemPath::parse(problem.where);
        const bool inside = place && !where.isRoot() && place->isWithin(where);
        if (problem.where == where.text() || inside)
            found.push_back(&problem);
    }
    return found;
}

void LessonEditor::selectStep(std::size_t index, bool seek)
{
    m_selectedStep = index;
    m_seekToSelection = seek;
    m_placement.reset();
}

bool LessonEditor::placeAt(
    const technique::AnatomySurface& surface, const std::string& structureId, const glm::vec3& point)
{
    if (!m_document || !m_placement || m_placement->step >= m_document->lesson().steps.size())
        return false;
    const technique::Step& step = m_document->lesson().steps[m_placement->step];
    const std::optional<technique::Anchor> anchor = surface.anchorAt(structureId, point, step.approach);
    if (!anchor)
        return false;
    AnchorPlacement& placing = *m_placement;
    if (placing.kind == AnchorPlacement::Kind::PathAnchor) {
        if (!step.stroke)
            authoring::addStroke(*m_document, placing.step);
        const std::size_t count = m_document->lesson().steps[placing.step].stroke->path.size();
        if (!placing.index || *placing.index >= count) {
            authoring::addPathAnchor(*m_document, placing.step, count, *anchor);
            placing.index = count;
        } else {
            authoring::setPathAnchor(*m_document, placing.step, *placing.index, *anchor);
        }
    } else {
        const std::vector<technique::PressurePoint>& points = step.pressurePoints;
        if (!placing.index || *placing.index >= points.size()) {
            technique::PressurePoint added;
            added.anchor = *anchor;
            added.holdS = 10.0;
            added.forceN = 30.0;
            placing.index = authoring::addPressurePoint(*m_document, placing.step, added);
        } else {
            technique::PressurePoint moved = points[*placing.index];
            moved.anchor = *anchor;
            authoring::setPressurePoint(*m_document, placing.step, *placing.index, moved);
        }
    }
    m_dragging = true;
    return true;
}

void LessonEditor::endPlacement()
{
    if (!m_dragging)
        return;
    m_dragging = false;
    if (m_document)
        m_document->endMerge();
    m_placement.reset();
}

void LessonEditor::setMessage(std::string message, bool isError)
{
    m_message = std::move(message);
    m_messageIsError = isError;
}

} // namespace lumbar::app
