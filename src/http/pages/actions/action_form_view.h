// ActionFormView: the fields of web/templates/action_form.mustache, the GOV.UK question page of
// the action plan forms (a new action, editing one, a progress update, a review entry), built by
// the form handlers of this folder; RenderActionForm renders the page around them. It is FormView
// (common/form_view.h) with two more kinds of field: a select whose choices are grouped
// (<optgroup>: the recommendations under their case's reference) and a file upload. Every field
// object carries every key the template reads (is_file, has_groups, groups), so a Mustache lookup
// never falls through to an outer context. A value type used by one handler call; not shared
// between threads. RenderActionForm is thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "http/common/form_view.h"
#include "http/request.h"
#include "http/response.h"
#include "http/views/renderer.h"

namespace assure::http::pages {

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

// What an action_form page shows around its fields.
struct ActionFormFrame {
  std::string title{};
  std::string caption{};      // above the title; may be empty
  std::string back_href{};    // the back link, and the cancel link
  std::string action_href{};  // where the form is sent
  std::string version{};      // the hidden "version" field; empty for none
  bool multipart = false;     // sent as multipart/form-data (it has a file field)
  nlohmann::json about{};     // null, or the summary rows above the form (ActionAbout)
  std::string submit{};       // the button's words
};

// The action_form page: `frame` around `view`'s sections and error summary, with the session's
// CSRF token, answered with `status`. `renderer` is borrowed for the call.
Response RenderActionForm(const views::Renderer& renderer, const Request& request,
                          const ActionFormFrame& frame, const ActionFormView& view, int status);

}  // namespace assure::http::pages
