// libFuzzer target for the lesson and settings parsers: any bytes are parsed without a crash, and
// whatever parses cleanly survives a write and a second parse unchanged.
#include "session/settings.hpp"
#include "support/technique_fixture.hpp"
#include "technique/lesson.hpp"
#include "technique/lesson_write.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

/// A broken property is a finding: say which one, then abort so that libFuzzer keeps the input.
void require(bool holds, const char* property)
{
    if (!holds) {
        std::fprintf(stderr, "lesson_fuzz: property broken: %s\n", property);
        std::abort();
    }
}

void fuzzLesson(const std::string& text)
{
    // Built once: the knowledge base only decides which structure ids are known.
    static const lumbar::KnowledgeBase knowledge = lumbar::test::lumbarKnowledgeBase();
    const auto parsed = lumbar::technique::parseLesson(text, "fuzz.json", &knowledge);
    require(
        parsed.lesson.has_value() || !parsed.problems.empty(), "a lesson that is refused names a problem");
    if (!parsed.ok())
        return;
    // lesson_write.hpp promises that every accepted lesson reads back field by field.
    const std::string written = lumbar::technique::writeLesson(*parsed.lesson);
    const auto reparsed = lumbar::technique::parseLesson(written, "fuzz.json", &knowledge);
    require(reparsed.ok(), "a written lesson parses without problems");
    require(*reparsed.lesson == *parsed.lesson, "a written lesson reads back field by field");
}

void fuzzSettings(const std::string& text)
{
    std::vector<std::string> warnings;
    const auto settings = lumbar::app::parseSettings(text, "settings.json", warnings);
    require(settings.uiScale >= lumbar::app::kMinUiScale && settings.uiScale <= lumbar::app::kMaxUiScale,
        "the UI scale stays in its range");
    std::vector<std::string> rereadWarnings;
    const auto reread
        = lumbar::app::parseSettings(lumbar::app::writeSettings(settings), "settings.json", rereadWarnings);
    require(rereadWarnings.empty(), "written settings read back without warnings");
    require(reread == settings, "written settings read back field by field");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    fuzzLesson(text);
    fuzzSettings(text);
    return 0;
}
