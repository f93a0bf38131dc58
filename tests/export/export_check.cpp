// Checks what the app's exports wrote: every picture a handout page refers to exists and is a PNG
// (the step pictures of the expected size, as many sections through the tool as expected); a frame
// folder holds exactly the expected PNG frames.
//   export_check handout DIR WIDTH HEIGHT STEPS SECTIONS
//   export_check frames DIR COUNT WIDTH HEIGHT
#include "core/error.hpp"
#include "image/png_io.hpp"

#include <algorithm>
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

bool checkAnyPng(const std::filesystem::path& path)
{
    try {
        return lumbar::readPng(path).width > 0;
    } catch (const lumbar::Error& error) {
        std::cerr << error.what() << "\n";
        return false;
    }
}

int checkHandout(const std::filesystem::path& folder, int width, int height, int steps, int sections)
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
    const std::string sectionEnd = "-section.png";
    const auto isSection = [&](const std::string& source) {
        return source.size() > sectionEnd.size()
            && source.compare(source.size() - sectionEnd.size(), sectionEnd.size(), sectionEnd) == 0;
    };
    const auto sectionCount = std::count_if(sources.begin(), sources.end(), isSection);
    const auto stepCount = std::ptrdiff_t(sources.size()) - sectionCount;
    bool ok = stepCount == steps && sectionCount == sections;
    if (!ok)
        std::cerr << "index.html refers to " << stepCount << " step pictures and " << sectionCount
                  << " sections, expected " << steps << " and " << sections << "\n";
    for (const std::string& source : sources)
        ok = (isSection(source) ? checkAnyPng(folder / source) : checkPng(folder / source, width, height))
            && ok;
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
    if (args.size() == 6 && args[0] == "handout")
        return checkHandout(
            args[1], std::stoi(args[2]), std::stoi(args[3]), std::stoi(args[4]), std::stoi(args[5]));
    if (args.size() == 5 && args[0] == "frames")
        return checkFrames(args[1], std::stoi(args[2]), std::stoi(args[3]), std::stoi(args[4]));
    std::cerr
        << "usage: export_check handout DIR WIDTH HEIGHT STEPS SECTIONS | frames DIR COUNT WIDTH HEIGHT\n";
    return 2;
}
