// Progress as JSON: read strictly through JsonReader, refused whole on any problem, kept aside.
#include "quiz/progress_file.hpp"

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/json_reader.hpp"
#include "core/text_file.hpp"

#include <nlohmann/json.hpp>

#include <limits>
#include <set>
#include <system_error>

namespace lumbar::quiz {
namespace {

/// The latest time a record may carry: the last second of the year 9999. Anything later is a
/// corrupt number, not a date.
constexpr std::int64_t kLatestAnswerS = 253'402'300'799;

/// Reads the items of a progress document, reporting every problem.
class ProgressReader : public JsonReader {
public:
    explicit ProgressReader(std::string source) : JsonReader(std::move(source), Policy::Collect) { }

    void read(const Json& root, Progress& progress)
    {
        const ProblemPath top;
        if (!expectType(root, top, root.is_object(), "an object"))
            return;
        checkKeys(root, top, {"format", "version", "items"});
        if (const std::optional<std::string> format = text(root, top, "format");
            format && *format != kProgressFormat)
            report(top.member("format"),
                "\"" + *format + "\" is not a progress file; expected \"" + kProgressFormat + "\"");
        if (const Json* version = field(root, top, "version", true); version
            && expectType(*version, top.member("version"), version->is_number_integer(), "an integer")
            && version->get<long long>() != kProgressVersion)
            report(top.member("version"),
                version->dump() + " is not a version this LumbarLab reads; expected "
                    + std::to_string(kProgressVersion) + " (a newer LumbarLab wrote it?)");
        const Json* items = field(root, top, "items", true);
        if (!items || !expectType(*items, top.member("items"), items->is_array(), "an array"))
            return;
        std::set<std::string> keys;
        for (std::size_t i = 0; i < items->size(); ++i)
            readItem((*items)[i], top.member("items").index(i), keys, progress);
    }

private:
    void readItem(const Json& item, const ProblemPath& at, std::set<std::string>& keys, Progress& progress)
    {
        if (!expectType(item, at, item.is_object(), "an object"))
            return;
        checkKeys(item, at, {"key", "structure", "lesson", "box", "right", "wrong", "last_answered"});
        ProgressRecord record;
        const std::optional<std::string> key = text(item, at, "key");
        if (key && !keys.insert(*key).second)
            report(at.member("key"), "\"" + *key + "\" is given twice");
        const bool hasStructure = item.contains("structure");
        const bool hasLesson = item.contains("lesson");
        std::optional<std::string> group;
        if (hasStructure == hasLesson)
            report(at, "needs exactly one of \"structure\" and \"lesson\"");
        else
            group = text(item, at, hasStructure ? "structure" : "lesson");
        const std::optional<int> box = integer(item, at, "box", 1, kLeitnerBoxes);
        const std::optional<int> right = integer(item, at, "right", 0, std::numeric_limits<int>::max());
        const std::optional<int> wrong = integer(item, at, "wrong", 0, std::numeric_limits<int>::max());
        const std::optional<std::int64_t> last = seconds(item, at, "last_answered");
        if (!key || !group || !box || !right || !wrong || !last)
            return;
        record.key = *key;
        record.group = {hasStructure ? ProgressGroup::Kind::Structure : ProgressGroup::Kind::Lesson, *group};
        record.box = *box;
        record.right = *right;
        record.wrong = *wrong;
        record.lastAnsweredS = *last;
        progress.put(std::move(record));
    }

    /// A whole number of seconds since the epoch, 0 to kLatestAnswerS.
    std::optional<std::int64_t> seconds(const Json& object, const ProblemPath& where, const char* key)
    {
        const Json* value = field(object, where, key, true);
        if (!value
            || !expectType(
                *value, where.member(key), value->is_number_integer(), "a whole number of seconds"))
            return std::nullopt;
        const bool tooLarge
            = value->is_number_unsigned() && value->get<std::uint64_t>() > std::uint64_t(kLatestAnswerS);
        const long long read = tooLarge ? -1 : value->get<long long>();
        if (tooLarge || read < 0 || read > kLatestAnswerS) {
            report(where.member(key),
                value->dump() + " is out of range; expected seconds since 1970 from 0 to "
                    + std::to_string(kLatestAnswerS));
            return std::nullopt;
        }
        return std::int64_t(read);
    }
};

} // namespace

std::optional<Progress> parseProgress(
    const std::string& jsonText, const std::string& source, std::vector<Problem>& problems)
{
    ProgressReader reader(source);
    Progress progress;
    const ParsedJson parsed = parseJson(jsonText);
    if (!parsed.root)
        reader.report(ProblemPath(), "not valid JSON (" + parsed.error.description + ")");
    else
        reader.read(*parsed.root, progress);
    if (!reader.anyProblem())
        return progress;
    for (Problem& problem : reader.takeProblems())
        problems.push_back(std::move(problem));
    return std::nullopt;
}

std::string writeProgress(const Progress& progress)
{
    // Ordered objects keep each item's fields in the order the format documents them.
    nlohmann::ordered_json root;
    root["format"] = kProgressFormat;
    root["version"] = kProgressVersion;
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const ProgressRecord& record : progress.records()) {
        nlohmann::ordered_json item;
        item["key"] = record.key;
        item[record.group.kind == ProgressGroup::Kind::Lesson ? "lesson" : "structure"] = record.group.id;
        item["box"] = record.box;
        item["right"] = record.right;
        item["wrong"] = record.wrong;
        item["last_answered"] = record.lastAnsweredS;
        items.push_back(std::move(item));
    }
    root["items"] = std::move(items);
    return root.dump(2) + "\n";
}

std::filesystem::path keptAsidePath(const std::filesystem::path& path)
{
    std::filesystem::path aside = path.string() + ".bad";
    std::error_code error;
    for (int suffix = 2; std::filesystem::exists(std::filesystem::symlink_status(aside, error)); ++suffix)
        aside = path.string() + ".bad-" + std::to_string(suffix);
    return aside;
}

LoadedProgress loadProgress(const std::filesystem::path& path)
{
    LoadedProgress loaded;
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::symlink_status(path, error)))
        return loaded;
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(path, kMaxProgressFileBytes, problem);
    std::vector<Problem> problems;
    if (text) {
        if (std::optional<Progress> read = parseProgress(*text, path.string(), problems)) {
            loaded.progress = std::move(*read);
            return loaded;
        }
        for (const Problem& each : problems)
            loaded.messages.push_back(each.text());
    } else {
        loaded.messages.push_back(inQuotes(path.string()) + " cannot be read: "
            + (problem.kind == TextFileProblem::Kind::CannotOpen ? "" : "it ") + problem.description);
    }
    const std::filesystem::path aside = keptAsidePath(path);
    std::filesystem::rename(path, aside, error);
    if (error) {
        loaded.canSave = false;
        loaded.messages.push_back("The progress file " + inQuotes(path.string())
            + " was not used and cannot be " + "moved aside (" + error.message()
            + "): answers of this session are not kept. Move or " + "fix the file by hand.");
        return loaded;
    }
    loaded.keptAside = aside;
    loaded.messages.push_back("The progress file " + inQuotes(path.string()) + " was not used; it is kept as "
        + inQuotes(aside.string()) + " and progress starts afresh. Fix it and move it back to use it again.");
    return loaded;
}

void saveProgress(const std::filesystem::path& path, const Progress& progress)
{
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error)
        throw FileError("cannot create the progress folder " + inQuotes(path.parent_path().string()) + ": "
            + error.message() + "; check its permissions");
    writeFileAtomically(path, writeProgress(progress));
}

} // namespace lumbar::quiz
