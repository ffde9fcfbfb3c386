// Result<T>: either a T or an Error (an in-house std::expected until C++23).
//
// Use for anything a user or the world can cause; exceptions are for bugs and start-up failures.
// Status is Result<void>. Accessing value() of an error (or error() of a value) is a bug and
// aborts with a message. Not thread-safe beyond the usual value semantics.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include "core/error.h"

namespace assure::core {

namespace detail {
[[noreturn]] inline void ResultMisuse(const char* what) {
  std::fprintf(stderr, "assure: Result misuse: %s\n", what);
  std::abort();
}
}  // namespace detail

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}      // NOLINT: implicit
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    if (!ok()) detail::ResultMisuse("value() of an error");
    return std::get<0>(state_);
  }
  const T& value() const& {
    if (!ok()) detail::ResultMisuse("value() of an error");
    return std::get<0>(state_);
  }
  T&& value() && {
    if (!ok()) detail::ResultMisuse("value() of an error");
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const {
    if (ok()) detail::ResultMisuse("error() of a value");
    return std::get<1>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}  // NOLINT: implicit

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    if (ok()) detail::ResultMisuse("error() of a value");
    return *error_;
  }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;

inline Status Ok() { return {}; }

}  // namespace assure::core

// ASSURE_TRY(status_expr): return its error from the enclosing function if it failed. Nests
// (a lambda inside the expression may use it too).
#define ASSURE_TRY_CONCAT_(a, b) a##b
#define ASSURE_TRY_CONCAT(a, b) ASSURE_TRY_CONCAT_(a, b)
#define ASSURE_TRY(expr) ASSURE_TRY_IMPL(expr, ASSURE_TRY_CONCAT(assure_try_result_, __COUNTER__))
#define ASSURE_TRY_IMPL(expr, name)      \
  do {                                   \
    auto&& name = (expr);                \
    if (!name.ok()) return name.error(); \
  } while (false)

// ASSURE_ASSIGN_OR_RETURN(declaration, result_expr): evaluates a Result<T>; on failure returns its
// error from the enclosing function, otherwise moves the value into `declaration` ("auto cases",
// "const auto& view", or an existing variable). One statement; not inside a braceless if/else.
#define ASSURE_ASSIGN_OR_RETURN(declaration, expr) \
  ASSURE_ASSIGN_OR_RETURN_IMPL(declaration, expr,  \
                               ASSURE_TRY_CONCAT(assure_assign_result_, __COUNTER__))
#define ASSURE_ASSIGN_OR_RETURN_IMPL(declaration, expr, name) \
  auto name = (expr);                                         \
  if (!name.ok()) return name.error();                        \
  declaration = std::move(name).value()
