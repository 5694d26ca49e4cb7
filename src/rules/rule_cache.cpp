#include "hypersieve/rules/rule_cache.hpp"

#include <sys/stat.h>

#include <cmath>
#include <cstring>
#include <type_traits>

#include "hypersieve/base/hash.hpp"

namespace hs::rules {
namespace {

// Bump when the layout below or the meaning of any field changes.
constexpr char kMagic[8] = {'H', 'S', 'R', 'S', '0', '0', '0', '7'};

// A field added to these structs must be added to encode/decode too: these
// sizes (x86-64, libstdc++) make the build fail until someone looks here.
static_assert(sizeof(void*) != 8 || sizeof(Rule) == 280, "Rule changed: update rule_cache.cpp, then this size");
static_assert(sizeof(void*) != 8 || sizeof(Category) == 200, "Category changed: update rule_cache.cpp, then this size");
static_assert(sizeof(void*) != 8 || sizeof(RuleSet) == 312, "RuleSet changed: update rule_cache.cpp, then this size");
static_assert(sizeof(void*) != 8 || sizeof(Example) == 40, "Example changed: update rule_cache.cpp, then this size");
static_assert(sizeof(void*) != 8 || sizeof(Context) == 32, "Context changed: update rule_cache.cpp, then this size");
static_assert(sizeof(void*) != 8 || sizeof(match::LiteralSpec) == 40, "LiteralSpec changed: update rule_cache.cpp");
static_assert(sizeof(void*) != 8 || sizeof(match::RegexSpec) == 40, "RegexSpec changed: update rule_cache.cpp");
static_assert(sizeof(void*) != 8 || sizeof(model::Model) == 184, "Model changed: update rule_cache.cpp");

class Writer {
 public:
  void u64(std::uint64_t v) { raw(&v, 8); }
  void u32(std::uint32_t v) { raw(&v, 4); }
  void i32(int v) { raw(&v, 4); }
  void f64(double v) { raw(&v, 8); }
  void f32s(const std::vector<float>& v) {
    u64(v.size());
    if (!v.empty()) raw(v.data(), v.size() * 4);
  }
  void b(bool v) { out_.push_back(v ? 1 : 0); }
  void str(const std::string& s) {
    u64(s.size());
    out_.append(s);
  }
  void ids(const std::vector<std::uint32_t>& v) {
    u64(v.size());
    if (!v.empty()) raw(v.data(), v.size() * 4);
  }
  std::string& out() { return out_; }

 private:
  void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return ok_ && pos_ == in_.size(); }
  std::uint64_t u64() { return get<std::uint64_t>(); }
  std::uint32_t u32() { return get<std::uint32_t>(); }
  int i32() { return get<int>(); }
  double f64() { return get<double>(); }
  std::vector<float> f32s() {
    const std::uint64_t n = u64();
    if (!ok_ || n > (in_.size() - pos_) / 4) {
      ok_ = false;
      return {};
    }
    std::vector<float> v(static_cast<std::size_t>(n));
    if (n) std::memcpy(v.data(), in_.data() + pos_, static_cast<std::size_t>(n * 4));
    pos_ += static_cast<std::size_t>(n * 4);
    for (float f : v) ok_ = ok_ && std::isfinite(f);
    return v;
  }
  bool b() { return get<std::uint8_t>() != 0; }
  std::string str() {
    const std::uint64_t n = u64();
    if (!need(n)) return {};
    std::string s(in_.data() + pos_, static_cast<std::size_t>(n));
    pos_ += static_cast<std::size_t>(n);
    return s;
  }
  std::vector<std::uint32_t> ids(std::uint32_t limit) {
    const std::uint64_t n = u64();
    if (!ok_ || n > (in_.size() - pos_) / 4) {  // (n * 4 could wrap)
      ok_ = false;
      return {};
    }
    std::vector<std::uint32_t> v(static_cast<std::size_t>(n));
    if (n) std::memcpy(v.data(), in_.data() + pos_, static_cast<std::size_t>(n * 4));
    pos_ += static_cast<std::size_t>(n * 4);
    for (std::uint32_t id : v) ok_ = ok_ && id < limit;
    return v;
  }
  // A count of items each at least min_bytes long: bounded by what is left.
  std::size_t count(std::size_t min_bytes) {
    const std::uint64_t n = u64();
    if (ok_ && n > (in_.size() - pos_) / (min_bytes ? min_bytes : 1)) ok_ = false;
    return ok_ ? static_cast<std::size_t>(n) : 0;
  }

