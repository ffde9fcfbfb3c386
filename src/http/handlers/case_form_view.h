// FormView: the context of web/templates/case_form.mustache, the one GOV.UK question page that
// renders the referral form and every workflow step's form from a list of sections and fields
// (text, textarea, date, radios, checkboxes, select). Values come from the form as sent (or as
// prefilled from the records), errors from FormErrors, so a refused form shows what was typed
// with each message by its field and an error summary linking to the field's first box.
//
// Every field object carries every key the template reads, so a Mustache lookup never falls
// through to an outer context. A value type used by one handler call; not shared.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "http/handlers/case_forms.h"
#include "http/url_encoding.h"

namespace assure::http::handlers {

struct Choice {
  std::string value;
  std::string label;
  std::string hint;
};

class FormView {
 public:
  // Both are borrowed for the view's life.
  FormView(const FormData& values, const FormErrors& errors);

  // Starts a section: a heading (may be empty), an optional paragraph, and, when `restricted`,
  // the warning that identifying details are restricted and every view of them is recorded.
  void Section(std::string heading, std::string intro = {}, bool restricted = false);
  // `width`: a GOV.UK width class such as "govuk-input--width-20", or empty for full width.
  void Text(const std::string& key, std::string label, std::string hint = {},
            std::string width = {});
  void Textarea(const std::string& key, std::string label, std::string hint = {}, int rows = 5);
  void Date(const std::string& key, std::string legend, std::string hint = {});
  void Radios(const std::string& key, std::string legend, const std::vector<Choice>& choices,
              std::string hint = {}, bool inline_choices = false);
  void Checkboxes(const std::string& key, std::string legend, const std::vector<Choice>& choices,
                  std::string hint = {});
  // The first choice is usually the blank "Choose ..." one.
  void Select(const std::string& key, std::string label, const std::vector<Choice>& choices,
              std::string hint = {});

  // "sections" for the template.
  nlohmann::json Sections() const { return sections_; }
  // "has_errors" and "errors" (the summary: each {href, text}; href empty for an error of no
  // field on this form, e.g. a stale version or an earlier record missing).
  void AddErrors(nlohmann::json& page) const;

 private:
  nlohmann::json& Field(const std::string& key, std::string label, std::string hint,
                        std::string_view kind, std::string anchor);
  nlohmann::json ChoiceList(const std::string& key, const std::vector<Choice>& choices,
                            const std::vector<std::string>& chosen) const;

  const FormData& values_;
  const FormErrors& errors_;
  nlohmann::json sections_ = nlohmann::json::array();
  std::map<std::string, std::string> anchors_;  // field key -> id of its first box
};

// Checkbox and radio values in the form, for lists of labels.
std::vector<Choice> YesNoChoices();

}  // namespace assure::http::handlers
