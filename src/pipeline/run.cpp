#include "hypersieve/pipeline/run.hpp"

#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include <simdjson.h>

#include "hypersieve/base/json_writer.hpp"
#include "hypersieve/io/compress.hpp"
#include "hypersieve/io/sink.hpp"
#include "hypersieve/match/matcher.hpp"
#include "hypersieve/output/annotate.hpp"
#include "hypersieve/pipeline/thread_pool.hpp"
#include "hypersieve/record/fields.hpp"
#include "hypersieve/record/line_batcher.hpp"
#include "hypersieve/rules/scorer.hpp"

namespace hs::pipeline {

namespace fs = std::filesystem;
using io::Compression;

namespace {

constexpr int kMaxLoggedInvalid = 10;

bool has_suffix(const std::string& s, const std::string& suf) {
  return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
}

bool is_input_name(const std::string& name) {
  for (const char* suf : {".jsonl", ".json", ".jsonl.zst", ".jsonl.gz", ".json.gz", ".json.zst", ".jsonl.zstd",
                          ".ndjson", ".ndjson.gz", ".ndjson.zst"}) {
    if (has_suffix(name, suf)) return true;
  }
  return false;
}

std::string strip_codec_suffix(std::string name) {
  for (const char* suf : {".zst", ".zstd", ".gz"}) {
    if (has_suffix(name, suf)) return name.substr(0, name.size() - std::string(suf).size());
  }
  return name;
}

Compression sniff(const std::string& path) {
  if (path == "-") return Compression::kNone;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Compression::kNone;
  char head[4];
  std::size_t n = std::fread(head, 1, sizeof head, f);
  std::fclose(f);
  return io::sniff_compression(std::string_view(head, n));
}

Compression output_codec(const RunConfig& cfg, Compression input) {
  switch (cfg.compression) {
    case CompressionChoice::kZstd:
      return Compression::kZstd;
    case CompressionChoice::kGzip:
      return Compression::kGzip;
    case CompressionChoice::kNone:
      return Compression::kNone;
    default:
      return input;
  }
}

// ------------------------------------------------------------ workers

// Per-worker state, reused across batches and inputs.
struct Worker {
  Worker(const RunConfig& cfg, std::shared_ptr<const rules::RuleSet> rs)
      : fields(cfg.text_field, cfg.id_field), scorer(std::move(rs)) {}
  record::FieldExtractor fields;
  rules::Scorer scorer;
  rules::DocScore score;
  std::string out_plain, removed_plain, annotation;
  std::map<std::pair<int, int>, std::unique_ptr<io::Compressor>> compressors;

