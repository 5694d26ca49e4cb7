// version: the tool's version string, set by CMake.
#pragma once

namespace hs {
inline constexpr const char* kVersion = HYPERSIEVE_VERSION;
}
