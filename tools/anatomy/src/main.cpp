// lumbarlab-anatomygen: regenerates models/lumbar.glb, models/structures.json and
// models/hands.glb, and can rasterise a preview PNG of what it built.
#include "generator.hpp"
#include "glb_writer.hpp"
#include "hands.hpp"
#include "knowledge_base.hpp"
#include "preview.hpp"
#include "therapist.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

namespace {

constexpr const char* kUsage
    = "usage: lumbarlab-anatomygen [--out-dir DIR] [--preview FILE.png] [--view "
      "posterior|lateral|oblique|superior]\n"
      "                            [--hide PREFIX,PREFIX...] [--from FILE.glb] [--hands-only]\n"
      "  --out-dir DIR   write DIR/lumbar.glb, DIR/structures.json, DIR/hands.glb and DIR/therapist.glb\n"
      "                  (default: models)\n"
      "  --hands-only    write (and preview) only DIR/hands.glb and DIR/therapist.glb, the therapist's\n"
      "                  hands and figure\n"
      "  --preview FILE  also render an 800x800 CPU preview of the meshes\n"
      "  --hide LIST     leave structures whose id starts with one of the prefixes out of the preview\n"
      "  --from FILE     preview an existing .glb instead of generating\n";

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream ss(text);
    for (std::string item; std::getline(ss, item, ',');)
        if (!item.empty())
            out.push_back(item);
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    std::filesystem::path outDir = "models", preview, from;
    bool handsOnly = false;
    lumbar::PreviewOptions previewOptions;
    try {
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            const auto value = [&]() -> std::string {
                if (i + 1 >= argc)
                    throw std::invalid_argument(arg + " needs a value");
                return argv[++i];
            };
            if (arg == "--out-dir")
                outDir = value();
            else if (arg == "--preview")
                preview = value();
            else if (arg == "--view")
                previewOptions.view = lumbar::parsePreviewView(value());
            else if (arg == "--hide")
                previewOptions.hiddenPrefixes = splitList(value());
            else if (arg == "--from")
                from = value();
            else if (arg == "--hands-only")
                handsOnly = true;
            else if (arg == "--help" || arg == "-h") {
                std::cout << kUsage;
                return 0;
            } else
                throw std::invalid_argument("unknown option " + arg);
        }
    } catch (const std::exception& e) {
        std::cerr << "lumbarlab-anatomygen: " << e.what() << "\n" << kUsage;
        return 2;
    }

    try {
        std::vector<lumbar::GlbMesh> meshes;
        if (from.empty()) {
            const auto start = std::chrono::steady_clock::now();
            std::filesystem::create_directories(outDir);
            std::size_t total = 0, count = 0;
            const auto report = [&](const lumbar::Model& model) {
                for (const auto& s : model.structures) {
                    std::printf("%-36s %7zu triangles\n", s.id.c_str(), s.mesh.triangleCount());
                    total += s.mesh.triangleCount();
                    meshes.push_back({s.id, s.mesh, s.colour});
                }
                count += model.structures.size();
            };
            if (!handsOnly) {
                const lumbar::Model model = lumbar::buildModel();
                lumbar::writeGlb(model, outDir / "lumbar.glb");
                lumbar::writeStructuresJson(model, outDir / "structures.json");
                report(model);
            }
            for (const auto& [model, file] : {std::pair(lumbar::buildHands(), "hands.glb"),
                     std::pair(lumbar::buildTherapist(), "therapist.glb")}) {
                lumbar::writeGlb(model, outDir / file);
                if (handsOnly)
                    report(model);
                else
                    for (const auto& s : model.structures)
                        std::printf("%-36s %7zu triangles\n", s.id.c_str(), s.mesh.triangleCount());
            }
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("%zu structures, %zu triangles, %.1f s -> %s\n", count, total, seconds,
                outDir.string().c_str());
        } else {
            meshes = lumbar::readGlb(from);
        }
        if (!preview.empty())
            lumbar::writePreview(meshes, previewOptions, preview);
    } catch (const std::exception& e) {
        std::cerr << "lumbarlab-anatomygen: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
