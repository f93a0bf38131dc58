// Checks what the app's exports wrote: every picture a handout page refers to exists and is a PNG
// (the step pictures of the expected size, as many sections through the tool as expected); a frame
// folder holds exactly the expected PNG frames, each showing the model; an .mp4 decoded by ffmpeg
// matches the PNG frames of the same recording.
//   export_check handout DIR WIDTH HEIGHT STEPS SECTIONS
//   export_check frames DIR COUNT WIDTH HEIGHT
//   export_check video DIR COUNT WIDTH HEIGHT
#include "core/error.hpp"
#include "image/png_io.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
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

/// True when at least a third of `image` differs from its top-left corner (the ground behind the
/// client): the picture shows the model, not a blank or a black frame.
bool showsTheModel(const lumbar::Image& image, const std::string& what)
{
    const std::uint8_t* ground = image.pixel(0, 0);
    int model = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            model
                += std::abs(p[0] - ground[0]) + std::abs(p[1] - ground[1]) + std::abs(p[2] - ground[2]) > 24;
        }
    if (model > image.width * image.height / 3)
        return true;
    std::cerr << what << ": only " << model << " of " << image.width * image.height
              << " pixels differ from the ground; the model is missing\n";
    return false;
}

std::string frameName(int index)
{
    char name[32];
    std::snprintf(name, sizeof name, "frame-%06d.png", index);
    return name;
}

int checkFrames(const std::filesystem::path& folder, int count, int width, int height)
{
    bool ok = true;
    for (int i = 1; i <= count; ++i) {
        ok = checkPng(folder / frameName(i), width, height) && ok;
        if (ok)
            ok = showsTheModel(lumbar::readPng(folder / frameName(i)), (folder / frameName(i)).string());
    }
    const auto files
        = std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator());
    if (files != count) {
        std::cerr << folder.string() << " holds " << files << " files, expected " << count << "\n";
        ok = false;
    }
    return ok ? 0 : 1;
}

/// Decodes `video` with ffmpeg into `count` RGB frames and compares each with the PNG frame of the
/// same number in `frames`: H.264 in yuv420p is lossy (chroma at half resolution), so the mean
/// difference per channel may be up to 6/255; a black, frozen or shifted video is far above it.
int checkVideo(
    const std::filesystem::path& video, const std::filesystem::path& frames, int count, int width, int height)
{
    const std::string command = "ffmpeg -v error -i '" + video.string() + "' -f rawvideo -pix_fmt rgb24 -";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) {
        std::cerr << "cannot run " << command << "\n";
        return 1;
    }
    // ffmpeg pads odd sides to even ones; these sizes are even.
    std::vector<std::uint8_t> rgb(std::size_t(width) * std::size_t(height) * 3);
    bool ok = true;
    int decoded = 0;
    while (std::fread(rgb.data(), 1, rgb.size(), pipe) == rgb.size()) {
        ++decoded;
        if (decoded > count)
            continue;
        const lumbar::Image png = lumbar::readPng(frames / frameName(decoded));
        lumbar::Image frame(width, height);
        double difference = 0.0;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x)
                for (int c = 0; c < 3; ++c) {
                    const std::uint8_t value = rgb[(std::size_t(y) * width + x) * 3 + c];
                    frame.pixel(x, y)[c] = value;
                    frame.pixel(x, y)[3] = 255;
                    difference += std::abs(int(value) - int(png.pixel(x, y)[c]));
                }
        const double meanDifference = difference / (double(width) * height * 3);
        if (meanDifference > 6.0) {
            std::cerr << video.string() << " frame " << decoded << " differs from " << frameName(decoded)
                      << " by " << meanDifference << "/255 on average (at most 6 expected)\n";
            ok = false;
        }
        ok = showsTheModel(frame, video.string() + " frame " + std::to_string(decoded)) && ok;
    }
    const int status = pclose(pipe);
    if (status != 0 || decoded != count) {
        std::cerr << "ffmpeg decoded " << decoded << " frames of " << width << "x" << height << " from "
                  << video.string() << " (status " << status << "), expected " << count << "\n";
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
    if (args.size() == 5 && args[0] == "video") {
        const std::filesystem::path folder = args[1];
        const int count = std::stoi(args[2]);
        const int width = std::stoi(args[3]);
        const int height = std::stoi(args[4]);
        const int frames = checkFrames(folder / "frames", count, width, height);
        return checkVideo(folder / "video.mp4", folder / "frames", count, width, height) | frames;
    }
    std::cerr
        << "usage: export_check handout DIR WIDTH HEIGHT STEPS SECTIONS | frames DIR COUNT WIDTH HEIGHT "
           "| video DIR COUNT WIDTH HEIGHT (DIR/video.mp4 against DIR/frames/)\n";
    return 2;
}
