#include "http/common/json_fields.h"

#include <utility>

namespace assure::http {

nlohmann::json DateJson(const std::optional<domain::CivilDate>& date) {
  if (!date) return nullptr;
  return domain::FormatCivilDate(*date);
}

namespace {

using nlohmann::json;

const json& NullJson() {
  static const json null = nullptr;
  return null;
}

}  // namespace

JsonFields::JsonFields(const json& object, std::string prefix)
    : object_(&object),
      prefix_(std::move(prefix)),
      owned_(std::make_unique<std::optional<core::Error>>()),
      error_(owned_.get()) {
  if (!object.is_object()) Fail("", "Send a JSON object.");
}

JsonFields::JsonFields(const json& object, std::string prefix, std::optional<core::Error>* error)
    : object_(&object), prefix_(std::move(prefix)), error_(error) {
  if (!object.is_object()) {
    object_ = &NullJson();
    if (!*error_) *error_ = core::Error::InvalidInput(prefix_, "Send a JSON object.");
  }
}

std::string JsonFields::FieldName(std::string_view name) const {
  if (prefix_.empty()) return std::string{name};
  if (name.empty()) return prefix_;
  return prefix_ + "." + std::string{name};
}

const json* JsonFields::Find(std::string_view name) const {
  if (!object_->is_object()) return nullptr;
  auto it = object_->find(name);
  if (it == object_->end() || it->is_null()) return nullptr;
  return &*it;
}

bool JsonFields::Has(std::string_view name) const { return Find(name) != nullptr; }

void JsonFields::Fail(std::string_view name, std::string message) {
  if (*error_) return;
  const std::string field = FieldName(name);
  *error_ = core::Error::InvalidInput(field.empty() ? "body" : field, std::move(message));
}

std::string JsonFields::Text(std::string_view name) {
  const json* value = Find(name);
  if (value == nullptr) return {};
  if (!value->is_string()) {
    Fail(name, "Send this as text.");
    return {};
  }
  return value->get<std::string>();
}

std::optional<domain::CivilDate> JsonFields::Date(std::string_view name) {
  const json* value = Find(name);
  if (value == nullptr) return std::nullopt;
  std::optional<domain::CivilDate> date;
  if (value->is_string()) date = domain::ParseCivilDate(value->get<std::string>());
  if (!date) Fail(name, "Enter a real date as YYYY-MM-DD.");
  return date;
}

domain::CivilDate JsonFields::RequiredDate(std::string_view name) {
  auto date = Date(name);
  if (date) return *date;
  if (!Has(name)) Fail(name, "Enter the date as YYYY-MM-DD.");
  return domain::CivilDate{};
}

std::optional<std::int64_t> JsonFields::Id(std::string_view name) {
  const json* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer() || value->get<std::int64_t>() <= 0) {
    Fail(name, "Send a positive whole number.");
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

std::optional<std::int64_t> JsonFields::Index(std::string_view name) {
  const json* value = Find(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number_integer() || value->get<std::int64_t>() < 0) {
    Fail(name, "Send a whole number from 0.");
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

bool JsonFields::Bool(std::string_view name) {
  const json* value = Find(name);
  if (value == nullptr) return false;
  if (!value->is_boolean()) {
    Fail(name, "Send true or false.");
    return false;
  }
  return value->get<bool>();
}

std::vector<std::string> JsonFields::Texts(std::string_view name) {
  std::vector<std::string> out;
  const json* value = Find(name);
  if (value == nullptr) return out;
  if (!value->is_array()) {
    Fail(name, "Send a list of texts.");
    return out;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    if (!(*value)[i].is_string()) {
      Fail(std::string{name} + "[" + std::to_string(i) + "]", "Send this as text.");
      return {};
    }
    out.push_back((*value)[i].get<std::string>());
  }
  return out;
}

std::vector<std::int64_t> JsonFields::Ids(std::string_view name) {
  std::vector<std::int64_t> out;
  const json* value = Find(name);
  if (value == nullptr) return out;
  if (!value->is_array()) {
    Fail(name, "Send a list of ids.");
    return out;
  }
  for (const auto& item : *value) {
    if (!item.is_number_integer() || item.get<std::int64_t>() <= 0) {
      Fail(name, "Send a list of ids.");
      return {};
    }
    out.push_back(item.get<std::int64_t>());
  }
  return out;
}

std::vector<JsonFields> JsonFields::Objects(std::string_view name) {
  std::vector<JsonFields> out;
  const json* value = Find(name);
  if (value == nullptr) return out;
  if (!value->is_array()) {
    Fail(name, "Send a list.");
    return out;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    out.push_back(JsonFields((*value)[i], FieldName(name) + "[" + std::to_string(i) + "]", error_));
  }
  return out;
}

std::optional<JsonFields> JsonFields::Object(std::string_view name) {
  const json* value = Find(name);
  if (value == nullptr) return std::nullopt;
  return JsonFields(*value, FieldName(name), error_);
}

core::Status JsonFields::status() const {
  if (*error_) return **error_;
  return core::Ok();
}

std::int64_t RequiredVersion(JsonFields& fields) {
  const auto version = fields.Id("version");
  if (!version && fields.status().ok()) {
    fields.Fail("version", "Send the version of the record you saw.");
  }
  return version.value_or(0);
}

core::Result<std::int64_t> VersionFrom(const nlohmann::json& body) {
  JsonFields fields(body);
  const auto version = RequiredVersion(fields);
  return ValueIfAllRead(fields, version);
}

core::Result<std::string> TextFrom(const nlohmann::json& body, std::string_view field) {
  JsonFields fields(body);
  std::string text = fields.Text(field);
  return ValueIfAllRead(fields, std::move(text));
}

}  // namespace assure::http
