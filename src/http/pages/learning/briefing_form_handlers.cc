// The business unit's briefing forms: /briefings/new (?kind= chooses the kind; the body starts
// from its template) and /briefings/{id}/edit (a draft or a briefing in review). "Preview" shows
// the body rendered above the form and saves nothing; "Save" saves (every save keeps a version).
// A refused form shows each problem by its field and writes nothing; a stale edit keeps what was
// typed and says to reload.
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/learning/briefing_support.h"
#include "reports/markdown_html.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string{text.substr(first, text.find_last_not_of(" \t") - first + 1)};
}

// "NS-2025-12, NS-2024-03" -> each reference.
std::vector<std::string> References(std::string_view text) {
  std::vector<std::string> references;
  std::stringstream list{std::string{text}};
  for (std::string part; std::getline(list, part, ',');) {
    if (auto reference = Trimmed(part); !reference.empty()) references.push_back(reference);
  }
  return references;
}

std::string Joined(const std::vector<std::string>& parts) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : ", ") + part;
  return text;
}

// What the form shows for `briefing` (an edit's first view).
FormData ValuesOf(const domain::Briefing& briefing, const std::vector<std::string>& references) {
  std::vector<std::pair<std::string, std::string>> pairs{
      {"kind", std::string{domain::BriefingKindName(briefing.content.kind)}},
      {"title", briefing.content.title},
      {"body_markdown", briefing.content.body_markdown},
      {"case_references", Joined(references)},
      {"version", std::to_string(briefing.version)}};
  for (const auto audience : briefing.content.audiences) {
    pairs.emplace_back("audiences", domain::AudienceName(audience));
  }
  for (const auto& theme : briefing.content.themes) pairs.emplace_back("themes", theme);
  return FormData(std::move(pairs));
}

// The form's page; `id` unset for a new briefing.
core::Result<Response> BriefingForm(const BriefingServices& services, const Request& request,
                                    const FormData& values, const FormErrors& errors, int status,
                                    std::optional<domain::BriefingId> id, bool preview) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto themes, services.cases.Themes(requester));
  const auto kind = domain::ParseBriefingKind(
                        values.Get("kind").value_or(request.QueryParam("kind").value_or("")))
                        .value_or(domain::BriefingKind::kSevenMinute);
  std::vector<Choice> audiences;
  for (const auto audience : domain::AllAudiences()) {
    audiences.push_back({std::string{domain::AudienceName(audience)},
                         std::string{domain::AudienceLabel(audience)}, ""});
  }
  std::vector<Choice> theme_choices;
  for (const auto& theme : themes) theme_choices.push_back({theme, theme, ""});
  FormView form(values, errors);
  form.Section("");
  form.Text("title", "Title");
  form.Checkboxes("audiences", "Who it is for", audiences);
  if (!theme_choices.empty()) form.Checkboxes("themes", "Themes", theme_choices);
  form.Text("case_references", "Cases it draws on",
            "Their references, separated by commas. The publication check looks for every "
            "identifying detail of these cases.",
            "govuk-input--width-30");
  form.Textarea("body_markdown", "The briefing",
                kind == domain::BriefingKind::kSevenMinute
                    ? "Markdown. Seven sections, each a heading numbered 1 to 7 (\"## 1. "
                      "Background\")."
                    : "Markdown. Three sections: the summary, the key learning for professionals "
                      "and what the community can do, each a \"## \" heading.",
                25);
  // The kind travels in the address: the form has no field for it.
  const std::string href = (id ? BriefingHref(*id) + "/edit" : std::string{"/briefings/new"}) +
                           "?kind=" + std::string{domain::BriefingKindName(kind)};
  json page{
      {"title", id ? "Change the briefing" : "New " + std::string{domain::BriefingKindLabel(kind)}},
      {"caption", domain::BriefingKindLabel(kind)},
      {"back_href", id ? BriefingHref(*id) : "/briefings"},
      {"action_href", href},
      {"csrf_token", request.session->session.csrf_token},
      {"version", values.Get("version").value_or("")},
      {"submit", "Save"},
      {"secondary", "Preview"},
      {"cancel_href", id ? BriefingHref(*id) : "/briefings"},
      {"sections", form.Sections()}};
  if (preview) {
    page["preview_title"] = "Preview";
    page["markdown_html"] = reports::MarkdownHtml(values.Get("body_markdown").value_or(""), 3);
  }
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

