// Orthographic software rasteriser for previews (see preview.hpp).
#include "preview.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb/stb_image_write.h>

namespace lumbar {

namespace {

struct Camera {
    glm::vec3 right, up, forward; // forward points from the camera into the scene
};

Camera cameraFor(PreviewView view)
{
    const auto make = [](glm::vec3 forward, glm::vec3 upHint) {
        forward = glm::normalize(forward);
        const glm::vec3 right = glm::normalize(glm::cross(forward, upHint));
        return Camera{right, glm::cross(right, forward), forward};
    };
    switch (view) {
    case PreviewView::Posterior:
        return make({0, 0, -1}, {0, 1, 0}); // from behind: patient's right on the right
    case PreviewView::Lateral:
        return make({1, 0, 0}, {0, 1, 0}); // from the patient's left: back on the right
    case PreviewView::Oblique:
        return make({-0.55f, -0.25f, -0.80f}, {0, 1, 0}); // from behind, right and a little above
    case PreviewView::Superior:
        return make({0, -1, 0}, {0, 0, -1}); // looking down, posterior at the bottom
    }
    return make({0, 0, -1}, {0, 1, 0});
}

bool hidden(const std::string& id, const std::vector<std::string>& prefixes)
{
    return std::any_of(
        prefixes.begin(), prefixes.end(), [&](const std::string& p) { return id.rfind(p, 0) == 0; });
}

} // namespace

PreviewView parsePreviewView(const std::string& name)
{
    if (name == "posterior")
        return PreviewView::Posterior;
    if (name == "lateral")
        return PreviewView::Lateral;
    if (name == "oblique")
        return PreviewView::Oblique;
    if (name == "superior")
        return PreviewView::Superior;
    throw std::invalid_argument(
        "--view: \"" + name + "\" is not a view (expected posterior, lateral, oblique or superior)");
}

void writePreview(
    const std::vector<GlbMesh>& meshes, const PreviewOptions& options, const std::filesystem::path& png)
{
    const Camera cam = cameraFor(options.view);
    const int size = options.sizePx;
    glm::vec2 lo(1e9f), hi(-1e9f);
    for (const auto& m : meshes) {
        if (hidden(m.name, options.hiddenPrefixes))
            continue;
        for (const auto& p : m.mesh.positions) {
            const glm::vec2 s(glm::dot(p, cam.right), glm::dot(p, cam.up));
            lo = glm::min(lo, s);
            hi = glm::max(hi, s);
        }
    }
    const float scale = 0.92f * float(size) / std::max(hi.x - lo.x, hi.y - lo.y);
    const glm::vec2 centre = 0.5f * (lo + hi);
    const auto toScreen = [&](const glm::vec3& p) {
        return glm::vec3(0.5f * float(size) + (glm::dot(p, cam.right) - centre.x) * scale,
            0.5f * float(size) - (glm::dot(p, cam.up) - centre.y) * scale, glm::dot(p, cam.forward));
    };
    const glm::vec3 light = glm::normalize(-cam.forward + 0.45f * cam.up - 0.35f * cam.right);

    std::vector<float> depth(std::size_t(size * size), 1e30f);
    std::vector<std::uint8_t> rgb(std::size_t(size * size * 3));
    for (std::size_t i = 0; i < std::size_t(size * size); ++i)
        rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = 48;

    for (const auto& m : meshes) {
        if (hidden(m.name, options.hiddenPrefixes))
            continue;
        const Mesh& mesh = m.mesh;
        for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
            glm::vec3 s[3], n[3];
            for (int k = 0; k < 3; ++k) {
                s[k] = toScreen(mesh.positions[mesh.indices[t + k]]);
                n[k] = mesh.normals[mesh.indices[t + k]];
            }
            const float area = (s[1].x - s[0].x) * (s[2].y - s[0].y) - (s[2].x - s[0].x) * (s[1].y - s[0].y);
            if (std::abs(area) < 1e-9f)
                continue;
            const int x0 = std::max(0, int(std::floor(std::min({s[0].x, s[1].x, s[2].x}))));
            const int x1 = std::min(size - 1, int(std::ceil(std::max({s[0].x, s[1].x, s[2].x}))));
            const int y0 = std::max(0, int(std::floor(std::min({s[0].y, s[1].y, s[2].y}))));
            const int y1 = std::min(size - 1, int(std::ceil(std::max({s[0].y, s[1].y, s[2].y}))));
            for (int y = y0; y <= y1; ++y)
                for (int x = x0; x <= x1; ++x) {
                    const glm::vec2 p(float(x) + 0.5f, float(y) + 0.5f);
                    const float w0
                        = ((s[1].x - p.x) * (s[2].y - p.y) - (s[2].x - p.x) * (s[1].y - p.y)) / area;
                    const float w1
                        = ((s[2].x - p.x) * (s[0].y - p.y) - (s[0].x - p.x) * (s[2].y - p.y)) / area;
                    const float w2 = 1.0f - w0 - w1;
                    if (w0 < 0 || w1 < 0 || w2 < 0)
                        continue;
                    const float z = w0 * s[0].z + w1 * s[1].z + w2 * s[2].z;
                    const std::size_t i = std::size_t(y * size + x);
                    if (z >= depth[i])
                        continue;
                    depth[i] = z;
                    glm::vec3 normal = glm::normalize(w0 * n[0] + w1 * n[1] + w2 * n[2]);
                    if (glm::dot(normal, cam.forward) > 0)
                        normal = -normal; // inside faces of cut shells
                    const float lambert = std::max(0.0f, glm::dot(normal, light));
                    const glm::vec3 c = glm::vec3(m.baseColour) * (0.28f + 0.72f * lambert);
                    for (int k = 0; k < 3; ++k)
                        rgb[3 * i + std::size_t(k)]
                            = std::uint8_t(std::clamp(c[k], 0.0f, 1.0f) * 255.0f + 0.5f);
                }
        }
    }
    if (!stbi_write_png(png.string().c_str(), size, size, 3, rgb.data(), size * 3))
        throw std::runtime_error(png.string() + ": cannot write PNG (does the folder exist?)");
}

} // namespace lumbar
