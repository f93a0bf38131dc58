// Autosave files: a small JSON wrapper around the lesson as writeLesson writes it.
#include "authoring/autosave.hpp"

#include "authoring/lesson_snapshot.hpp"
#include "core/atomic_file.hpp"
#include "core/json_reader.hpp"
#include "core/text_file.hpp"
#include "technique/lesson_write.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

namespace lumbar::authoring {
namespace {

using OrderedJson = nlohmann::ordered_json;

/// The string member `key`, or "" when it is absent or not a string. An autosave is the app's own
/// file, read trustingly, but a damaged one must give a message, never a library exception.
std::string textOf(const Json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

/// The boolean member `key`, or false when it is absent or not a boolean.
bool flagOf(const Json& object, const char* key)
{
    const auto found = object.find(key);
    return found != object.end() && found->is_boolean() && found->get<bool>();
}

/// The wrapper of `file`, checked for its format and version; throws lumbar::FileError.
Json readWrapper(const std::filesystem::path& file)
{
    // An autosave holds one lesson: the lesson reader's limit.
    constexpr std::uintmax_t kMaxAutosaveBytes = 16u << 20;
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(file, kMaxAutosaveBytes, problem);
    if (!text && problem.kind == TextFileProblem::Kind::CannotOpen)
        throw FileError("cannot read the autosave " + inQuotes(file.string()) + ": " + problem.description
            + "; check that it exists and is readable");
    if (!text)
        throw FileError("cannot read the autosave " + inQuotes(file.string()) + ": it " + problem.description
            + "; it is not one LumbarLab wrote: discard it");
    const ParsedJson parsed = parseJson(*text);
    const std::string where = "the autosave " + inQuotes(file.string());
    if (!parsed.root)
        throw FileError(where + " is not valid JSON (" + parsed.error.description
            + "); it was cut short or changed outside LumbarLab: discard it");
    if (!parsed.root->is_object() || textOf(*parsed.root, "format") != kAutosaveFormatName)
        throw FileError(where + " is not a LumbarLab autosave (its \"format\" is not \"" + kAutosaveFormatName
            + "\"); discard it");
    const Json& root = *parsed.root;
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        throw FileError(where + " has no integer \"version\"; discard it");
    if (version->get<long long>() > kAutosaveFormatVersion)
        throw FileError(where + " is version " + version->dump() + ", newer than this build reads ("
            + std::to_string(kAutosaveFormatVersion) + "); update LumbarLab to recover it");
    if (!root.contains("lesson") || !root["lesson"].is_object())
        throw FileError(where + " holds no lesson; discard it");
    return root;
}

} // namespace

std::string utcTimestamp(std::chrono::system_clock::time_point time)
{
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::filesystem::path autosavePath(const std::filesystem::path& folder, const technique::Lesson& lesson)
{
    std::string name = lesson.id.empty() ? "untitled" : lesson.id;
    for (char& c : name) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || c == '.';
        if (!safe)
            c = '_';
    }
    if (name.front() == '.')
        name.front() = '_'; // no hidden files, and never "." or ".."
    return folder / (name + ".json");
}

std::filesystem::path writeAutosave(const std::filesystem::path& folder, const LessonDocument& document,
    std::chrono::system_clock::time_point now)
{
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw FileError("cannot create the autosave folder " + inQuotes(folder.string()) + ": "
            + error.message() + "; check that its parent is writable");
    OrderedJson root = OrderedJson::object();
    root["format"] = kAutosaveFormatName;
    root["version"] = kAutosaveFormatVersion;
    root["original"] = document.path().string();
    root["built_in"] = document.isBuiltIn();
    root["saved_at"] = utcTimestamp(now);
    root["lesson"] = OrderedJson::parse(technique::writeLesson(document.lesson()));
    const std::filesystem::path file = autosavePath(folder, document.lesson());
    writeFileAtomically(file, root.dump(2) + "\n");
    return file;
}

std::vector<PendingAutosave> listAutosaves(const std::filesystem::path& folder)
{
    std::vector<PendingAutosave> result;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error))
        return result;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || entry.path().extension() != ".json" || isAtomicWriteTemporary(name))
            continue;
        PendingAutosave pending;
        pending.file = entry.path();
        try {
            const Json root = readWrapper(entry.path());
            pending.original = textOf(root, "original");
            pending.builtIn = flagOf(root, "built_in");
            pending.savedAt = textOf(root, "saved_at");
            pending.lessonTitle = textOf(root["lesson"], "title");
        } catch (const Error& failure) {
            pending.problem = failure.what();
        }
        result.push_back(std::move(pending));
    }
    std::sort(result.begin(), result.end(), [](const PendingAutosave& a, const PendingAutosave& b) {
        return a.file.filename() < b.file.filename();
    });
    return result;
}

LessonDocument restoreAutosave(const std::filesystem::path& file)
{
    const Json root = readWrapper(file);
    LessonDocument document(
        readLessonSnapshot(root["lesson"].dump()), textOf(root, "original"), flagOf(root, "built_in"));
    document.markUnsaved();
    return document;
}

void discardAutosave(const std::filesystem::path& file)
{
    std::error_code error;
    std::filesystem::remove(file, error);
    if (error)
        throw FileError("cannot remove the autosave " + inQuotes(file.string()) + ": " + error.message()
            + "; remove it by hand");
}

} // namespace lumbar::authoring
