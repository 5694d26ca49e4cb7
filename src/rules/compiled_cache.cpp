#include "hypersieve/rules/compiled_cache.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

namespace fs = std::filesystem;

namespace hs::rules {

std::string DirCache::path_of(const std::string& key) const { return dir_ + "/matcher-" + key + ".hsdb"; }

bool DirCache::load(const std::string& key, std::string& bytes) {
  // One read into a buffer of the file's size (a stringstream copy cost a
  // third of a large pack's warm start-up).
  std::ifstream in(path_of(key), std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size <= 0) return false;
  bytes.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  in.read(&bytes[0], size);
  return static_cast<bool>(in) && in.gcount() == size;
}

void DirCache::store(const std::string& key, const std::string& bytes) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (ec) return;
  const std::string final_path = path_of(key);
  const std::string tmp = final_path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return;
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(tmp, ec);
      return;
    }
  }
  fs::rename(tmp, final_path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return;
  }
  // Bound the directory: keep the newest kMaxEntries entries.
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("matcher-", 0) != 0 || it->path().extension() != ".hsdb") continue;
    std::error_code tec;
    auto t = it->last_write_time(tec);
    if (!tec) entries.emplace_back(t, it->path());
  }
  if (entries.size() <= static_cast<std::size_t>(kMaxEntries)) return;
  std::sort(entries.begin(), entries.end());
  for (std::size_t i = 0; i + kMaxEntries < entries.size(); ++i) fs::remove(entries[i].second, ec);
}

std::unique_ptr<DirCache> default_compiled_cache() {
  if (const char* d = std::getenv("HYPERSIEVE_CACHE_DIR")) {
    std::string dir(d);
    if (dir.empty() || dir == "off") return nullptr;
    return std::make_unique<DirCache>(dir);
  }
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x)
    return std::make_unique<DirCache>(std::string(x) + "/hypersieve");
  if (const char* h = std::getenv("HOME"); h && *h)
    return std::make_unique<DirCache>(std::string(h) + "/.cache/hypersieve");
  return nullptr;
}

}  // namespace hs::rules