 private:
  template <typename T>
  T get() {
    T v{};
    if (need(sizeof(T))) {
      std::memcpy(&v, in_.data() + pos_, sizeof(T));
      pos_ += sizeof(T);
    }
    return v;
  }
  bool need(std::uint64_t n) {
    if (!ok_ || n > in_.size() - pos_) ok_ = false;
    return ok_;
  }
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

void put_examples(Writer& w, const std::vector<Example>& ex) {
  w.u64(ex.size());
  for (const auto& e : ex) {
    w.str(e.text);
    w.b(e.should_match);
    w.i32(e.line);
  }
}

std::vector<Example> get_examples(Reader& r) {
  std::vector<Example> ex(r.count(13));
  for (auto& e : ex) {
    e.text = r.str();
    e.should_match = r.b();
    e.line = r.i32();
  }
  return ex;
}

void put_context(Writer& w, const Context& c) {
  w.ids(c.patterns);
  w.u32(c.window);
}

Context get_context(Reader& r, std::uint32_t n_patterns) {
  Context c;
  c.patterns = r.ids(n_patterns);
  c.window = r.u32();
  return c;
}

}  // namespace

std::string rule_cache_key(const std::string& content_hash) {
  // This build: the version and the running executable's size and change
  // time, so a relinked binary (a loader change in an incremental build
  // too) never reads what an older loader produced. Without /proc, the
  // compile time of this file.
  static const std::string build = [] {
    std::string b = std::string(HYPERSIEVE_VERSION) + " " + __DATE__ + " " + __TIME__;
    struct stat st {};
    if (::stat("/proc/self/exe", &st) == 0) {
      b += " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec);
    }
    return b;
  }();
  return "rules-" + content_hash + "-" + base::to_hex(base::fnv1a64(build));
}

std::string encode_rule_set(const RuleSet& rs) {
  Writer w;
  w.u64(rs.categories.size());
  for (const auto& c : rs.categories) {
    w.str(c.name);
    w.str(c.description);
    w.f64(c.threshold);
    w.i32(static_cast<int>(c.action));
    w.f64(c.factor);
    w.i32(c.precedence);
    w.b(c.fallback);
    w.u32(c.length_norm_words);
    w.f64(c.model_threshold);
    w.b(c.model_scope == ModelScope::kAll);
    w.f64(c.model_threshold_unfired);
    w.u64(c.exclusive_with);
    w.str(c.file);
    w.i32(c.line);
    put_examples(w, c.examples);
  }
  const auto& pb = rs.patterns;
  w.u64(pb.size());
  for (std::uint32_t id = 0; id < pb.size(); ++id) {
    const auto& k = pb.kinds()[id];
    w.b(k.is_regex);
    w.b(pb.is_anchor(id));
    if (k.is_regex) {
      const auto& re = pb.regexes()[k.index];
      w.str(re.pattern);
      w.b(re.caseless);
    } else {
      const auto& lit = pb.literals()[k.index];
      w.str(lit.bytes);
      w.b(lit.caseless);
      w.b(lit.word_start);
      w.b(lit.word_end);
    }
  }
  w.u64(rs.rules.size());
  for (const auto& r : rs.rules) {
    w.str(r.id);
    w.u32(r.category);
    w.f64(r.weight);
    w.u32(r.cap);
    w.ids(r.patterns);
    put_context(w, r.near);
    put_context(w, r.unless);
    put_context(w, r.negation);
    put_context(w, r.require);
    w.b(r.near_names);
    w.u32(r.near_pronouns);
    w.str(r.file);
    w.i32(r.line);
    put_examples(w, r.examples);
  }
  w.u64(rs.uses.size());
  for (const auto& u : rs.uses) {
    w.u64(u.size());
    for (const auto& pu : u) {
      w.u32(pu.rule);
      w.i32(static_cast<int>(pu.role));
    }
  }
  w.b(rs.model != nullptr);
  if (rs.model) {
    const model::Model& m = *rs.model;
    w.u64(m.categories.size());
    for (const auto& c : m.categories) w.str(c);
    for (double b : m.bias) w.f64(b);
    w.u64(m.terms.size());
    for (const auto& t : m.terms) w.str(t);
    w.f32s(m.weights);  // model_column is derived from the names on load
  }
  w.str(rs.content_hash);
  w.u64(rs.files.size());
  for (const auto& f : rs.files) w.str(f);

  std::string out(kMagic, 8);
  std::string& body = w.out();
  const std::uint64_t sum = base::checksum64(body);
  out.append(reinterpret_cast<const char*>(&sum), 8);
  out += body;
  return out;
}

bool decode_rule_set(std::string_view bytes, RuleSet& out) {
  if (bytes.size() < 16 || std::memcmp(bytes.data(), kMagic, 8) != 0) return false;
  std::uint64_t sum;
  std::memcpy(&sum, bytes.data() + 8, 8);
  const std::string_view body = bytes.substr(16);
  if (base::checksum64(body) != sum) return false;
  Reader r(body);
  RuleSet rs;
  rs.categories.resize(r.count(60));
  for (auto& c : rs.categories) {
    c.name = r.str();
    c.description = r.str();
    c.threshold = r.f64();
    const int action = r.i32();
    if (action < 0 || action > static_cast<int>(Action::kDrop)) return false;
    c.action = static_cast<Action>(action);
    c.factor = r.f64();
    c.precedence = r.i32();
    c.fallback = r.b();
    c.length_norm_words = r.u32();
    c.model_threshold = r.f64();
    c.model_scope = r.b() ? ModelScope::kAll : ModelScope::kFired;
    c.model_threshold_unfired = r.f64();
    c.exclusive_with = r.u64();
    c.file = r.str();
    c.line = r.i32();
    c.examples = get_examples(r);
  }
  const std::size_t n_patterns = r.count(11);
  if (n_patterns > 0xFFFFFFFFu) return false;
  for (std::size_t id = 0; id < n_patterns && r.ok(); ++id) {
    const bool is_regex = r.b();
    const bool anchor = r.b();
    std::uint32_t got;
    if (is_regex) {
      match::RegexSpec re;
      re.pattern = r.str();
      re.caseless = r.b();
      got = rs.patterns.add_regex(std::move(re));
    } else {
      match::LiteralSpec lit;
      lit.bytes = r.str();
      lit.caseless = r.b();
      lit.word_start = r.b();
      lit.word_end = r.b();
      got = rs.patterns.add_literal(std::move(lit));
    }
    if (got != id) return false;
    rs.patterns.set_anchor(got, anchor);
  }
  const auto np = static_cast<std::uint32_t>(n_patterns);
  const auto n_categories = static_cast<std::uint32_t>(rs.categories.size());
  rs.rules.resize(r.count(80));
  for (auto& ru : rs.rules) {
    ru.id = r.str();
    ru.category = r.u32();
    if (ru.category >= n_categories) return false;
    ru.weight = r.f64();
    ru.cap = r.u32();
    ru.patterns = r.ids(np);
    ru.near = get_context(r, np);
    ru.unless = get_context(r, np);
    ru.negation = get_context(r, np);
    ru.require = get_context(r, np);
    ru.near_names = r.b();
    ru.near_pronouns = r.u32();
    ru.file = r.str();
    ru.line = r.i32();
    ru.examples = get_examples(r);
  }
  const auto n_rules = static_cast<std::uint32_t>(rs.rules.size());
  rs.uses.resize(r.count(8));
  if (rs.uses.size() != n_patterns) return false;
  for (auto& u : rs.uses) {
    u.resize(r.count(8));
    for (auto& pu : u) {
      pu.rule = r.u32();
      const int role = r.i32();
      if (pu.rule >= n_rules || role < 0 || role > static_cast<int>(Role::kRequire)) return false;
      pu.role = static_cast<Role>(role);
    }
  }
  if (r.b()) {
    auto m = std::make_shared<model::Model>();
    m->categories.resize(r.count(8));
    if (m->categories.size() > 64) return false;
    for (auto& c : m->categories) c = r.str();
    for (std::size_t i = 0; i < m->categories.size(); ++i) m->bias.push_back(r.f64());
    m->terms.resize(r.count(8));
    for (auto& t : m->terms) t = r.str();
    m->weights = r.f32s();
    if (!r.ok() || m->weights.size() != m->terms.size() * m->categories.size() || !m->build_index()) return false;
    if (!rs.set_model(std::move(m))) return false;
  }
  rs.content_hash = r.str();
  rs.files.resize(r.count(8));
  for (auto& f : rs.files) f = r.str();
  if (!r.done()) return false;
  out = std::move(rs);
  return true;
}

}  // namespace hs::rules
