// A body's form (case_form.mustache through FormView): GET /governance/bodies/new and POST
// /governance/bodies (name, kind, parent, quorum rule), GET/POST /governance/bodies/{id}/edit
// (the same with the chair and vice-chair among its current members, and the version the form
// was opened on). A refused form shows again as sent with each problem by its field (422); a
// stale version shows it again with the message (409) and changes nothing.
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/governance_access.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/governance/body_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::vector<Choice> KindChoices() {
  std::vector<Choice> kinds{{"", "Choose the kind of body", ""}};
  for (const auto kind : domain::AllBodyKinds()) {
    kinds.push_back(
        {std::string{domain::BodyKindName(kind)}, std::string{domain::BodyKindLabel(kind)}, ""});
  }
  return kinds;
}

// Every body but `editing` and those under it (a body may not sit under itself).
std::vector<Choice> ParentChoices(const std::vector<domain::Body>& bodies,
                                  std::optional<domain::BodyId> editing) {
  std::set<domain::BodyId> below;
  if (editing) {
    below.insert(*editing);
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& body : bodies) {
        const auto& parent = body.content.parent_id;
        if (parent && below.contains(*parent) && below.insert(body.id).second) grew = true;
      }
    }
  }
  std::vector<Choice> parents{{"", "None: it reports to no other body", ""}};
  for (const auto& body : bodies) {
    if (below.contains(body.id)) continue;
    parents.push_back({std::to_string(body.id), body.content.name,
                       std::string{domain::BodyKindLabel(body.content.kind)}});
  }
  return parents;
}

FormData ValuesOf(const domain::Body& body) {
  const auto& content = body.content;
  const auto id_text = [](const std::optional<std::int64_t>& id) {
    return id ? std::to_string(*id) : std::string{};
  };
  std::vector<std::pair<std::string, std::string>> pairs{
      {"name", content.name},
      {"kind", std::string{domain::BodyKindName(content.kind)}},
      {"parent_id", id_text(content.parent_id)},
      {"chair_id", id_text(content.chair_id)},
      {"vice_chair_id", id_text(content.vice_chair_id)},
      {"quorum_minimum", std::to_string(content.quorum.minimum)},
      {"version", std::to_string(body.version)}};
  if (content.quorum.statutory_partners) pairs.emplace_back("statutory_partners", "yes");
  return FormData(std::move(pairs));
}

