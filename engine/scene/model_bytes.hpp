// A Model as a flat byte string, so an importer running in another process can hand it back.
#pragma once

#include "scene/model.hpp"

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

namespace lumbar {

/// Writes `model` as bytes that deserializeModel() reads back bit for bit. Layout, native byte
/// order (writer and reader are the same binary): "LLMD", u32 version, the source path, u64 mesh
/// count, then per mesh its name, base colour (4 f32), u64 counts of positions, normals,
/// tangents, texture coordinates and indices, and the five arrays. A string is a u64 length and
/// its bytes. Attribute arrays must be empty or as long as the positions (MeshData's invariant),
/// or the reader refuses them.
std::vector<std::byte> serializeModel(const Model& model);

/// Receives the bytes of writeModel() piece by piece, in order.
using ByteSink = std::function<void(std::span<const std::byte>)>;

/// Hands the bytes serializeModel() returns to `sink` instead, in pieces (a mesh's arrays each in
/// one piece), so they can go to a file without a copy of the whole model in memory.
void writeModel(const Model& model, const ByteSink& sink);

/// Reads bytes written by serializeModel(). Everything is checked before it is trusted: magic and
/// version, every count against the bytes that remain (so a huge count cannot allocate), attribute
/// counts against the vertex count, indices in range and in whole triangles, every float finite,
/// no bytes left over. Throws ImportError saying what is wrong and at which byte offset.
Model deserializeModel(std::span<const std::byte> bytes);

} // namespace lumbar
