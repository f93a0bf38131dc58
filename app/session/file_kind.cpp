// Telling lessons from models by what the file holds.
#include "session/file_kind.hpp"

#include "core/error.hpp"
#include "scene/model_formats.hpp"
#include "technique/lesson.hpp"
#include "views/view_collection.hpp"

#include <array>
#include <cctype>
#include <fstream>
#include <optional>
#include <string>
#include <system_error>

namespace lumbar::app {
namespace {

/// How much of a file is read to recognise it: "format" is the first key a lesson writer puts
/// (docs/lesson-format.md); the shared-MIME rule (packaging/lumbarlab-mime.xml) looks as far.
constexpr std::size_t kSniffBytes = 4096;

std::string head(const std::filesystem::path& path)
{
    // A named pipe would block the open until someone writes to it, a device might never end.
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw FileError(inQuotes(path.string())
            + " is not a regular file but a pipe, socket or device; give a lesson or model file saved on "
              "disk");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError(inQuotes(path.string()) + " cannot be read; check that it is a file you may read");
    std::string bytes(kSniffBytes, '\0');
    in.read(bytes.data(), std::streamsize(bytes.size()));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

std::size_t skipSpace(const std::string& text, std::size_t at)
{
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at])))
        ++at;
    return at;
}

/// The value of the first "format" key of a text that starts as a JSON object; nullopt when the
/// text is not JSON-like or has no such key in its head. A scan, not a parse: the lesson reader
/// reports a malformed lesson with its line and column once the file is opened as one.
std::optional<std::string> jsonFormat(const std::string& text)
{
    std::size_t at = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0; // a UTF-8 byte-order mark
    at = skipSpace(text, at);
    if (at >= text.size() || text[at] != '{')
        return std::nullopt;
    const std::size_t key = text.find("\"format\"", at);
    if (key == std::string::npos)
        return std::nullopt;
    at = skipSpace(text, key + 8);
    if (at >= text.size() || text[at] != ':')
        return std::nullopt;
    at = skipSpace(text, at + 1);
    if (at >= text.size() || text[at] != '"')
        return std::nullopt;
    const std::size_t end = text.find('"', at + 1);
    if (end == std::string::npos)
        return std::nullopt;
    return text.substr(at + 1, end - at - 1);
}

std::string whatOpens()
{
    std::string extensions;
    for (const std::string_view extension : supportedModelExtensions())
        extensions += (extensions.empty() ? "" : ", ") + std::string(extension);
    return std::string("LumbarLab opens lessons (JSON with \"format\": \"") + technique::kLessonFormatName
        + "\"), view collections (\"format\": \"" + views::kViewsFormatName + "\") and models (" + extensions
        + ")";
}

} // namespace

FileKind identifyFile(const std::filesystem::path& path)
{
    const std::string quoted = inQuotes(path.string());
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw FileError(quoted + " does not exist; check the path");
    if (std::filesystem::is_directory(path, error))
        throw FileError(quoted + " is a folder; " + whatOpens());
    const std::string bytes = head(path);
    const std::optional<std::string> format = jsonFormat(bytes);
    if (format == technique::kLessonFormatName)
        return FileKind::Lesson;
    if (format == views::kViewsFormatName)
        return FileKind::Views;
    // A .gltf is JSON too, and may carry a "format" of its own in an extension's data.
    if (isSupportedModelFile(path))
        return FileKind::Model;
    if (format)
        throw FileError(
            quoted + " is a \"" + *format + "\" file, which cannot be opened on its own; " + whatOpens());
    if (bytes.rfind("glTF", 0) == 0)
        throw FileError(quoted
            + " holds a binary glTF model but its name does not end in .glb; rename it "
              "to end in .glb and open it again");
    throw FileError(quoted + " is neither a lesson, a view collection nor a model; " + whatOpens());
}

} // namespace lumbar::app
