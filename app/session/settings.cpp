// Settings as JSON: read defensively field by field, written whole and atomically.
#include "session/settings.hpp"

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "core/json_reader.hpp"
#include "core/text_file.hpp"
#include "technique/lesson_vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace lumbar::app {
namespace {

/// Reads the fields of one settings object: a field it cannot use is a warning, and the setting
/// keeps its default.
class SettingsReader : public JsonReader {
public:
    explicit SettingsReader(std::string source) : JsonReader(std::move(source), Policy::Collect) { }

    void warn(const std::string& key, const std::string& message)
    {
        report(ProblemPath().member(key), message);
    }

    const Json* find(const Json& root, const char* key, bool (Json::*isType)() const, const char* expected)
    {
        const Json* found = field(root, ProblemPath(), key, false);
        if (found && !(found->*isType)()) {
            warn(key,
                "expected " + std::string(expected) + ", found " + found->dump() + "; using the default");
            return nullptr;
        }
        return found;
    }

    void number(const Json& root, const char* key, float& value, float min, float max)
    {
        if (const Json* found = find(root, key, &Json::is_number, "a number")) {
            const double read = found->get<double>();
            if (read >= min && read <= max)
                value = float(read);
            else
                warn(key,
                    found->dump() + " is out of range " + format(min) + " to " + format(max) + "; using "
                        + format(value));
        }
    }

    void integer(const Json& root, const char* key, int& value, int min, int max)
    {
        if (const Json* found = find(root, key, &Json::is_number_integer, "a whole number")) {
            const long long read = found->get<long long>();
            if (read >= min && read <= max)
                value = int(read);
            else
                warn(key,
                    found->dump() + " is out of range " + std::to_string(min) + " to " + std::to_string(max)
                        + "; using " + std::to_string(value));
        }
    }

    void flag(const Json& root, const char* key, bool& value)
    {
        if (const Json* found = find(root, key, &Json::is_boolean, "true or false"))
            value = found->get<bool>();
    }

    void choice(
        const Json& root, const char* key, std::string& value, const std::vector<std::string>& allowed)
    {
        if (const Json* found = find(root, key, &Json::is_string, "a string")) {
            const std::string read = found->get<std::string>();
            if (std::find(allowed.begin(), allowed.end(), read) != allowed.end())
                value = read;
            else
                warn(key, "\"" + read + "\" is not one of " + joined(allowed) + "; using \"" + value + "\"");
        }
    }

    /// Every field of `root` into `settings`.
    void read(const Json& root, Settings& settings)
    {
        for (const auto& item : root.items()) {
            static const std::vector<std::string> kKnown{"format", "version", "ui_scale", "theme", "audience",
                "labels", "presentation_auto_orbit", "hand_tone", "therapist", "render_scale", "window_width",
                "window_height"};
            if (std::find(kKnown.begin(), kKnown.end(), item.key()) == kKnown.end())
                warn(item.key(), "unknown setting; ignored");
        }
        number(root, "ui_scale", settings.uiScale, kMinUiScale, kMaxUiScale);
        std::string theme = themeName(settings.theme);
        choice(root, "theme", theme, {"dark", "light"});
        settings.theme = theme == "light" ? Theme::Light : Theme::Dark;
        choice(root, "audience", settings.audience, technique::spellings<technique::Audience>());
        flag(root, "labels", settings.labels);
        flag(root, "presentation_auto_orbit", settings.presentationAutoOrbit);
        std::string tone = handToneName(settings.handTone);
        choice(root, "hand_tone", tone, handToneNames());
        settings.handTone = parseHandTone(tone).value_or(HandTone::Medium);
        flag(root, "therapist", settings.therapist);
        std::string scale = renderScaleModeName(settings.renderScale);
        choice(root, "render_scale", scale, {"automatic", "full"});
        settings.renderScale = scale == "full" ? RenderScaleMode::AlwaysFull : RenderScaleMode::Automatic;
        integer(root, "window_width", settings.windowWidth, 320, 16384);
        integer(root, "window_height", settings.windowHeight, 240, 16384);
    }

private:
    static std::string format(float value)
    {
        std::ostringstream out;
        out << value;
        return out.str();
    }
};

constexpr const char* kFormatName = "lumbarlab-settings";

} // namespace

const char* themeName(Theme theme)
{
    return theme == Theme::Light ? "light" : "dark";
}

Settings parseSettings(
    const std::string& jsonText, const std::string& sourceName, std::vector<std::string>& warnings)
{
    Settings settings;
    SettingsReader reader(sourceName);
    const ParsedJson parsed = parseJson(jsonText);
    if (!parsed.root)
        reader.report(ProblemPath(),
            "not valid JSON (" + parsed.error.description
                + "); using the default settings until the window saves them again");
    else if (parsed.root->is_object())
        reader.read(*parsed.root, settings);
    else
        reader.report(ProblemPath(), "not a JSON object; using the default settings");
    for (const Problem& problem : reader.takeProblems())
        warnings.push_back(problem.text());
    return settings;
}

std::string writeSettings(const Settings& settings)
{
    // An ordered object keeps the file in the order people read it.
    nlohmann::ordered_json root;
    root["format"] = kFormatName;
    root["version"] = 1;
    root["ui_scale"] = settings.uiScale;
    root["theme"] = themeName(settings.theme);
    root["audience"] = settings.audience;
    root["labels"] = settings.labels;
    root["presentation_auto_orbit"] = settings.presentationAutoOrbit;
    root["hand_tone"] = handToneName(settings.handTone);
    root["therapist"] = settings.therapist;
    root["render_scale"] = renderScaleModeName(settings.renderScale);
    root["window_width"] = settings.windowWidth;
    root["window_height"] = settings.windowHeight;
    return root.dump(2) + "\n";
}

Settings loadSettings(const std::filesystem::path& path, std::vector<std::string>& warnings)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return {};
    // Settings are a few hundred bytes; a megabyte is a file that is something else.
    constexpr std::uintmax_t kMaxSettingsBytes = 1u << 20;
    TextFileProblem problem;
    const std::optional<std::string> text = readTextFile(path, kMaxSettingsBytes, problem);
    if (!text) {
        warnings.push_back(path.string() + ": cannot be read ("
            + (problem.kind == TextFileProblem::Kind::CannotOpen ? "" : "it ") + problem.description
            + "); using the default settings");
        return {};
    }
    return parseSettings(*text, path.string(), warnings);
}

void saveSettings(const std::filesystem::path& path, const Settings& settings)
{
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error)
        throw Error("cannot create the settings folder " + inQuotes(path.parent_path().string()) + ": "
            + error.message() + "; check its permissions");
    writeFileAtomically(path, writeSettings(settings));
}

} // namespace lumbar::app
