// Name tables for enums whose names are their storage, wire and URL form: one constexpr array of
// {value, name} pairs per enum, read both ways. Pure; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace assure::domain {

template <typename E>
using EnumNames = std::span<const std::pair<E, std::string_view>>;

template <typename E>
std::string_view NameOf(EnumNames<E> names, E value) {
  for (const auto& [candidate, name] : names) {
    if (candidate == value) return name;
  }
  return "unknown";
}

template <typename E>
std::optional<E> ParseName(EnumNames<E> names, std::string_view text) {
  for (const auto& [value, name] : names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

}  // namespace assure::domain
