// JsonFields: reads the fields of one JSON object of an API request body into domain values. A
// missing or null field gives the empty value (or nullopt); a field of the wrong JSON type or
// form (a date that is not "YYYY-MM-DD", an id that is not a positive integer) records the first
// problem as kInvalidInput naming the field ("subjects[0].pseudonym" inside arrays and objects),
// never repeating the value sent. Objects() and Object() give readers of nested objects that
// report into the same first problem; they must not outlive the reader they came from. Call
// status() once at the end. Not thread-safe; one per body.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"

namespace assure::http {

// A date as an API answer gives it: "YYYY-MM-DD", or null when there is none.
nlohmann::json DateJson(const std::optional<domain::CivilDate>& date);

// An optional value as an API answer gives it: the value, or null when there is none.
template <typename T>
nlohmann::json OptionalJson(const std::optional<T>& value) {
  if (!value) return nullptr;
  return *value;
}

class JsonFields {
 public:
  // `prefix` names the object in errors ("referral" gives "referral.received_on").
  JsonFields(const nlohmann::json& object, std::string prefix = {});
  // It keeps a pointer to the object: never read a temporary.
  JsonFields(nlohmann::json&& object, std::string prefix = {}) = delete;

  bool Has(std::string_view name) const;
  std::string Text(std::string_view name);
  std::optional<domain::CivilDate> Date(std::string_view name);
  // Missing: "Enter the date" naming the field.
  domain::CivilDate RequiredDate(std::string_view name);
  std::optional<std::int64_t> Id(std::string_view name);     // a positive integer
  std::optional<std::int64_t> Index(std::string_view name);  // an integer from 0
  bool Bool(std::string_view name);
  std::vector<std::string> Texts(std::string_view name);
  std::vector<std::int64_t> Ids(std::string_view name);
  // The objects of an array field, each with its indexed prefix ("stages[2]"); empty if absent.
  std::vector<JsonFields> Objects(std::string_view name);
  // An object field; nullopt if absent or null.
  std::optional<JsonFields> Object(std::string_view name);

  // Records a problem found by the caller (the first one wins).
  void Fail(std::string_view name, std::string message);
  // The first problem, or ok.
  core::Status status() const;

 private:
  std::string FieldName(std::string_view name) const;
  const nlohmann::json* Find(std::string_view name) const;

  JsonFields(const nlohmann::json& object, std::string prefix, std::optional<core::Error>* error);

  const nlohmann::json* object_;
  std::string prefix_;
  std::unique_ptr<std::optional<core::Error>> owned_;  // the outermost reader's problem
  std::optional<core::Error>* error_;                  // where problems go (owned_ or a parent's)
};

// `value` built from the fields read, or the first problem met reading them.
template <typename T>
core::Result<T> ValueIfAllRead(const JsonFields& fields, T value) {
  ASSURE_TRY(fields.status());
  return value;
}

// The object's "version": the version of the record the caller saw (a positive integer); a
// missing one is a problem naming "version". 0 when there is a problem.
std::int64_t RequiredVersion(JsonFields& fields);
// "version": the version of the record the caller saw (a positive integer), for any record.
core::Result<std::int64_t> VersionFrom(const nlohmann::json& body);
// A text field (close_without_review "rationale", embargo "reason", the response "response");
// missing is left to the service's own check.
core::Result<std::string> TextFrom(const nlohmann::json& body, std::string_view field);

}  // namespace assure::http