  io::Compressor& compressor(Compression c, int level) {
    auto& slot = compressors[{static_cast<int>(c), level}];
    if (!slot) slot = std::make_unique<io::Compressor>(c, level);
    return *slot;
  }
};

struct BatchResult {
  std::string quarantine;          // raw invalid lines, as read
  std::string quarantine_reasons;  // one JSON line per quarantined line
  std::string out;                 // compressed shard bytes
  std::string removed;             // compressed removed bytes
  std::string audit;               // plain JSONL
  output::Stats stats;
  std::vector<std::string> messages;  // invalid records to log
  std::string error;                  // non-empty: the input fails
  // Empties every field for reuse, keeping the strings' capacity.
  void clear() {
    for (std::string* b : {&quarantine, &quarantine_reasons, &out, &removed, &audit, &error}) b->clear();
    messages.clear();
    stats = output::Stats();
  }
};

struct InputJob {
  std::string display;  // path shown in reports and audit
  std::string relative;
  Compression out_codec = Compression::kNone;
  int level = 0;
};

struct Shared {
  const RunConfig& cfg;
  std::shared_ptr<const rules::RuleSet> rules;
  const policy::Policy& policy;
  std::atomic<std::uint64_t> raw_done{0};
  std::atomic<std::uint64_t> docs_done{0};
  std::atomic<std::uint64_t> bytes_done{0};
  std::atomic<int> invalid_logged{0};
};

void process_batch(const record::Batch& batch, const InputJob& job, Shared& sh, Worker& w, BatchResult& res) {
  const RunConfig& cfg = sh.cfg;
  const rules::RuleSet& rs = *sh.rules;
  res.stats.resize(rs.categories.size(), rs.rules.size());
  const bool write_shards = !cfg.dry_run && !cfg.output_dir.empty();
  const bool write_removed = !cfg.dry_run && !cfg.removed_dir.empty();
  const bool audit = !cfg.audit_path.empty();
  w.out_plain.clear();
  w.removed_plain.clear();
  record::Fields f;
  std::string key;
  output::Stats& st = res.stats;

  record::for_each_line(batch, [&](std::string_view line, std::string_view raw, std::uint64_t line_no,
                                   std::size_t capacity) {
    if (!res.error.empty()) return;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      ++st.blank_lines;
      st.bytes_read += raw.size();
      return;
    }
    ++st.docs_read;
    st.bytes_read += raw.size();
    record::Invalid inv =
        line.size() > cfg.max_line_bytes ? record::Invalid::kTooLong : w.fields.extract(line, capacity, f);
    if (inv != record::Invalid::kNone) {
      ++st.docs_invalid;
      ++st.invalid[static_cast<std::size_t>(inv)];
      auto message = [&] {
        return job.display + ":" + std::to_string(line_no) + ": invalid record (" + record::invalid_name(inv) + ")";
      };
      if (cfg.on_invalid == OnInvalid::kFail) {
        res.error = message();
        return;
      }
      if (res.messages.size() < kMaxLoggedInvalid) res.messages.push_back(message());
      if (cfg.on_invalid == OnInvalid::kKeep && write_shards) {
        w.out_plain.append(raw);
        if (raw.empty() || raw.back() != '\n') w.out_plain.push_back('\n');
        ++st.invalid_written;
      } else if (cfg.on_invalid == OnInvalid::kQuarantine) {
        res.quarantine.append(raw);
        if (raw.empty() || raw.back() != '\n') res.quarantine.push_back('\n');
        base::JsonWriter jw(res.quarantine_reasons);
        jw.begin_object().key("source").value(job.display).key("line").value(line_no);
        jw.key("reason").value(record::invalid_name(inv)).key("bytes").value(static_cast<std::uint64_t>(raw.size()));
        jw.end_object();
        res.quarantine_reasons.push_back('\n');
      }
      return;
    }
    static_assert(record::kTextTailBytes >= match::kScanTailBytes, "the extracted text can be scanned in place");
    w.scorer.score(f.text, w.score, /*tail_readable=*/true);
    const rules::DocScore& ds = w.score;
    // Most documents have no label: no key, no policy call, no audit.
    policy::Decision d;
    if (ds.labels) {
      if (f.has_id) {
        key = f.id;
      } else {
        key = job.relative + ":" + std::to_string(line_no);
      }
      d = sh.policy.decide(ds.labels, key);
      for (std::size_t c = 0; c < rs.categories.size(); ++c) {
        if (ds.has_label(c)) {
          ++st.categories[c].docs;
          st.categories[c].bytes += raw.size();
          if ((ds.model_labels >> c) & 1u) ++st.model_labels[c];
        }
        if ((ds.model_overruled >> c) & 1u) ++st.model_overruled[c];
      }
    }
    for (std::size_t i = 0; i < ds.fired_count; ++i) {
      ++st.rules[ds.fired[i].rule].docs;
      st.rules[ds.fired[i].rule].hits += ds.fired[i].hits;
    }
    // The annotation is serialised only for a line that is written.
    auto emit = [&](std::string& buf) {
      if (cfg.annotate) {
        w.annotation.clear();
        output::append_annotation(w.annotation, rs, ds, d.action);
        if (output::append_annotated_line(buf, raw, cfg.annotation_field, w.annotation)) return;
      }
      buf.append(raw);
      if (raw.empty() || raw.back() != '\n') buf.push_back('\n');
    };
    if (d.action == rules::Action::kDrop) {
      ++st.docs_dropped;
      st.bytes_dropped += raw.size();
      if (write_removed) emit(w.removed_plain);
    } else {
      ++st.docs_kept;
      if (d.action == rules::Action::kUpsample && d.copies > 1) {
        ++st.docs_upsampled;
        st.extra_copies += d.copies - 1;
      }
      if (d.action == rules::Action::kAnnotate) ++st.docs_annotated;
      st.docs_written += d.copies;
      if (write_shards) {
        std::size_t before = w.out_plain.size();
        emit(w.out_plain);
        std::size_t len = w.out_plain.size() - before;
        for (std::uint32_t k = 1; k < d.copies; ++k) w.out_plain.append(w.out_plain, before, len);
      }
    }
    if (audit && d.action != rules::Action::kKeep) {
      output::append_audit_line(res.audit, rs, job.display, line_no, key, d, ds, f.text);
    }
  });
  if (!res.error.empty()) return;
  st.bytes_written += w.out_plain.size();
  if (write_shards) {
    auto s = w.compressor(job.out_codec, job.level).compress(w.out_plain, res.out);
    if (!s.ok()) res.error = job.display + ": " + s.error().message;
  }
  if (write_removed) {
    auto s = w.compressor(job.out_codec, job.level).compress(w.removed_plain, res.removed);
    if (!s.ok()) res.error = job.display + ": " + s.error().message;
  }
}

// ------------------------------------------------------------ drivers

struct PlannedJob {
  std::string path;  // to open ("-" for stdin)
  InputJob job;
  std::string out_path;         // "" none
  std::string removed_path;     // "" none
  std::string audit_part;       // temporary audit file for this input
  std::string quarantine_path;  // "" none
  std::string marker_path;      // "" none: completion marker for --resume
  bool skip = false;            // complete from an earlier run (--resume)
};

// Nanoseconds since the Unix epoch (0 if unknown). Not fs::last_write_time:
// libstdc++'s file_clock has its own epoch, which shows up in the marker as
// a wrapped-around number.
std::uint64_t mtime_ns(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return 0;
  return static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000u + static_cast<std::uint64_t>(st.st_mtim.tv_nsec);
}

std::uint64_t file_size_or0(const std::string& path) {
  std::error_code ec;
  auto n = fs::file_size(path, ec);
  return ec ? 0 : static_cast<std::uint64_t>(n);
}

// A completion marker: what the input was, with which rules and options,
// what it produced, and its counts.
std::string marker_json(const RunConfig& cfg, const rules::RuleSet& rs, const PlannedJob& pj, const InputResult& r) {
  std::string out;
  base::JsonWriter w(out);
  w.begin_object();
  w.key("input").value(pj.path);
  w.key("size").value(file_size_or0(pj.path));
  w.key("mtime_ns").value(mtime_ns(pj.path));
  w.key("rules").value(rs.content_hash);
  w.key("fingerprint").value(cfg.fingerprint);
  w.key("outputs").begin_array();
  for (const std::string* o : {&pj.out_path, &pj.removed_path, &pj.quarantine_path, &pj.audit_part}) {
    if (!o->empty()) w.value(*o);
  }
  w.end_array();
  w.key("compression").value(r.compression);
  w.key("raw_bytes").value(r.raw_bytes);
  w.key("stats").raw(r.stats.to_json());
  w.end_object();
  out.push_back('\n');
  return out;
}

// True (and r filled) if the marker says this input is complete with the
// same input, rules and options, and its outputs are all there.
bool load_marker(const RunConfig& cfg, const rules::RuleSet& rs, const PlannedJob& pj, InputResult& r) {
  std::error_code ec;
  if (!fs::exists(pj.marker_path, ec)) return false;
  simdjson::dom::parser parser;
  simdjson::dom::element m;
  if (parser.load(pj.marker_path).get(m)) return false;
  std::string_view input, rules_hash, fp, comp;
  std::uint64_t size = 0, mt = 0, raw = 0;
  if (m["input"].get_string().get(input) || m["rules"].get_string().get(rules_hash) ||
      m["fingerprint"].get_string().get(fp) || m["size"].get_uint64().get(size) || m["mtime_ns"].get_uint64().get(mt) ||
      m["compression"].get_string().get(comp) || m["raw_bytes"].get_uint64().get(raw)) {
    return false;
  }
  if (input != pj.path || rules_hash != rs.content_hash || fp != cfg.fingerprint || size != file_size_or0(pj.path) ||
      mt != mtime_ns(pj.path)) {
    return false;
  }
  simdjson::dom::array outs;
  if (m["outputs"].get_array().get(outs)) return false;
  for (simdjson::dom::element o : outs) {
    std::string_view p;
    if (o.get_string().get(p) || !fs::exists(std::string(p), ec)) return false;
  }
  simdjson::dom::element st;
  if (m["stats"].get(st)) return false;
  r.stats.resize(rs.categories.size(), rs.rules.size());
  if (!r.stats.from_json(simdjson::minify(st))) return false;
  r.compression = std::string(comp);
  r.raw_bytes = raw;
  r.resumed = true;
  return true;
}

class Driver {
 public:
  // workers: the pool's per-worker state; driver_worker: state for the
  // batches this thread processes itself (all of them without a pool; with
  // one, those that find it saturated).
  Driver(Shared& sh, ThreadPool* pool, std::vector<std::unique_ptr<Worker>>& workers, Worker* driver_worker)
      : sh_(sh), pool_(pool), workers_(workers), driver_worker_(driver_worker) {}

