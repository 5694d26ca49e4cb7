// base/error: the error type used across module boundaries.
//
// An Error carries a code and a human message that already includes its
// context ("rules/x.toml:14: ..." or "shard.zst: byte 1024: ..."). Result<T>
// holds either a value or an Error. Nothing here throws; modules that call
// throwing libraries (toml++, RE2 options) catch at their boundary and turn
// the exception into an Error.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace hs::base {

enum class ErrorCode {
  kOk = 0,
  kUsage,    // bad flag or option combination (exit 2)
  kRules,    // rule files that do not load or compile (exit 2)
  kIo,       // cannot open, read, write or rename a file
  kCorrupt,  // compressed stream is damaged or truncated
  kInternal,
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
};

// Holds a T or an Error. Check ok() before value().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// A Result for operations that produce nothing but may fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}
  bool ok() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

inline Error make_error(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

}  // namespace hs::base
