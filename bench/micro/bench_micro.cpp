// bench/micro: Google Benchmark micro-benchmarks of the per-document stages,
// on documents already in memory (no I/O, no decompression).
//
//   cmake -S . -B build-bench -DHS_BUILD_BENCH=ON && cmake --build build-bench -j2 --target bench_micro
//   build-bench/bench/micro/bench_micro [--benchmark_filter=...]
//
// Input: HS_BENCH_CORPUS (default bench/corpus/web-250.jsonl.zst, made by
// bench/gen_corpus.py), first HS_BENCH_MB (default 64) MB of lines.
// Bytes/s are of the measured input: JSON lines for extraction, decoded texts
// for matching and scoring. Never part of ctest.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "hypersieve/io/source.hpp"
#include "hypersieve/match/matcher.hpp"
#include "hypersieve/model/linear.hpp"
#include "hypersieve/record/fields.hpp"
#include "hypersieve/rules/loader.hpp"
#include "hypersieve/rules/scorer.hpp"

namespace {

struct Corpus {
  std::string blob;  // lines, each followed by '\n'
  std::vector<std::string_view> lines;
  std::vector<std::string> texts;  // decoded text fields
  std::size_t line_bytes = 0, text_bytes = 0;
};

const Corpus& corpus() {
  static Corpus c = [] {
    Corpus c;
    const char* path = std::getenv("HS_BENCH_CORPUS");
    std::string p = path ? path : "bench/corpus/web-250.jsonl.zst";
    const char* mb = std::getenv("HS_BENCH_MB");
    std::size_t limit = static_cast<std::size_t>(mb ? std::atol(mb) : 64) << 20;
    auto src = hs::io::Source::open(p);
    if (!src.ok()) {
      std::fprintf(stderr, "bench_micro: %s (run bench/gen_corpus.py or set HS_BENCH_CORPUS)\n",
                   src.error().message.c_str());
      std::exit(2);
    }
    std::vector<char> buf(1 << 20);
    while (c.blob.size() < limit) {
      auto n = src.value()->read(buf.data(), buf.size());
      if (!n.ok() || n.value() == 0) break;
      c.blob.append(buf.data(), n.value());
    }
    c.blob.resize(c.blob.rfind('\n') + 1);
    c.blob.append(simdjson::SIMDJSON_PADDING, ' ');
    std::size_t pos = 0, end = c.blob.size() - simdjson::SIMDJSON_PADDING;
    hs::record::FieldExtractor fx("text", "id");
    hs::record::Fields f;
    while (pos < end) {
      std::size_t nl = c.blob.find('\n', pos);
      std::string_view line(c.blob.data() + pos, nl - pos);
      c.lines.push_back(line);
      c.line_bytes += line.size() + 1;
      if (fx.extract(line, c.blob.size() - pos, f) == hs::record::Invalid::kNone) {
        c.texts.emplace_back(f.text);
        c.text_bytes += f.text.size();
      }
      pos = nl + 1;
    }
    return c;
  }();
  return c;
}

std::shared_ptr<hs::rules::RuleSet> pack() {
  const char* rules = std::getenv("HS_BENCH_RULES");
  auto r = rules ? hs::rules::load_path(rules) : hs::rules::load_default();
  if (!r.ok()) {
    std::fprintf(stderr, "bench_micro: %s\n", r.error().message.c_str());
    std::exit(2);
  }
  return r.value();
}

void BM_ExtractFields(benchmark::State& st) {
  const Corpus& c = corpus();
  hs::record::FieldExtractor fx("text", "id");
  hs::record::Fields f;
  for (auto _ : st) {
    std::size_t n = 0;
    for (auto line : c.lines) {
      std::size_t cap = c.blob.size() - static_cast<std::size_t>(line.data() - c.blob.data());
      n += fx.extract(line, cap, f) == hs::record::Invalid::kNone;
    }
    benchmark::DoNotOptimize(n);
  }
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * c.line_bytes));
}
BENCHMARK(BM_ExtractFields)->Unit(benchmark::kMillisecond);

void BM_MatcherScan(benchmark::State& st) {
  const Corpus& c = corpus();
  auto rules = pack();
  auto scratch = rules->matcher->make_scratch();
  std::vector<hs::match::Hit> hits;
  std::size_t with_hits = 0;
  for (auto _ : st) {
    with_hits = 0;
    for (const auto& t : c.texts) {
      rules->matcher->scan(t, *scratch, hits);
      with_hits += !hits.empty();
    }
  }
  st.counters["docs_with_hits_pct"] = 100.0 * static_cast<double>(with_hits) / static_cast<double>(c.texts.size());
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * c.text_bytes));
}
BENCHMARK(BM_MatcherScan)->Unit(benchmark::kMillisecond);

void BM_Score(benchmark::State& st) {
  const Corpus& c = corpus();
  hs::rules::Scorer scorer(pack());
  hs::rules::DocScore ds;
  std::size_t labelled = 0;
  for (auto _ : st) {
    labelled = 0;
    for (const auto& t : c.texts) {
      scorer.score(t, ds);
      labelled += ds.labels != 0;
    }
  }
  st.counters["labelled_pct"] = 100.0 * static_cast<double>(labelled) / static_cast<double>(c.texts.size());
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * c.text_bytes));
}
BENCHMARK(BM_Score)->Unit(benchmark::kMillisecond);

// The learned stage alone, on every document (as model_scope = "all"
// runs it): the tokenizer and hashing, then the whole prediction.
void BM_ModelFeatures(benchmark::State& st) {
  const Corpus& c = corpus();
  hs::model::Scratch s;
  std::size_t n = 0;
  for (auto _ : st) {
    for (const auto& t : c.texts) {
      hs::model::extract_features(t, s);
      n += s.occurrences;
    }
  }
  benchmark::DoNotOptimize(n);
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * c.text_bytes));
}
BENCHMARK(BM_ModelFeatures)->Unit(benchmark::kMillisecond);

void BM_ModelPredict(benchmark::State& st) {
  const Corpus& c = corpus();
  auto rules = pack();
  if (!rules->model) {
    st.SkipWithError("the pack has no model");
    return;
  }
  // range(0): bytes read per document (0: all, as where a rule fired;
  // hs::rules::kUnfiredModelBytes, as on the documents no rule fired on).
  const std::size_t cap = st.range(0) ? static_cast<std::size_t>(st.range(0)) : SIZE_MAX;
  hs::model::Scratch s;
  std::vector<double> p;
  double sum = 0;
  std::size_t bytes = 0;
  for (const auto& t : c.texts) bytes += std::min(t.size(), cap);
  for (auto _ : st) {
    for (const auto& t : c.texts) {
      rules->model->predict(std::string_view(t).substr(0, std::min(t.size(), cap)), s, p);
      sum += p[0];
    }
  }
  benchmark::DoNotOptimize(sum);
  st.SetBytesProcessed(static_cast<int64_t>(st.iterations() * bytes));
}
BENCHMARK(BM_ModelPredict)->Arg(0)->Arg(hs::rules::kUnfiredModelBytes)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
