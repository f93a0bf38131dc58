// Settings as JSON: read defensively field by field, written whole and atomically.
#include "session/settings.hpp"

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "technique/lesson_vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace lumbar::app {
namespace {

using Json = nlohmann::json;

/// Reads the fields of one settings object, reporting what it cannot use.
class SettingsReader {
public:
    SettingsReader(const Json& root, std::string source, std::vector<std::string>& warnings)
        : m_root(root), m_source(std::move(source)), m_warnings(warnings)
    {
    }

    void warn(const std::string& key, const std::string& message)
    {
        m_warnings.push_back(m_source + ": " + key + ": " + message);
    }

    const Json* find(const char* key, bool (Json::*isType)() const, const char* expected)
    {
        const auto found = m_root.find(key);
        if (found == m_root.end())
            return nullptr;
        if (!((*found).*isType)()) {
            warn(key,
                "expected " + std::string(expected) + ", found " + found->dump() + "; using the default");
            return nullptr;
        }
        return &*found;
    }

    void number(const char* key, float& value, float min, float max)
    {
        if (const Json* found = find(key, &Json::is_number, "a number")) {
            const double read = found->get<double>();
            if (read >= min && read <= max)
                value = float(read);
            else
                warn(key,
                    found->dump() + " is out of range " + format(min) + " to " + format(max) + "; using "
                        + format(value));
        }
    }

    void integer(const char* key, int& value, int min, int max)
    {
        if (const Json* found = find(key, &Json::is_number_integer, "a whole number")) {
            const long long read = found->get<long long>();
            if (read >= min && read <= max)
                value = int(read);
            else
                warn(key,
                    found->dump() + " is out of range " + std::to_string(min) + " to " + std::to_string(max)
                        + "; using " + std::to_string(value));
        }
    }

    void flag(const char* key, bool& value)
    {
        if (const Json* found = find(key, &Json::is_boolean, "true or false"))
            value = found->get<bool>();
    }

    void choice(const char* key, std::string& value, const std::vector<std::string>& allowed)
    {
        if (const Json* found = find(key, &Json::is_string, "a string")) {
            const std::string read = found->get<std::string>();
            for (const std::string& name : allowed)
                if (read == name) {
                    value = read;
                    return;
                }
            std::string names;
            for (const std::string& name : allowed)
                names += (names.empty() ? "" : ", ") + name;
            warn(key, "\"" + read + "\" is not one of " + names + "; using \"" + value + "\"");
        }
    }

private:
    const Json& m_root;
    std::string m_source;
    std::vector<std::string>& m_warnings;

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
    const Json root = Json::parse(jsonText, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        warnings.push_back(sourceName + ": not a JSON object; using the default settings");
        return settings;
    }
    SettingsReader reader(root, sourceName, warnings);
    for (const auto& item : root.items()) {
        static const std::vector<std::string> kKnown{"format", "version", "ui_scale", "theme", "audience",
            "labels", "presentation_auto_orbit", "window_width", "window_height"};
        if (std::find(kKnown.begin(), kKnown.end(), item.key()) == kKnown.end())
            reader.warn(item.key(), "unknown setting; ignored");
    }
    reader.number("ui_scale", settings.uiScale, kMinUiScale, kMaxUiScale);
    std::string theme = themeName(settings.theme);
    reader.choice("theme", theme, {"dark", "light"});
    settings.theme = theme == "light" ? Theme::Light : Theme::Dark;
    reader.choice("audience", settings.audience, technique::spellings<technique::Audience>());
    reader.flag("labels", settings.labels);
    reader.flag("presentation_auto_orbit", settings.presentationAutoOrbit);
    reader.integer("window_width", settings.windowWidth, 320, 16384);
    reader.integer("window_height", settings.windowHeight, 240, 16384);
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
    root["window_width"] = settings.windowWidth;
    root["window_height"] = settings.windowHeight;
    return root.dump(2) + "\n";
}

Settings loadSettings(const std::filesystem::path& path, std::vector<std::string>& warnings)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        return {};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        warnings.push_back(path.string() + ": cannot be read; using the default settings");
        return {};
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parseSettings(text.str(), path.string(), warnings);
}

void saveSettings(const std::filesystem::path& path, const Settings& settings)
{
    std::error_code error;
    std::filesystem::create_directories(path.parent_path(), error);
    if (error)
        throw Error("cannot create the settings folder " + quoted(path.parent_path().string()) + ": "
            + error.message() + "; check its permissions");
    writeFileAtomically(path, writeSettings(settings));
}

} // namespace lumbar::app
