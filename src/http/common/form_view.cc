#include "http/common/form_view.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "domain/reviews/figures/review_activity.h"
#include "domain/text_rules.h"
#include "http/common/numbers.h"

namespace assure::http {

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
  const std::string described_by = DescribedBy(key, !hint.empty(), !error.empty());
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
             {"options", json::array()},
             {"has_groups", false},
             {"groups", json::array()}};
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

void AddFormErrors(json& page, const FormErrors& errors,
                   const std::map<std::string, std::string>& anchors) {
  if (errors.empty()) return;
  json list = json::array();
  for (const auto& entry : errors.entries()) {
    const auto anchor = anchors.find(entry.key);
    list.push_back(
        {{"href", anchor == anchors.end() ? "" : "#" + anchor->second}, {"text", entry.message}});
    if (anchor != anchors.end()) page[entry.key + "_error"] = entry.message;
  }
  page["has_errors"] = true;
  page["errors"] = std::move(list);
}

std::string DescribedBy(std::string_view key, bool has_hint, bool has_error) {
  const std::string base{key};
  std::string ids;
  if (has_hint) ids = base + "-hint";
  if (has_error) ids += (ids.empty() ? "" : " ") + base + "-error";
  return ids;
}

namespace {

std::string Trimmed(const FormData& form, const std::string& key) {
  return domain::TrimName(form.Get(key).value_or(""));
}

// The day the boxes name: digits only (at most 4 in each box), a real day of a year
// domain::ParseCivilDate takes; nullopt for anything else.
std::optional<domain::CivilDate> CivilDateOf(std::string_view day_text, std::string_view month_text,
                                             std::string_view year_text) {
  const auto day = ParseWhole(day_text, 4);
  const auto month = ParseWhole(month_text, 4);
  const auto year = ParseWhole(year_text, 4);
  if (!day || !month || !year) return std::nullopt;
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", *year, *month, *day);
  return domain::ParseCivilDate(text);
}

std::string Capitalised(std::string_view text) {
  std::string out{text};
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

}  // namespace

std::optional<domain::CivilDate> ParseDate(const FormData& form, std::string_view key,
                                           std::string_view what, bool required,
                                           FormErrors& errors) {
  const std::string base{key};
  const auto day_text = Trimmed(form, base + "-day");
  const auto month_text = Trimmed(form, base + "-month");
  const auto year_text = Trimmed(form, base + "-year");
  if (day_text.empty() && month_text.empty() && year_text.empty()) {
    if (required) errors.Add(base, "Enter " + std::string{what});
    return std::nullopt;
  }
  const std::string subject = Capitalised(what);
  for (const auto& [text, part] : {std::pair{&day_text, "day"}, std::pair{&month_text, "month"},
                                   std::pair{&year_text, "year"}}) {
    if (text->empty()) {
      errors.Add(base, subject + " must include a " + part);
      return std::nullopt;
    }
  }
  auto date = year_text.size() == 4 ? CivilDateOf(day_text, month_text, year_text) : std::nullopt;
  if (!date) errors.Add(base, subject + " must be a real date");
  return date;
}

void AppendDate(std::vector<std::pair<std::string, std::string>>& pairs, std::string_view key,
                std::optional<domain::CivilDate> date) {
  if (!date) return;
  const std::string base{key};
  pairs.emplace_back(base + "-day", std::to_string(static_cast<unsigned>(date->day())));
  pairs.emplace_back(base + "-month", std::to_string(static_cast<unsigned>(date->month())));
  pairs.emplace_back(base + "-year", std::to_string(static_cast<int>(date->year())));
}

std::optional<DateFields> DateFieldsAsked(const Request& request, std::string_view name) {
  const std::string base{name};
  auto day = request.QueryParam(base + "-day");
  auto month = request.QueryParam(base + "-month");
  auto year = request.QueryParam(base + "-year");
  if (!day && !month && !year) return std::nullopt;
  return DateFields{day.value_or(""), month.value_or(""), year.value_or("")};
}

DateFields DateFieldsOf(domain::CivilDate date) {
  return {std::to_string(static_cast<unsigned>(date.day())),
          std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

json DateInputControl(std::string_view key, std::string_view label, std::string_view hint,
                      std::string_view error, const DateFields& fields) {
  return {{"key", key},
          {"label", label},
          {"hint", hint},
          {"error", error},
          {"described_by", DescribedBy(key, !hint.empty(), !error.empty())},
          {"day", fields.day},
          {"month", fields.month},
          {"year", fields.year}};
}

std::optional<domain::CivilDate> DateOf(const DateFields& fields) {
  return CivilDateOf(fields.day, fields.month, fields.year);
}

core::Result<domain::DatePeriod> PeriodAsked(const Request& request) {
  return domain::ParsePeriod(request.QueryParam("from").value_or(""),
                             request.QueryParam("to").value_or(""));
}

}  // namespace assure::http
