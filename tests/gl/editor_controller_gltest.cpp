// EditorController: the editor lets a lesson go only after unsaved changes were saved or discarded,
// and then pushes what the user asked for (closing goes back to the lesson as it is on disk).
#include "authoring/lesson_edits.hpp"
#include "gl/gl_test_context.hpp"
#include "session/lesson_player.hpp"
#include "session/viewer.hpp"
#include "support/scene_files.hpp"
#include "support/technique_fixture.hpp"
#include "support/temp_dir.hpp"
#include "window/editor_controller.hpp"

#include <cstdlib>

namespace lumbar::test {
namespace {

using EditorControllerGlTest = GlTest;

/// Points XDG_DATA_HOME at a folder of the test for the controller's lifetime.
class DataHome {
public:
    explicit DataHome(const std::filesystem::path& folder)
    {
        if (const char* previous = std::getenv("XDG_DATA_HOME"))
            m_previous = previous;
        setenv("XDG_DATA_HOME", folder.c_str(), 1);
    }
    ~DataHome()
    {
        if (m_previous)
            setenv("XDG_DATA_HOME", m_previous->c_str(), 1);
        else
            unsetenv("XDG_DATA_HOME");
    }

private:
    std::optional<std::string> m_previous;
};

TEST_F(EditorControllerGlTest, AsksBeforeUnsavedChangesAreLostAndThenCarriesOnWithTheRequest)
{
    const TempDir dir;
    const DataHome home(dir.path() / "data");
    const std::filesystem::path lessonFile = dir.write("class.json", validLessonJson().dump(2));
    app::Viewer viewer(gl::ShaderSources(), 64, 64);
    viewer.setKnowledgeBase(lumbarKnowledgeBase());
    viewer.setModel([] {
        Model model;
        model.meshes.push_back(makeIcosphere("skin", glm::vec3(0.0f), 0.2f, 2));
        return model;
    }());
    app::LessonPlayer player;
    app::CommandQueue commands;
    app::EditorController controller(viewer, player, commands);
    EXPECT_EQ(controller.editor().folders().userLessons, dir.path() / "data" / "lumbarlab" / "lessons");

    // Nothing unsaved: the editor closes at once and the request follows.
    controller.edit(lessonFile, false);
    ASSERT_TRUE(controller.active());
    EXPECT_EQ(controller.editedFile(), lessonFile);
    controller.leaveThen(app::command::OpenLesson{"other.json"});
    EXPECT_FALSE(controller.active());
    EXPECT_EQ(commands.take(), app::Command(app::command::OpenLesson{"other.json"}));
    EXPECT_TRUE(commands.empty());

    // Unsaved changes: nothing happens until the answer; Cancel keeps editing.
    controller.edit(lessonFile, false);
    authoring::setLessonTitle(controller.editor().document(), "Changed");
    controller.leaveThen(app::command::CloseLesson{});
    EXPECT_TRUE(controller.active());
    EXPECT_TRUE(commands.empty());
    controller.answer(app::UnsavedChoice::Cancel);
    EXPECT_TRUE(controller.active());
    EXPECT_TRUE(commands.empty());
    // Discard: the editor closes and the player goes back to the lesson as it is on disk (a draft
    // there is not opened in the editor again).
    controller.leaveThen(app::command::CloseLesson{});
    controller.answer(app::UnsavedChoice::Discard);
    EXPECT_FALSE(controller.active());
    EXPECT_EQ(commands.take(), app::Command(app::command::OpenLesson{lessonFile, false}));

    // Save: written, then the request (quitting) follows.
    controller.edit(lessonFile, false);
    authoring::setLessonTitle(controller.editor().document(), "Saved title");
    controller.leaveThen(app::command::Quit{});
    controller.answer(app::UnsavedChoice::Save);
    EXPECT_FALSE(controller.active());
    EXPECT_EQ(commands.take(), app::Command(app::command::Quit{}));
    EXPECT_EQ(technique::loadLesson(lessonFile).lesson->title, "Saved title");

    // A new lesson has no file: Save needs a name first, and the user repeats the request.
    controller.startNew();
    ASSERT_TRUE(controller.active());
    authoring::setLessonTitle(controller.editor().document(), "Draft");
    controller.leaveThen(app::command::NewLesson{});
    controller.answer(app::UnsavedChoice::Save);
    EXPECT_TRUE(controller.active());
    EXPECT_TRUE(commands.empty());
}

} // namespace
} // namespace lumbar::test