  InputResult process(const PlannedJob& pj, std::unique_ptr<io::Sink>* shared_stdout) {
    InputResult r;
    r.path = pj.job.display;
    r.output = pj.out_path;
    r.stats.resize(sh_.rules->categories.size(), sh_.rules->rules.size());
    auto fail = [&](const std::string& msg) {
      r.ok = false;
      r.error = msg;
    };
    auto src = io::Source::open(pj.path);
    if (!src.ok()) {
      fail(src.error().message);
      return r;
    }
    io::Source& source = *src.value();
    r.compression = io::compression_name(source.compression());
    std::unique_ptr<io::Sink> out, removed, audit;
    io::Sink* out_sink = nullptr;
    if (!pj.out_path.empty()) {
      if (pj.out_path == "-") {
        out_sink = shared_stdout->get();
      } else {
        auto s = io::Sink::create(pj.out_path);
        if (!s.ok()) {
          fail(s.error().message);
          return r;
        }
        out = std::move(s.value());
        out_sink = out.get();
      }
    }
    if (!pj.removed_path.empty()) {
      auto s = io::Sink::create(pj.removed_path);
      if (!s.ok()) {
        fail(s.error().message);
        return r;
      }
      removed = std::move(s.value());
    }
    std::unique_ptr<io::Sink> quarantine, quarantine_reasons;
    if (!pj.quarantine_path.empty()) {
      auto q = io::Sink::create(pj.quarantine_path);
      auto qr = io::Sink::create(pj.quarantine_path + ".reasons.jsonl");
      if (!q.ok() || !qr.ok()) {
        fail(!q.ok() ? q.error().message : qr.error().message);
        return r;
      }
      quarantine = std::move(q.value());
      quarantine_reasons = std::move(qr.value());
    }
    if (!pj.audit_part.empty()) {
      auto s = io::Sink::create(pj.audit_part);
      if (!s.ok()) {
        fail(s.error().message);
        return r;
      }
      audit = std::move(s.value());
    }

    std::size_t batch_bytes = sh_.cfg.batch_bytes;
    if (batch_bytes == 0) {
      bool framed = !sh_.cfg.dry_run && pj.job.out_codec != Compression::kNone;
      batch_bytes = framed ? std::size_t{4} << 20 : std::size_t{512} << 10;
    }
    record::LineBatcher batcher(source, batch_bytes);
    std::deque<std::future<std::unique_ptr<BatchResult>>> inflight;
    // Batches in flight (read, not yet written): enough that the driver,
    // which also processes batches when the workers are saturated, seldom
    // waits for the oldest one; memory is window x (batch + its outputs).
    const std::size_t window = pool_ ? 2 * pool_->size() + 4 : 0;
    std::uint64_t last_raw = 0;

    auto write_result = [&](BatchResult& b) -> bool {
      for (const auto& m : b.messages) {
        if (sh_.invalid_logged.fetch_add(1) < kMaxLoggedInvalid && !sh_.cfg.quiet) spdlog::warn("{}", m);
      }
      r.stats.merge(b.stats);
      sh_.docs_done += b.stats.docs_read;
      if (!b.error.empty()) {
        fail(b.error);
        return false;
      }
      if (out_sink) {
        auto s = out_sink->write(b.out);
        if (!s.ok()) return fail(s.error().message), false;
      }
      if (removed) {
        auto s = removed->write(b.removed);
        if (!s.ok()) return fail(s.error().message), false;
      }
      if (audit) {
        auto s = audit->write(b.audit);
        if (!s.ok()) return fail(s.error().message), false;
      }
      if (quarantine) {
        auto s = quarantine->write(b.quarantine);
        if (s.ok()) s = quarantine_reasons->write(b.quarantine_reasons);
        if (!s.ok()) return fail(s.error().message), false;
      }
      return true;
    };

    // Batch buffers are recycled: a fresh multi-megabyte buffer per batch
    // would be page-faulted (and zeroed by the kernel) every time.
    std::vector<std::shared_ptr<record::Batch>> spare;
    std::deque<std::shared_ptr<record::Batch>> inflight_batches;
    auto take_batch = [&] {
      if (spare.empty()) return std::make_shared<record::Batch>();
      auto b = std::move(spare.back());
      spare.pop_back();
      return b;
    };
    auto retire_front = [&] {
      spare.push_back(std::move(inflight_batches.front()));
      inflight_batches.pop_front();
    };

    bool ok = true;
    for (;;) {
      auto batch = take_batch();
      auto more = batcher.next(*batch);
      std::uint64_t raw_now = source.raw_bytes_read();
      sh_.raw_done += raw_now - last_raw;
      sh_.bytes_done += batch->size;
      last_raw = raw_now;
      if (!more.ok()) {
        // Account for what was read before the damage, then fail.
        while (!inflight.empty()) {
          auto b = inflight.front().get();
          inflight.pop_front();
          retire_front();
          if (ok) ok = write_result(*b);
        }
        fail(more.error().message);
        ok = false;
        break;
      }
      if (!more.value()) break;
      if (!pool_) {
        inline_result_.clear();
        process_batch(*batch, pj.job, sh_, *driver_worker_, inline_result_);
        spare.push_back(std::move(batch));
        if (!write_result(inline_result_)) {
          ok = false;
          break;
        }
        continue;
      }
      auto promise = std::make_shared<std::promise<std::unique_ptr<BatchResult>>>();
      inflight.push_back(promise->get_future());
      inflight_batches.push_back(batch);
      if (!pool_->wants_more()) {
        // Every worker is busy and has two batches queued: this thread
        // processes the batch itself rather than wait. (Queueing batches
        // ahead keeps workers busy while this thread decompresses.) Results
        // are still written in batch order.
        auto b = std::make_unique<BatchResult>();
        process_batch(*batch, pj.job, sh_, *driver_worker_, *b);
        promise->set_value(std::move(b));
      } else {
        const InputJob* job = &pj.job;
        Shared* sh = &sh_;
        auto* workers = &workers_;
        pool_->submit([batch, promise, job, sh, workers](unsigned wi) {
          auto b = std::make_unique<BatchResult>();
          process_batch(*batch, *job, *sh, *(*workers)[wi], *b);
          promise->set_value(std::move(b));
        });
      }
      while (inflight.size() >= window) {
        auto b = inflight.front().get();
        inflight.pop_front();
        retire_front();
        if (!write_result(*b)) {
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    while (!inflight.empty()) {
      auto b = inflight.front().get();
      inflight.pop_front();
      retire_front();
      if (ok) ok = write_result(*b);
    }
    r.raw_bytes = source.raw_bytes_read();
    if (!ok) {
      for (io::Sink* s : {out.get(), removed.get()}) {
        if (!s) continue;
        if (sh_.cfg.keep_partial) {
          (void)s->commit_as(s->final_path() + ".partial");
        } else {
          s->abort();
        }
      }
      // What was read before the failure stays accounted for.
      for (io::Sink* s : {audit.get(), quarantine.get(), quarantine_reasons.get()}) {
        if (s) (void)s->commit();
      }
      return r;
    }
    for (io::Sink* s : {out.get(), removed.get(), audit.get(), quarantine.get(), quarantine_reasons.get()}) {
      if (!s) continue;
      auto c = s->commit();
      if (!c.ok()) {
        fail(c.error().message);
        if (out) out->abort();
        if (removed) removed->abort();
        return r;
      }
    }
    return r;
  }

 private:
  Shared& sh_;
  ThreadPool* pool_;
  std::vector<std::unique_ptr<Worker>>& workers_;
  BatchResult inline_result_;  // reused by the -j1 path
  Worker* driver_worker_;
};

void progress_loop(Shared& sh, std::uint64_t total_raw, std::atomic<bool>& stop,
                   std::chrono::steady_clock::time_point t0) {
  while (!stop.load()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    if (stop.load()) break;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double mb = static_cast<double>(sh.bytes_done.load()) / 1e6;
    double raw = static_cast<double>(sh.raw_done.load());
    char eta[32] = "";
    if (total_raw > 0 && raw > 0) {
      double left = secs * (static_cast<double>(total_raw) - raw) / raw;
      std::snprintf(eta, sizeof eta, ", ETA %.0fs", left > 0 ? left : 0.0);
    }
    std::fprintf(stderr, "\r\x1b[Khypersieve: %.1f MB, %llu docs, %.0f docs/s, %.1f MB/s%s", mb,
                 static_cast<unsigned long long>(sh.docs_done.load()),
                 secs > 0 ? static_cast<double>(sh.docs_done.load()) / secs : 0.0, secs > 0 ? mb / secs : 0.0, eta);
    std::fflush(stderr);
  }
  std::fprintf(stderr, "\r\x1b[K");
}

}  // namespace

base::Result<std::vector<PlannedInput>> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<PlannedInput> out;
  for (const auto& in : inputs) {
    if (in == "-") {
      out.push_back({"-", "stdin.jsonl"});
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, fs::directory_options::follow_directory_symlink, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && is_input_name(it->path().filename().string())) {
          found.push_back(it->path().string());
        }
      }
      if (ec) return base::make_error(base::ErrorCode::kIo, in + ": cannot list directory: " + ec.message());
      std::sort(found.begin(), found.end());
      // Lexically: a symlinked shard mirrors its link's name, not its target's.
      for (const auto& p : found) out.push_back({p, fs::path(p).lexically_relative(in).string()});
      continue;
    }
    if (!fs::exists(in, ec)) {
      // Not a setup error: reported as a failed input so the rest still run.
      out.push_back({in, fs::path(in).filename().string()});
      continue;
    }
    out.push_back({in, fs::path(in).filename().string()});
  }
  return out;
}

