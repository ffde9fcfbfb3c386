// ActionFormView: the context of web/templates/action_form.mustache, the GOV.UK question page of
// the action plan forms (a new action, editing one, a progress update, a review entry). It is
// FormView (case_form_view.h) with two more kinds of field: a select whose choices are grouped
// (<optgroup>: the recommendations under their case's reference) and a file upload. Every field
// object carries every key the template reads (is_file, has_groups, groups), so a Mustache lookup
// never falls through to an outer context. A value type used by one handler call; not shared.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "http/handlers/case_form_view.h"

namespace assure::http::handlers {

struct ChoiceGroup {
  std::string label;
  std::vector<Choice> choices;
};

class ActionFormView {
 public:
  // Both are borrowed for the view's life.
  ActionFormView(const FormData& values, const FormErrors& errors);

  FormView& form() { return form_; }
  // A select with `leading` choices (usually the blank "Choose ..." one) and then `groups`.
  void GroupedSelect(const std::string& key, std::string label, const std::vector<Choice>& leading,
                     const std::vector<ChoiceGroup>& groups, std::string hint = {});
  void File(const std::string& key, std::string label, std::string hint = {});

  nlohmann::json Sections() const;
  void AddErrors(nlohmann::json& page) const { form_.AddErrors(page); }

 private:
  const FormData& values_;
  FormView form_;
  std::map<std::string, nlohmann::json> groups_;  // field key -> its groups
  std::set<std::string> files_;
};

}  // namespace assure::http::handlers
