// Telling a lesson from a model by what the file holds, and the messages for anything else.
#include "core/error.hpp"
#include "session/file_kind.hpp"
#include "support/temp_dir.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <sys/stat.h>

namespace lumbar::app {
namespace {

std::string identifyError(const std::filesystem::path& path)
{
    try {
        identifyFile(path);
    } catch (const Error& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected an error for " << path;
    return {};
}

TEST(FileKind, LessonsAreKnownByContentWhateverTheirName)
{
    const test::TempDir dir;
    EXPECT_EQ(identifyFile(std::filesystem::path(LUMBARLAB_CONTENT_DIR) / "lessons/lumbar-basic.json"),
        FileKind::Lesson);
    EXPECT_EQ(identifyFile(dir.write(
                  "week 3.txt", "\xEF\xBB\xBF\n  {\"format\":\"lumbarlab-lesson\", \"version\": 1}")),
        FileKind::Lesson);
    // Still a lesson when it is broken further on: the lesson reader says where.
    EXPECT_EQ(identifyFile(dir.write("draft", "{\n  \"format\" : \"lumbarlab-lesson\",\n  \"steps\": [")),
        FileKind::Lesson);
}

TEST(FileKind, ViewCollectionsAreKnownByContent)
{
    const test::TempDir dir;
    EXPECT_EQ(identifyFile(dir.write("week 3 views", "{\"format\": \"lumbarlab-views\", \"version\": 1}")),
        FileKind::Views);
}

TEST(FileKind, ModelsAreKnownByExtension)
{
    EXPECT_EQ(identifyFile(std::filesystem::path(LUMBARLAB_MODELS_DIR) / "lumbar.glb"), FileKind::Model);
    const test::TempDir dir;
    EXPECT_EQ(identifyFile(dir.write("spine.OBJ", "v 0 0 0\n")), FileKind::Model);
    // A .gltf is JSON; a "format" inside it does not make it anything else.
    EXPECT_EQ(identifyFile(dir.write("spine.gltf", "{\"asset\": {\"version\": \"2.0\", \"format\": \"x\"}}")),
        FileKind::Model);
}

TEST(FileKind, AnythingElseSaysWhatItIsNotAndWhatOpens)
{
    const test::TempDir dir;
    const std::filesystem::path notes = dir.write("notes.txt", "buy more oil\n");
    const std::string error = identifyError(notes);
    EXPECT_EQ(error.rfind("'" + notes.string()
                      + "' is neither a lesson, a view collection nor a model; LumbarLab opens lessons "
                        "(JSON with \"format\": \"lumbarlab-lesson\"), view collections (\"format\": "
                        "\"lumbarlab-views\") and models (.glb",
                  0),
        0u)
        << error;

    const std::filesystem::path structures = std::filesystem::path(LUMBARLAB_MODELS_DIR) / "structures.json";
    EXPECT_NE(identifyError(structures)
                  .find("is a \"lumbarlab-structures\" file, which cannot be opened on its own"),
        std::string::npos)
        << identifyError(structures);

    const std::filesystem::path renamed = dir.write("scan.bin", std::string("glTF\x02\0\0\0", 8));
    EXPECT_EQ(identifyError(renamed),
        "'" + renamed.string()
            + "' holds a binary glTF model but its name does not end in .glb; rename it to end in .glb and "
              "open it again");

    EXPECT_EQ(identifyError(dir.path() / "gone.json"),
        "'" + (dir.path() / "gone.json").string() + "' does not exist; check the path");
    EXPECT_NE(identifyError(dir.path()).find("is a folder; LumbarLab opens lessons"), std::string::npos);

    // A named pipe would block the read until someone writes to it: refused before it is opened.
    const std::filesystem::path fifo = dir.path() / "lesson.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(identifyError(fifo),
        "'" + fifo.string()
            + "' is not a regular file but a pipe, socket or device; give a lesson or model file saved on "
              "disk");
}

} // namespace
} // namespace lumbar::app
