// What is not lumbar anatomy but puts it in place: the client's body outside the dissection window
// and the massage table. They carry no knowledge-base entry; the app shows them as the scene.
#include "cavity_lining.hpp"
#include "client_body.hpp"
#include "structure.hpp"

#include <cmath>

namespace lumbar {

std::vector<StructureDef> sceneryStructures(const Landmarks& lm)
{
    const ClientBody client = clientBodyOf(lm);

    StructureDef body;
    body.id = "body";
    body.layer = Layer::Skin;
    body.scenery = true;
    body.shape = [client](const glm::vec3& p) { return client.bodyOutsideWindow(p); };
    body.bounds = {{-0.33f, -1.26f, table::kTopZ - 0.03f}, {0.33f, 0.78f, 0.17f}};
    body.insideBody = false;
    // Coarse outside the region of interest: a smooth, believable figure, not anatomy; fine
    // enough (*choice*) for the fingers' joints, the toes and the nose to survive the grid, the
    // decimation then spending few triangles on the smooth limbs and the trunk.
    body.cellSizeM = 0.0045f;
    // 12,000 for the figure, 2,500 more for the fingers, the toes, the face and the hairline's
    // step: with 12,000 in all they took enough from the trunk that the hollow's coarser walls
    // let the right latissimus dorsi and external oblique through at their top ends.
    body.targetTriangles = 14500;
    body.colour = colours::kSkin;
    body.fatOffset = [client](const glm::vec3& p) { return client.fatOffset(p); };
    // The skin over the fat where the window's edge cuts them, flushed over the elbows, knuckles,
    // heels, soles and ears; the hollow round the anatomy as the cut faces of a dissection; the
    // hair on the scalp, baked in so it costs no draw.
    body.tissueColour = [client](const glm::vec3& p) {
        if (std::abs(client.core(p)) < kCavityLiningM)
            return cavityLiningColour(client, p);
        const glm::vec3 skin = skinOverFat(-client.outer(p), flushedSkin(client.skinFlush(p)));
        return glm::mix(skin, glm::vec3(colours::kHair), client.hairCover(p));
    };

    StructureDef massageTable;
    massageTable.id = "table";
    massageTable.layer = Layer::Skin;
    massageTable.scenery = true;
    massageTable.shape = [client](const glm::vec3& p) { return client.massageTable(p); };
    massageTable.bounds
        = {{-0.40f, -1.45f, table::kTopZ - table::kHeightM - 0.01f}, {0.40f, 0.80f, table::kTopZ + 0.01f}};
    massageTable.insideBody = false;
    massageTable.cellSizeM = 0.008f;
    massageTable.targetTriangles = 2500;
    massageTable.colour = colours::kTable;
    return {body, massageTable};
}

} // namespace lumbar
