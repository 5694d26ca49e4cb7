#include <catch2/catch.hpp>

#include "hypersieve/policy/policy.hpp"
#include "hypersieve/rules/loader.hpp"

using namespace hs;

namespace {

std::shared_ptr<rules::RuleSet> pack() {
  auto r = rules::load_sources({{"p.toml", R"(
[[category]]
name = "bad"
action = "drop"
[[category]]
name = "good"
action = "upsample"
factor = 2.5
[[category]]
name = "meh"
action = "annotate"
[[rule]]
id = "r"
category = "bad"
keywords = ["x"]
)"}});
  REQUIRE(r.ok());
  return r.value();
}

}  // namespace

TEST_CASE("precedence: drop > upsample > annotate > keep", "[policy]") {
  auto rs = pack();
  policy::Policy p(*rs);
  CHECK(p.decide(0b000, "a").action == rules::Action::kKeep);
  CHECK(p.decide(0b100, "a").action == rules::Action::kAnnotate);
  CHECK(p.decide(0b110, "a").action == rules::Action::kUpsample);
  auto d = p.decide(0b111, "a");
  CHECK(d.action == rules::Action::kDrop);
  CHECK(d.copies == 0);
  CHECK(d.category == 0);
}

TEST_CASE("fractional upsampling: deterministic, right share", "[policy]") {
  auto rs = pack();
  policy::Policy p(*rs);
  int three = 0;
  for (int i = 0; i < 4000; ++i) {
    auto d = p.decide(0b010, "doc" + std::to_string(i));
    REQUIRE((d.copies == 2 || d.copies == 3));
    three += d.copies == 3;
    CHECK(p.decide(0b010, "doc" + std::to_string(i)).copies == d.copies);
  }
  CHECK(three > 1850);
  CHECK(three < 2150);
  policy::Policy q(*rs);
  q.set_seed(99);
  int differ = 0;
  for (int i = 0; i < 200; ++i) {
    differ += p.decide(0b010, "doc" + std::to_string(i)).copies != q.decide(0b010, "doc" + std::to_string(i)).copies;
  }
  CHECK(differ > 0);
}

TEST_CASE("overrides and annotate-only", "[policy]") {
  auto rs = pack();
  policy::Policy p(*rs);
  REQUIRE(p.override_action(*rs, "bad=keep").ok());
  CHECK(p.decide(0b001, "a").action == rules::Action::kKeep);
  REQUIRE(p.override_action(*rs, "meh=upsample:4").ok());
  CHECK(p.decide(0b100, "a").copies == 4);
  CHECK_FALSE(p.override_action(*rs, "nope=drop").ok());
  CHECK_FALSE(p.override_action(*rs, "bad=explode").ok());
  CHECK_FALSE(p.override_action(*rs, "bad=drop:2").ok());
  p.set_annotate_only(true);
  auto d = p.decide(0b011, "a");
  CHECK(d.action == rules::Action::kAnnotate);
  CHECK(d.copies == 1);
}