RunResult run(const RunConfig& cfg, std::shared_ptr<const rules::RuleSet> rules, const policy::Policy& policy) {
  RunResult result;
  auto t0 = std::chrono::steady_clock::now();
  auto setup_fail = [&](const std::string& msg) {
    result.exit_code = 2;
    result.setup_error = msg;
    return result;
  };
  auto expanded = expand_inputs(cfg.inputs);
  if (!expanded.ok()) return setup_fail(expanded.error().message);
  if (expanded.value().empty())
    return setup_fail("no input files found (looked for *.jsonl, *.json, *.jsonl.zst, *.jsonl.gz, *.json.gz)");

  // Plan every output and refuse to clobber before reading any data.
  std::vector<PlannedJob> jobs;
  std::set<std::string> targets;
  std::vector<std::string> existing;
  std::set<std::string> input_paths;
  for (const auto& p : expanded.value()) {
    std::error_code ec;
    if (p.path != "-") input_paths.insert(fs::weakly_canonical(p.path, ec).string());
  }
  auto claim = [&](const std::string& path) -> std::string {
    std::error_code ec;
    std::string canon = fs::weakly_canonical(path, ec).string();
    if (input_paths.count(canon)) return "output '" + path + "' would overwrite an input";
    if (!targets.insert(canon).second) return "two inputs map to the same output '" + path + "'";
    if (fs::exists(path, ec) && !cfg.force) existing.push_back(path);
    return "";
  };
  std::size_t stdin_count = 0;
  for (std::size_t i = 0; i < expanded.value().size(); ++i) {
    const auto& p = expanded.value()[i];
    PlannedJob pj;
    pj.path = p.path;
    pj.job.display = p.path == "-" ? "<stdin>" : p.path;
    pj.job.relative = p.relative;
    if (p.path == "-") ++stdin_count;
    Compression in_codec = sniff(p.path);
    pj.job.out_codec = output_codec(cfg, in_codec);
    if (p.path == "-" && cfg.compression == CompressionChoice::kAuto) pj.job.out_codec = Compression::kNone;
    if (cfg.output_dir == "-" && cfg.compression == CompressionChoice::kAuto) pj.job.out_codec = Compression::kNone;
    pj.job.level = cfg.level >= 0 ? cfg.level : io::default_level(pj.job.out_codec);
    std::string rel = strip_codec_suffix(p.relative) + io::compression_suffix(pj.job.out_codec);
    if (!cfg.dry_run && !cfg.output_dir.empty()) {
      pj.out_path = cfg.output_dir == "-" ? "-" : (fs::path(cfg.output_dir) / rel).string();
      if (pj.out_path != "-") {
        std::string e = claim(pj.out_path);
        if (!e.empty()) return setup_fail(e);
      }
    }
    if (!cfg.quarantine_dir.empty()) {
      pj.quarantine_path = (fs::path(cfg.quarantine_dir) / strip_codec_suffix(p.relative)).string();
      std::string e = claim(pj.quarantine_path);
      if (e.empty()) e = claim(pj.quarantine_path + ".reasons.jsonl");
      if (!e.empty()) return setup_fail(e);
    }
    if (!cfg.dry_run && !cfg.removed_dir.empty()) {
      pj.removed_path = (fs::path(cfg.removed_dir) / rel).string();
      std::string e = claim(pj.removed_path);
      if (!e.empty()) return setup_fail(e);
    }
    jobs.push_back(std::move(pj));
  }
  if (stdin_count > 1) return setup_fail("'-' (stdin) can be given only once");
  for (const std::string* extra : {&cfg.audit_path, &cfg.report_path}) {
    if (extra->empty() || *extra == "-") continue;
    std::string e = claim(*extra);
    if (!e.empty()) return setup_fail(e);
  }
  if (cfg.resume) {
    // Outputs of inputs that are not complete get replaced; complete ones are skipped.
    existing.clear();
  }
  if (!existing.empty()) {
    std::string msg = "refusing to overwrite existing output '" + existing.front() + "'";
    if (existing.size() > 1) msg += " (and " + std::to_string(existing.size() - 1) + " more)";
    return setup_fail(msg + "; use --force to replace");
  }

  // Audit parts: one file per input, concatenated in input order. With an
  // output directory they live in <output>/.hypersieve/ beside the resume
  // markers (so a resumed run can reuse them); otherwise in a temporary dir.
  std::string audit_dir;
  bool persistent_state = !cfg.dry_run && !cfg.output_dir.empty() && cfg.output_dir != "-";
  std::string state_dir = persistent_state ? (fs::path(cfg.output_dir) / ".hypersieve").string() : "";
  if (!cfg.audit_path.empty()) {
    audit_dir = persistent_state ? (fs::path(state_dir) / "audit").string()
                                 : cfg.audit_path + ".parts" + io::temporary_suffix();
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      jobs[i].audit_part = persistent_state ? (fs::path(audit_dir) / (jobs[i].job.relative + ".jsonl")).string()
                                            : (fs::path(audit_dir) / (std::to_string(i) + ".jsonl")).string();
    }
  }
  if (persistent_state) {
    for (auto& j : jobs) {
      if (j.path != "-") j.marker_path = (fs::path(state_dir) / "done" / (j.job.relative + ".json")).string();
    }
  }

  result.inputs.resize(jobs.size());
  if (cfg.resume) {
    // A killed run (SIGKILL, power loss) can leave temporary files behind;
    // remove those whose writer process is gone.
    for (const std::string& dir : {cfg.output_dir, cfg.removed_dir}) {
      std::error_code ec;
      if (dir.empty() || dir == "-" || !fs::is_directory(dir, ec)) continue;
      for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        std::string name = it->path().filename().string();
        auto pos = name.rfind(".hs-tmp-");
        if (pos == std::string::npos) continue;
        long pid = std::strtol(name.c_str() + pos + 8, nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
          std::error_code rm;
          fs::remove(it->path(), rm);
        }
      }
    }
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      InputResult r;
      r.path = jobs[i].job.display;
      r.output = jobs[i].out_path;
      if (!jobs[i].marker_path.empty() && load_marker(cfg, *rules, jobs[i], r)) {
        jobs[i].skip = true;
        result.inputs[i] = std::move(r);
      }
    }
  }

  Shared sh{cfg, rules, policy};
  unsigned threads = std::max(1u, cfg.threads);
  std::vector<std::unique_ptr<Worker>> workers;
  // Several inputs at once (each with its own reader), unless output order
  // across inputs matters (stdout).
  unsigned concurrent =
      (cfg.output_dir == "-" || threads == 1) ? 1u : static_cast<unsigned>(std::min<std::size_t>(threads, jobs.size()));
  // With -jN there are N busy threads at most: one driver per input being
  // read (it also processes batches) and a pool of N - drivers workers that
  // take batches off the drivers' hands. With as many inputs as threads
  // there is no pool: each driver works like -j1 on its own core.
  std::unique_ptr<ThreadPool> pool;
  const unsigned pool_threads = threads > concurrent ? threads - concurrent : 0;
  if (pool_threads > 0) {
    for (unsigned i = 0; i < pool_threads; ++i) workers.push_back(std::make_unique<Worker>(cfg, rules));
    pool = std::make_unique<ThreadPool>(pool_threads);
  }

  std::unique_ptr<io::Sink> stdout_sink;
  if (cfg.output_dir == "-" && !cfg.dry_run) {
    auto s = io::Sink::create("-");
    if (!s.ok()) return setup_fail(s.error().message);
    stdout_sink = std::move(s.value());
  }

  std::uint64_t total_raw = 0;
  for (const auto& j : jobs) {
    if (j.path != "-") total_raw += file_size_or0(j.path);
  }
  std::atomic<bool> stop_progress{false};
  std::thread progress;
  if (cfg.progress) progress = std::thread(progress_loop, std::ref(sh), total_raw, std::ref(stop_progress), t0);

  std::atomic<std::size_t> next{0};
  // Each concurrent driver has its own worker state.
  std::vector<std::unique_ptr<Worker>> driver_workers;
  for (unsigned k = 0; k < concurrent; ++k) driver_workers.push_back(std::make_unique<Worker>(cfg, rules));
  std::atomic<unsigned> driver_slot{0};
  auto drive = [&] {
    unsigned slot = driver_slot.fetch_add(1);
    Driver d(sh, pool.get(), workers, driver_workers[slot].get());
    for (;;) {
      std::size_t i = next.fetch_add(1);
      if (i >= jobs.size()) break;
      if (jobs[i].skip) continue;
      if (!jobs[i].marker_path.empty()) {
        std::error_code ec;
        fs::remove(jobs[i].marker_path, ec);  // stale until this input completes again
      }
      result.inputs[i] = d.process(jobs[i], &stdout_sink);
      if (result.inputs[i].ok && !jobs[i].marker_path.empty()) {
        auto m = io::Sink::create(jobs[i].marker_path);
        if (m.ok() && m.value()->write(marker_json(cfg, *rules, jobs[i], result.inputs[i])).ok()) {
          (void)m.value()->commit();
        }
      }
    }
  };
  if (concurrent == 1) {
    drive();
  } else {
    std::vector<std::thread> drivers;
    for (unsigned k = 0; k < concurrent; ++k) drivers.emplace_back(drive);
    for (auto& t : drivers) t.join();
  }
  bool stdout_failed = false;
  if (stdout_sink) {
    auto s = stdout_sink->commit();
    if (!s.ok()) {
      spdlog::error("{}", s.error().message);
      stdout_failed = true;
    }
  }
  stop_progress = true;
  if (progress.joinable()) progress.join();

  // Concatenate audit parts in input order.
  if (!cfg.audit_path.empty()) {
    auto sink = io::Sink::create(cfg.audit_path);
    if (sink.ok()) {
      std::string buf(1 << 20, '\0');
      bool ok = true;
      for (const auto& j : jobs) {
        std::FILE* in = std::fopen(j.audit_part.c_str(), "rb");
        if (!in) continue;
        std::size_t n;
        while ((n = std::fread(buf.data(), 1, buf.size(), in)) > 0) {
          if (!sink.value()->write(std::string_view(buf.data(), n)).ok()) ok = false;
        }
        std::fclose(in);
      }
      auto c = ok ? sink.value()->commit() : base::Status(base::make_error(base::ErrorCode::kIo, "audit write failed"));
      if (!c.ok()) {
        spdlog::error("{}: {}", cfg.audit_path, c.error().message);
        result.exit_code = 1;
      }
    } else {
      spdlog::error("{}", sink.error().message);
      result.exit_code = 1;
    }
    if (!persistent_state) {
      std::error_code ec;
      fs::remove_all(audit_dir, ec);
    }
  }

  result.total.resize(rules->categories.size(), rules->rules.size());
  for (const auto& in : result.inputs) {
    result.total.merge(in.stats);
    if (!in.ok) {
      result.exit_code = 1;
      spdlog::error("{}", in.error);
    }
  }
  if (stdout_failed) result.exit_code = 1;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return result;
}

}  // namespace hs::pipeline
