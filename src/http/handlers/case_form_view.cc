#include "http/handlers/case_form_view.h"

#include <algorithm>
#include <utility>

namespace assure::http::handlers {

namespace {

using nlohmann::json;

constexpr std::string_view kKinds[] = {"is_text",   "is_textarea",   "is_date",
                                       "is_radios", "is_checkboxes", "is_select"};

}  // namespace

FormView::FormView(const FormData& values, const FormErrors& errors)
    : values_(values), errors_(errors) {}

void FormView::Section(std::string heading, std::string intro, bool restricted) {
  sections_.push_back({{"heading", std::move(heading)},
                       {"intro", std::move(intro)},
                       {"restricted", restricted},
                       {"fields", json::array()}});
}

json& FormView::Field(const std::string& key, std::string label, std::string hint,
                      std::string_view kind, std::string anchor) {
  if (sections_.empty()) Section({});
  const std::string error = errors_.MessageFor(key);
  std::string described_by;
  if (!hint.empty()) described_by = key + "-hint";
  if (!error.empty()) described_by += (described_by.empty() ? "" : " ") + key + "-error";
  json field{{"key", key},
             {"label", std::move(label)},
             {"hint", std::move(hint)},
             {"error", error},
             {"described_by", described_by},
             {"value", values_.Get(key).value_or("")},
             {"day", values_.Get(key + "-day").value_or("")},
             {"month", values_.Get(key + "-month").value_or("")},
             {"year", values_.Get(key + "-year").value_or("")},
             {"rows", 5},
             {"width_class", ""},
             {"inline", false},
             {"options", json::array()}};
  for (auto name : kKinds) field[std::string{name}] = name == kind;
  anchors_[key] = std::move(anchor);
  auto& fields = sections_.back()["fields"];
  fields.push_back(std::move(field));
  return fields.back();
}

json FormView::ChoiceList(const std::string& key, const std::vector<Choice>& choices,
                          const std::vector<std::string>& chosen) const {
  json list = json::array();
  for (const auto& choice : choices) {
    // The first choice's id is the field's, so the error summary's link lands on it.
    const std::string id = list.empty() ? key : key + "-" + std::to_string(list.size() + 1);
    list.push_back(
        {{"id", id},
         {"value", choice.value},
         {"label", choice.label},
         {"hint", choice.hint},
         {"checked", std::find(chosen.begin(), chosen.end(), choice.value) != chosen.end()}});
  }
  return list;
}

void FormView::Text(const std::string& key, std::string label, std::string hint,
                    std::string width) {
  Field(key, std::move(label), std::move(hint), "is_text", key)["width_class"] = std::move(width);
}

void FormView::Textarea(const std::string& key, std::string label, std::string hint, int rows) {
  Field(key, std::move(label), std::move(hint), "is_textarea", key)["rows"] = rows;
}

void FormView::Date(const std::string& key, std::string legend, std::string hint) {
  if (hint.empty()) hint = "For example, 27 3 2025";
  Field(key, std::move(legend), std::move(hint), "is_date", key + "-day");
}

void FormView::Radios(const std::string& key, std::string legend,
                      const std::vector<Choice>& choices, std::string hint, bool inline_choices) {
  auto& field = Field(key, std::move(legend), std::move(hint), "is_radios", key);
  field["options"] = ChoiceList(key, choices, values_.GetAll(key));
  field["inline"] = inline_choices;
}

void FormView::Checkboxes(const std::string& key, std::string legend,
                          const std::vector<Choice>& choices, std::string hint) {
  auto& field = Field(key, std::move(legend), std::move(hint), "is_checkboxes", key);
  field["options"] = ChoiceList(key, choices, values_.GetAll(key));
}

void FormView::Select(const std::string& key, std::string label, const std::vector<Choice>& choices,
                      std::string hint) {
  auto& field = Field(key, std::move(label), std::move(hint), "is_select", key);
  field["options"] = ChoiceList(key, choices, values_.GetAll(key));
}

void FormView::AddErrors(json& page) const {
  if (errors_.empty()) return;
  json list = json::array();
  for (const auto& entry : errors_.entries()) {
    const auto anchor = anchors_.find(entry.key);
    list.push_back(
        {{"href", anchor == anchors_.end() ? "" : "#" + anchor->second}, {"text", entry.message}});
  }
  page["has_errors"] = true;
  page["errors"] = std::move(list);
}

std::vector<Choice> YesNoChoices() { return {{"yes", "Yes", ""}, {"no", "No", ""}}; }

}  // namespace assure::http::handlers
