// libFuzzer target for the bytes an isolated importer hands back: any bytes are either refused
// with an ImportError or give a model that writes back to exactly the same bytes.
#include "core/error.hpp"
#include "scene/model_bytes.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(data), size);
    lumbar::Model model;
    try {
        model = lumbar::deserializeModel(bytes);
    } catch (const lumbar::ImportError&) {
        return 0; // refused by name, as documented; anything else escaping is a finding
    }
    // The reader accepts nothing the writer would not write: no slack, no leftover bytes.
    const auto written = lumbar::serializeModel(model);
    if (written.size() != size || std::memcmp(written.data(), data, size) != 0) {
        std::fprintf(stderr, "model_bytes_fuzz: accepted bytes do not write back unchanged\n");
        std::abort();
    }
    return 0;
}
