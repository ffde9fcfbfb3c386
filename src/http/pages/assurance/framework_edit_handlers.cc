// Editing a standards framework on a page: GET/POST /assurance/frameworks/{id}/edit. The form
// holds the framework's name, description, scale and whether evidence is required, then each
// standard (code, heading, statement, what good looks like, and a box to remove it) and one blank
// standard to add. Saving makes the next version of the framework (FrameworkService::Revise): a
// version that is not the latest is 409, and a refused form shows each problem by its field.
#include <string>
#include <utility>
#include <vector>

#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string Key(std::string_view field, std::size_t index) {
  return std::string{field} + "_" + std::to_string(index);
}

core::Result<Response> EditForm(const AssuranceServices& services, const Request& request,
                                const domain::StandardsFramework& framework, const FormData& values,
                                const FormErrors& errors, std::size_t rows, int status) {
  FormView form(values, errors);
  form.Section("");
  form.Text("name", "Name");
  form.Textarea("description", "Description", "", 3);
  std::vector<Choice> scales;
  for (const auto scale : {domain::RatingScale::kFourPoint, domain::RatingScale::kRedAmberGreen}) {
    scales.push_back({std::string{domain::RatingScaleName(scale)},
                      std::string{domain::RatingScaleLabel(scale)}, ""});
  }
  form.Radios("scale", "Rating scale", scales, "", true);
  form.Checkboxes("evidence_required", "Evidence",
                  {{"yes", "Every standard needs evidence before a return is submitted", ""}});
  for (std::size_t i = 0; i < rows; ++i) {
    const bool blank = i + 1 == rows;
    form.Section(blank ? "Add a standard" : "Standard " + std::to_string(i + 1),
                 blank ? "Leave it empty to add none." : "");
    form.Text(Key("code", i), "Code", "Kept across versions, such as 2a", "govuk-input--width-5");
    form.Text(Key("heading", i), "Heading");
    form.Textarea(Key("statement", i), "Statement", "", 3);
    form.Textarea(Key("good", i), "What good looks like", "", 3);
    if (!blank) form.Checkboxes(Key("remove", i), "Remove", {{"yes", "Remove this standard", ""}});
  }
  const std::string href = "/assurance/frameworks/" + std::to_string(framework.id);
  json page{
      {"title", "Change the framework"},
      {"caption", framework.content.name + ", version " + std::to_string(framework.version_number)},
      {"intro", "Saving makes version " + std::to_string(framework.version_number + 1) +
                    ". Rounds already opened keep the version they were opened with."},
      {"back_href", href},
      {"action_href", href + "/edit"},
      {"csrf_token", request.session->session.csrf_token},
      {"submit", "Save as the next version"},
      {"cancel_href", href},
      {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

FormData ValuesOf(const domain::StandardsFramework& framework) {
  std::vector<std::pair<std::string, std::string>> pairs{
      {"name", framework.content.name},
      {"description", framework.content.description},
      {"scale", std::string{domain::RatingScaleName(framework.content.scale)}}};
  if (framework.content.evidence_required) pairs.emplace_back("evidence_required", "yes");
  for (std::size_t i = 0; i < framework.standards.size(); ++i) {
    const auto& text = framework.standards[i].text;
    pairs.emplace_back(Key("code", i), text.code);
    pairs.emplace_back(Key("heading", i), text.heading);
    pairs.emplace_back(Key("statement", i), text.statement);
    pairs.emplace_back(Key("good", i), text.good_looks_like);
  }
  return FormData(std::move(pairs));
}

core::Result<Response> EditFramework(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(
      const auto framework,
      services.frameworks.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
  return EditForm(services, request, framework, ValuesOf(framework), FormErrors{},
                  framework.standards.size() + 1, 200);
}

// A refused standard's field "standards[3].heading" is the form's "heading_3".
std::string StandardKey(std::string_view field) {
  if (!field.starts_with("standards[")) return FieldKey(field);
  const auto close = field.find(']');
  const auto dot = field.find('.', close);
  if (close == std::string_view::npos || dot == std::string_view::npos) return "";
  std::string name{field.substr(dot + 1)};
  if (name == "good_looks_like") name = "good";
  return name + "_" + std::string{field.substr(10, close - 10)};
}

core::Result<Response> PostEditFramework(const AssuranceServices& services,
                                         const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto framework,
                          services.frameworks.Get(requester, IdParam(request, "id").value_or(0)));
  const std::size_t rows = framework.standards.size() + 1;
  domain::FrameworkDraft draft;
  draft.name = form.Get("name").value_or("");
  draft.description = WithLineFeeds(form.Get("description").value_or(""));
  FormErrors errors;
  const auto scale = domain::ParseRatingScale(form.Get("scale").value_or(""));
  if (!scale) errors.Add("scale", "Choose the rating scale.");
  draft.scale = scale.value_or(domain::RatingScale::kFourPoint);
  draft.evidence_required = form.Get("evidence_required").value_or("") == "yes";
  // Kept rows, by their place in the draft, for the service's "standards[<n>]" errors.
  std::vector<std::size_t> rows_of;
  for (std::size_t i = 0; i < rows; ++i) {
    if (form.Get(Key("remove", i)).value_or("") == "yes") continue;
    domain::StandardDraft text{form.Get(Key("code", i)).value_or(""),
                               form.Get(Key("heading", i)).value_or(""),
                               WithLineFeeds(form.Get(Key("statement", i)).value_or("")),
                               WithLineFeeds(form.Get(Key("good", i)).value_or(""))};
    const bool empty = text.code.empty() && text.heading.empty() && text.statement.empty() &&
                       text.good_looks_like.empty();
    if (empty && i + 1 == rows) continue;  // the blank row left blank
    draft.standards.push_back(std::move(text));
    rows_of.push_back(i);
  }
  if (errors.empty()) {
    auto revised = services.frameworks.Revise(requester, framework.id, std::move(draft));
    if (revised.ok()) {
      return Response::Redirect("/assurance/frameworks/" + std::to_string(revised->id));
    }
    if (revised.error().code != core::ErrorCode::kInvalidInput) return revised.error();
    std::string key = StandardKey(revised.error().field);
    // Map the draft's index back to the form's row.
    const auto underscore = key.rfind('_');
    if (underscore != std::string::npos && revised.error().field.starts_with("standards[")) {
      const auto index = ParseWhole(key.substr(underscore + 1));
      if (index && static_cast<std::size_t>(*index) < rows_of.size()) {
        key = key.substr(0, underscore + 1) +
              std::to_string(rows_of[static_cast<std::size_t>(*index)]);
      }
    }
    errors.Add(key, revised.error().message);
  }
  return EditForm(services, request, framework, form, errors, rows, 422);
}

}  // namespace

void AddFrameworkEditRoutes(Router& router, const AssuranceServices& services) {
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/assurance/frameworks/{id}/edit", update,
             AssurancePageHandler(services, EditFramework));
  router.Add(Method::kPost, "/assurance/frameworks/{id}/edit", update,
             AssurancePageHandler(services, PostEditFramework));
}

}  // namespace assure::http::pages
