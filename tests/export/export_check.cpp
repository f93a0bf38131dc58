// Checks what the app's exports wrote: every picture a handout page refers to exists and is a PNG
// of the expected size; a frame folder holds exactly the expected PNG frames.
//   export_check handout DIR WIDTH HEIGHT STEPS
//   export_check frames DIR COUNT WIDTH HEIGHT
#include "core/error.hpp"
#include "image/png_io.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool checkPng(const std::filesystem::path& path, int width, int height)
{
    try {
        const lumbar::Image image = lumbar::readPng(path);
        if (image.width == width && image.height == height)
            return true;
        std::cerr << path.string() << " is " << image.width << "x" << image.height << ", expected " << width
                  << "x" << height << "\n";
    } catch (const lumbar::Error& error) {
        std::cerr << error.what() << "\n";
    }
    return false;
}

int checkHandout(const std::filesystem::path& folder, int width, int height, int steps)
{
    std::ifstream file(folder / "index.html");
    if (!file) {
        std::cerr << (folder / "index.html").string() << " was not written\n";
        return 1;
    }
    std::stringstream text;
    text << file.rdbuf();
    const std::string html = text.str();
    std::vector<std::string> sources;
    const std::string marker = "<img src=\"";
    for (std::size_t at = html.find(marker); at != std::string::npos; at = html.find(marker, at + 1)) {
        const std::size_t start = at + marker.size();
        sources.push_back(html.substr(start, html.find('"', start) - start));
    }
    bool ok = int(sources.size()) == steps;
    if (!ok)
        std::cerr << "index.html refers to " << sources.size() << " pictures, expected " << steps << "\n";
    for (const std::string& source : sources)
        ok = checkPng(folder / source, width, height) && ok;
    const std::size_t files = std::distance(
        std::filesystem::directory_iterator(folder / "images"), std::filesystem::directory_iterator());
    if (files != sources.size()) {
        std::cerr << "images/ holds " << files << " files, the page refers to " << sources.size() << "\n";
        ok = false;
    }
    return ok ? 0 : 1;
}

int checkFrames(const std::filesystem::path& folder, int count, int width, int height)
{
    bool ok = true;
    for (int i = 1; i <= count; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "frame-%06d.png", i);
        ok = checkPng(folder / name, width, height) && ok;
    }
    const auto files
        = std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator());
    if (files != count) {
        std::cerr << folder.string() << " holds " << files << " files, expected " << count << "\n";
        ok = false;
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 5 && args[0] == "handout")
        return checkHandout(args[1], std::stoi(args[2]), std::stoi(args[3]), std::stoi(args[4]));
    if (args.size() == 5 && args[0] == "frames")
        return checkFrames(args[1], std::stoi(args[2]), std::stoi(args[3]), std::stoi(args[4]));
    std::cerr << "usage: export_check handout DIR WIDTH HEIGHT STEPS | frames DIR COUNT WIDTH HEIGHT\n";
    return 2;
}