// The content the form sent, with its cases found by reference.
core::Result<domain::BriefingContent> ContentOf(const BriefingServices& services,
                                                const Request& request, const FormData& form) {
  domain::BriefingContent content;
  const auto kind = domain::ParseBriefingKind(request.QueryParam("kind").value_or(""));
  if (!kind) return core::Error::InvalidInput("kind", "Choose the kind of briefing.");
  content.kind = *kind;
  content.title = form.Get("title").value_or("");
  content.body_markdown = WithLineFeeds(form.Get("body_markdown").value_or(""));
  for (const auto& name : form.GetAll("audiences")) {
    auto audience = domain::ParseAudience(name);
    if (!audience) return core::Error::InvalidInput("audiences", "Choose from the list.");
    content.audiences.push_back(*audience);
  }
  content.themes = form.GetAll("themes");
  ASSURE_ASSIGN_OR_RETURN(
      content.case_ids,
      services.briefings.CasesByReference(RequesterOf(request),
                                          References(form.Get("case_references").value_or(""))));
  return content;
}

// Saves the sent form (or previews it); a refusal shows the form again.
core::Result<Response> SaveForm(const BriefingServices& services, const Request& request,
                                std::optional<domain::BriefingId> id, FormData form) {
  const auto show = [&](const core::Error& error) -> core::Result<Response> {
    if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
      return error;
    }
    FormErrors errors;
    errors.Add(error.code == core::ErrorCode::kConflict ? "" : FieldKey(error.field),
               error.message);
    return BriefingForm(services, request, form, errors, HttpStatusFor(error.code), id, false);
  };
  if (form.Get("secondary")) {
    return BriefingForm(services, request, form, FormErrors{}, 200, id, true);
  }
  auto content = ContentOf(services, request, form);
  if (!content.ok()) return show(content.error());
  const auto requester = RequesterOf(request);
  if (!id) {
    auto created = services.briefings.Create(requester, std::move(*content));
    if (!created.ok()) return show(created.error());
    return Response::Redirect(BriefingHref(created->id) + "?done=created");
  }
  auto saved =
      services.briefings.Save(requester, *id, std::move(*content), FormVersion(form).value_or(0));
  if (!saved.ok()) return show(saved.error());
  return Response::Redirect(BriefingHref(*id) + "?done=saved");
}

core::Result<Response> NewForm(const BriefingServices& services, const Request& request) {
  const auto kind = domain::ParseBriefingKind(request.QueryParam("kind").value_or(""))
                        .value_or(domain::BriefingKind::kSevenMinute);
  FormData values({{"kind", std::string{domain::BriefingKindName(kind)}},
                   {"body_markdown", domain::BodyTemplate(kind)}});
  return BriefingForm(services, request, values, FormErrors{}, 200, std::nullopt, false);
}

core::Result<Response> PostNew(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(auto form, request.Form());
  return SaveForm(services, request, std::nullopt, std::move(form));
}

core::Result<Response> EditForm(const BriefingServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.briefings.Get(requester, id));
  if (!view.may_edit) {
    return core::Error::Conflict("Only a draft or a briefing in review is changed.");
  }
  ASSURE_ASSIGN_OR_RETURN(const auto references, services.briefings.ReferencesOf(
                                                     requester, view.briefing.content.case_ids));
  return BriefingForm(services, request, ValuesOf(view.briefing, references), FormErrors{}, 200, id,
                      false);
}

core::Result<Response> PostEdit(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(auto form, request.Form());
  return SaveForm(services, request, IdParam(request, "id").value_or(0), std::move(form));
}

}  // namespace

void AddBriefingFormRoutes(Router& router, const BriefingServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kBriefing, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kBriefing, Action::kUpdate);
  router.Add(Method::kGet, "/briefings/new", create, BriefingPageHandler(services, NewForm));
  router.Add(Method::kPost, "/briefings/new", create, BriefingPageHandler(services, PostNew));
  router.Add(Method::kGet, "/briefings/{id}/edit", update, BriefingPageHandler(services, EditForm));
  router.Add(Method::kPost, "/briefings/{id}/edit", update,
             BriefingPageHandler(services, PostEdit));
}

}  // namespace assure::http::pages