// `body`: the body being changed, or none for a new one.
core::Result<Response> BodyForm(const BodyPages& pages, const Request& request,
                                const domain::Body* body, const FormData& values,
                                const FormErrors& errors, int status) {
  ASSURE_ASSIGN_OR_RETURN(const auto bodies, pages.bodies.List(RequesterOf(request)));
  FormView form(values, errors);
  form.Section("");
  form.Text("name", "Name", "For example, Learning and improvement subgroup");
  form.Select("kind", "Kind of body", KindChoices());
  form.Select("parent_id", "Reports to",
              ParentChoices(bodies, body ? std::optional{body->id} : std::nullopt),
              "The body it sits under in the structure.");
  if (body) {
    const auto members = CurrentMemberChoices(*body, pages.Today(), "Not named");
    form.Select("chair_id", "Chair", members, "One of its current members.");
    form.Select("vice_chair_id", "Vice-chair", members, "Another of its current members.");
  }
  form.Section("Quorum");
  form.Text("quorum_minimum", "Members needed for a quorum",
            "Members and standing deputies present count; advisers do not. From 1 to 100.",
            "govuk-input--width-3");
  form.Checkboxes("statutory_partners", "Statutory partners",
                  {{"yes", "Include one member from each statutory partner", ""}});
  const std::string back = body ? BodyPageHref(body->id) : "/governance";
  json page{{"title", body ? "Change the body" : "Add a body"},
            {"caption", body ? body->content.name : "Governance structure"},
            {"back_href", back},
            {"action_href", body ? BodyPageHref(body->id) + "/edit" : "/governance/bodies"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", body ? values.Get("version").value_or("") : ""},
            {"submit", body ? "Save the body" : "Add the body"},
            {"cancel_href", back},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(pages.context.renderer, request, "case_form", std::move(page), status);
}

// The content the form sends; each problem it can see by itself goes to `errors`.
domain::BodyContent ContentOf(const FormData& form, bool with_chairs, FormErrors& errors) {
  domain::BodyContent content;
  content.name = form.Get("name").value_or("");
  const auto kind = domain::ParseBodyKind(form.Get("kind").value_or(""));
  if (!kind) errors.Add("kind", "Choose the kind of body.");
  content.kind = kind.value_or(domain::BodyKind::kSubgroup);
  content.parent_id = OptionalId(form, "parent_id", "Choose the body it reports to.", errors);
  if (with_chairs) {
    content.chair_id = OptionalId(form, "chair_id", "Choose the chair from its members.", errors);
    content.vice_chair_id =
        OptionalId(form, "vice_chair_id", "Choose the vice-chair from its members.", errors);
  }
  const auto minimum = ParseBoundedNumber(form.Get("quorum_minimum").value_or(""), 3, 1, 100);
  if (!minimum) {
    errors.Add("quorum_minimum", "Enter the members needed for a quorum, from 1 to 100.");
  }
  content.quorum.minimum = static_cast<int>(minimum.value_or(1));
  content.quorum.statutory_partners = form.Get("statutory_partners").value_or("") == "yes";
  return content;
}

// A service's refusal shown on the form: a field's problem (422), or a stale version (409).
core::Result<Response> Refused(const BodyPages& pages, const Request& request,
                               const domain::Body* body, const FormData& form,
                               const core::Error& error) {
  const bool stale =
      error.code == core::ErrorCode::kConflict && (error.field.empty() || error.field == "version");
  const bool on_form = error.code == core::ErrorCode::kInvalidInput ||
                       (error.code == core::ErrorCode::kConflict && !stale);
  if (!on_form && !(stale && body)) return error;
  FormErrors errors;
  if (stale) {
    errors.Add("",
               "Someone else changed this body after you opened the form, so your change "
               "has not been saved. Open the body again to see their change, then make "
               "yours.");
  } else {
    errors.Add(error);
  }
  return BodyForm(pages, request, body, form, errors, stale ? 409 : 422);
}

core::Result<Response> NewBody(const BodyPages& pages, const Request& request) {
  const FormData defaults({{"quorum_minimum", std::to_string(domain::QuorumRule{}.minimum)}});
  return BodyForm(pages, request, nullptr, defaults, FormErrors{}, 200);
}

core::Result<Response> PostNewBody(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  auto content = ContentOf(form, false, errors);
  if (!errors.empty()) return BodyForm(pages, request, nullptr, form, errors, 422);
  auto created = pages.bodies.Create(RequesterOf(request), std::move(content));
  if (!created.ok()) return Refused(pages, request, nullptr, form, created.error());
  return Response::Redirect(BodyPageHref(created->id));
}

core::Result<Response> EditBody(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          pages.bodies.Get(RequesterOf(request), BodyIdOf(request)));
  return BodyForm(pages, request, &view.body, ValuesOf(view.body), FormErrors{}, 200);
}

core::Result<Response> PostEditBody(const BodyPages& pages, const Request& request) {
  const auto posted = PostedVersionedForm(request);
  if (!posted) return Response::Status(400);
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, pages.bodies.Get(requester, BodyIdOf(request)));
  FormErrors errors;
  auto content = ContentOf(posted->form, true, errors);
  if (!errors.empty()) return BodyForm(pages, request, &view.body, posted->form, errors, 422);
  auto updated = pages.bodies.Update(requester, view.body.id, posted->version, std::move(content));
  if (!updated.ok()) return Refused(pages, request, &view.body, posted->form, updated.error());
  return Response::Redirect(BodyPageHref(updated->id) + "?done=saved");
}

}  // namespace

void AddBodyFormRoutes(Router& router, const BodyPages& pages) {
  const auto create = RoutePolicy::Authorised(Resource::kGovernance, Action::kCreate);
  const auto update = RoutePolicy::Authorised(Resource::kGovernance, Action::kUpdate);
  router.Add(Method::kGet, "/governance/bodies/new", create, BodyPageHandler(pages, NewBody));
  router.Add(Method::kPost, "/governance/bodies", create, BodyPageHandler(pages, PostNewBody));
  router.Add(Method::kGet, "/governance/bodies/{id}/edit", update,
             BodyPageHandler(pages, EditBody));
  router.Add(Method::kPost, "/governance/bodies/{id}/edit", update,
             BodyPageHandler(pages, PostEditBody));
}

}  // namespace assure::http::pages
