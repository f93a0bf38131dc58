// Typed exceptions for failures that come from outside the program: files, drivers, user input.
// Every message says what went wrong, where, and how to fix it when that is known.
#pragma once

#include <stdexcept>
#include <string>

namespace lumbar {

/// Base of every runtime failure the user can cause or fix.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A model file that cannot be read or holds nothing drawable.
class ImportError : public Error {
public:
    using Error::Error;
};

/// A GLSL shader that fails to compile or link; the message carries the driver's log.
class ShaderError : public Error {
public:
    using Error::Error;
};

/// A failure of the GL context or its resources (framebuffer incomplete, context too old).
class GpuError : public Error {
public:
    using Error::Error;
};

/// An image that cannot be read or written.
class ImageError : public Error {
public:
    using Error::Error;
};

/// A file or folder that cannot be read, written or found (saving, autosave, user folders).
class FileError : public Error {
public:
    using Error::Error;
};

/// Quotes a path for messages: 'models/spine.glb'.
std::string inQuotes(const std::string& text);

} // namespace lumbar
