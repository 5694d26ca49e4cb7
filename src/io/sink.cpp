#include "hypersieve/io/sink.hpp"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

namespace hs::io {

using base::ErrorCode;
using base::make_error;

namespace {

// Fixed-size table of temporary paths so a signal handler can unlink them
// without allocating or locking.
constexpr int kSlots = 1024;
constexpr std::size_t kPathMax = 4096;
char g_paths[kSlots][kPathMax];
std::atomic<bool> g_used[kSlots];
std::mutex g_mu;

int register_temp(const std::string& p) {
  if (p.size() >= kPathMax) return -1;
  std::lock_guard<std::mutex> lock(g_mu);
  for (int i = 0; i < kSlots; ++i) {
    if (!g_used[i].load()) {
      std::memcpy(g_paths[i], p.c_str(), p.size() + 1);
      g_used[i].store(true);
      return i;
    }
  }
  return -1;
}

void unregister_temp(int slot) {
  if (slot >= 0) g_used[slot].store(false);
}

}  // namespace

void remove_all_temporaries() {
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load()) ::unlink(g_paths[i]);
  }
}

std::string temporary_suffix() { return ".hs-tmp-" + std::to_string(::getpid()); }

base::Result<std::unique_ptr<Sink>> Sink::create(const std::string& final_path) {
  std::unique_ptr<Sink> s(new Sink());
  s->final_ = final_path;
  if (final_path == "-") {
    s->stdout_ = true;
    s->f_ = stdout;
    return s;
  }
  std::error_code ec;
  auto parent = std::filesystem::path(final_path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) {
    return make_error(ErrorCode::kIo, parent.string() + ": cannot create directory: " + ec.message());
  }
  s->temp_ = final_path + temporary_suffix();
  s->registry_slot_ = register_temp(s->temp_);
  s->f_ = std::fopen(s->temp_.c_str(), "wb");
  if (!s->f_) {
    unregister_temp(s->registry_slot_);
    return make_error(ErrorCode::kIo, s->temp_ + ": cannot create: " + std::strerror(errno));
  }
  std::setvbuf(s->f_, nullptr, _IOFBF, 1 << 20);
  return s;
}

base::Status Sink::write(std::string_view bytes) {
  if (bytes.empty()) return {};
  if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) {
    return make_error(ErrorCode::kIo,
                      (stdout_ ? std::string("<stdout>") : temp_) + ": write failed: " + std::strerror(errno));
  }
  written_ += bytes.size();
  return {};
}

base::Status Sink::commit_as(const std::string& name) {
  final_ = name;
  return commit();
}

base::Status Sink::commit() {
  if (done_) return {};
  done_ = true;
  if (stdout_) {
    if (std::fflush(f_) != 0) {
      return make_error(ErrorCode::kIo, std::string("<stdout>: write failed: ") + std::strerror(errno));
    }
    return {};
  }
  bool ok = std::fflush(f_) == 0;
  int err = errno;
  ok = (std::fclose(f_) == 0) && ok;
  if (!ok) err = errno;
  f_ = nullptr;
  if (!ok) {
    ::unlink(temp_.c_str());
    unregister_temp(registry_slot_);
    return make_error(ErrorCode::kIo, temp_ + ": write failed: " + std::strerror(err));
  }
  if (std::rename(temp_.c_str(), final_.c_str()) != 0) {
    err = errno;
    ::unlink(temp_.c_str());
    unregister_temp(registry_slot_);
    return make_error(ErrorCode::kIo, final_ + ": cannot rename into place: " + std::strerror(err));
  }
  unregister_temp(registry_slot_);
  return {};
}

void Sink::abort() {
  if (done_) return;
  done_ = true;
  if (stdout_) {
    std::fflush(f_);
    return;
  }
  if (f_) std::fclose(f_);
  f_ = nullptr;
  ::unlink(temp_.c_str());
  unregister_temp(registry_slot_);
}

Sink::~Sink() { abort(); }

}  // namespace hs::io
