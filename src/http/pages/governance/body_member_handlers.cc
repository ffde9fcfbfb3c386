// A body's members (case_form.mustache through FormView): GET /governance/bodies/{id}/members/new
// and POST /governance/bodies/{id}/members (a person or a named post, their agency, role, the
// date they join and, optionally, their account among the partnership's people), and GET/POST
// /governance/bodies/{id}/members/{member}/edit (the same, and the last day of the membership,
// which ends it). A refused form shows again as sent with each problem by its field (422).
#include <optional>
#include <string>
#include <utility>
#include <vector>

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

std::string MemberHref(domain::BodyId body, domain::BodyMemberId member) {
  return BodyPageHref(body) + "/members/" + std::to_string(member) + "/edit";
}

FormData ValuesOf(const domain::BodyMember& member) {
  const auto id_text = [](const std::optional<std::int64_t>& id) {
    return id ? std::to_string(*id) : std::string{};
  };
  std::vector<std::pair<std::string, std::string>> pairs{
      {"person", member.person},
      {"post", member.post},
      {"agency_id", id_text(member.agency_id)},
      {"role", std::string{domain::MemberRoleName(member.role)}},
      {"user_id", id_text(member.user_id)}};
  AppendDate(pairs, "from_on", member.from_on);
  AppendDate(pairs, "to_on", member.to_on);
  return FormData(std::move(pairs));
}

// `member`: the member being changed, or none for a new one.
core::Result<Response> MemberForm(const BodyPages& pages, const Request& request,
                                  const domain::Body& body, const domain::BodyMember* member,
                                  const FormData& values, const FormErrors& errors, int status) {
  ASSURE_ASSIGN_OR_RETURN(const auto choices, pages.choices.Choices(RequesterOf(request)));
  std::vector<Choice> agencies{{"", "No agency", ""}};
  for (const auto& [agency, name] : choices.agencies) {
    agencies.push_back({std::to_string(agency), name, ""});
  }
  std::vector<Choice> roles;
  for (const auto role : domain::AllMemberRoles()) {
    roles.push_back({std::string{domain::MemberRoleName(role)},
                     std::string{domain::MemberRoleLabel(role)}, ""});
  }
  std::vector<Choice> people{{"", "No account", ""}};
  for (const auto& [user, name] : choices.people) {
    people.push_back({std::to_string(user), name, ""});
  }
  FormView form(values, errors);
  form.Section("");
  form.Text("person", "Name", "Leave it blank for a named post that anyone holding it fills.");
  form.Text("post", "Post", "For example, Director of Children's Services");
  form.Select("agency_id", "Agency", agencies);
  form.Select("role", "Role", roles,
              "Members and standing deputies count towards the quorum; advisers do not.");
  form.Date("from_on", "Member from", "For example, 1 4 2026");
  if (member) {
    form.Date("to_on", "Last day as a member",
              "Enter a date to end the membership. For example, 31 3 2027");
  }
  form.Select("user_id", "Account", people,
              "Their account in Assure, if they have one: it lets them read the body's papers.");
  const std::string back = BodyPageHref(body.id);
  json page{{"title", member ? "Change a member" : "Add a member"},
            {"caption", body.content.name},
            {"back_href", back},
            {"action_href", member ? MemberHref(body.id, member->id) : back + "/members"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", member ? "Save the member" : "Add the member"},
            {"cancel_href", back},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(pages.context.renderer, request, "case_form", std::move(page), status);
}

// The member the form sends; each problem it can see by itself goes to `errors`.
domain::BodyMember MemberOf(const FormData& form, bool with_end, FormErrors& errors) {
  domain::BodyMember member;
  member.person = form.Get("person").value_or("");
  member.post = form.Get("post").value_or("");
  member.agency_id = OptionalId(form, "agency_id", "Choose the member's agency.", errors);
  const auto role = domain::ParseMemberRole(form.Get("role").value_or(""));
  if (!role) errors.Add("role", "Choose the member's role.");
  member.role = role.value_or(domain::MemberRole::kMember);
  const auto from_on = ParseDate(form, "from_on", "the date their membership starts", true, errors);
  if (from_on) member.from_on = *from_on;
  if (with_end)
    member.to_on = ParseDate(form, "to_on", "their last day as a member", false, errors);
  member.user_id = OptionalId(form, "user_id", "Choose their account from the list.", errors);
  return member;
}

core::Result<Response> NewMember(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          pages.bodies.Get(RequesterOf(request), BodyIdOf(request)));
  std::vector<std::pair<std::string, std::string>> pairs{
      {"role", std::string{domain::MemberRoleName(domain::MemberRole::kMember)}}};
  AppendDate(pairs, "from_on", pages.Today());
  return MemberForm(pages, request, view.body, nullptr, FormData(std::move(pairs)), FormErrors{},
                    200);
}

core::Result<Response> PostNewMember(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view, pages.bodies.Get(requester, BodyIdOf(request)));
  FormErrors errors;
  auto member = MemberOf(form, false, errors);
  if (errors.empty()) {
    member.body_id = view.body.id;
    auto added = pages.bodies.AddMember(requester, view.body.id, std::move(member));
    if (added.ok()) return Response::Redirect(BodyPageHref(view.body.id) + "?done=member");
    if (added.error().code != core::ErrorCode::kInvalidInput) return added.error();
    errors.Add(added.error());
  }
  return MemberForm(pages, request, view.body, nullptr, form, errors, 422);
}

// The body of the request and its member {member}; kNotFound for a member of no such body.
core::Result<std::pair<domain::BodyView, domain::BodyMember>> MemberOfRequest(
    const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(auto view, pages.bodies.Get(RequesterOf(request), BodyIdOf(request)));
  const auto id = IdParam(request, "member").value_or(0);
  for (const auto& member : view.body.members) {
    if (member.id == id) return std::pair{std::move(view), member};
  }
  return core::Error::NotFound("There is no such member of this body.");
}

core::Result<Response> EditMember(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto found, MemberOfRequest(pages, request));
  const auto& [view, member] = found;
  return MemberForm(pages, request, view.body, &member, ValuesOf(member), FormErrors{}, 200);
}

core::Result<Response> PostEditMember(const BodyPages& pages, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  ASSURE_ASSIGN_OR_RETURN(const auto found, MemberOfRequest(pages, request));
  const auto& [view, stored] = found;
  FormErrors errors;
  auto member = MemberOf(form, true, errors);
  if (errors.empty()) {
    member.id = stored.id;
    member.body_id = view.body.id;
    auto updated = pages.bodies.UpdateMember(RequesterOf(request), view.body.id, std::move(member));
    if (updated.ok()) return Response::Redirect(BodyPageHref(view.body.id) + "?done=member");
    if (updated.error().code != core::ErrorCode::kInvalidInput) return updated.error();
    errors.Add(updated.error());
  }
  return MemberForm(pages, request, view.body, &stored, form, errors, 422);
}

}  // namespace

void AddBodyMemberRoutes(Router& router, const BodyPages& pages) {
  const auto update = RoutePolicy::Authorised(Resource::kGovernance, Action::kUpdate);
  router.Add(Method::kGet, "/governance/bodies/{id}/members/new", update,
             BodyPageHandler(pages, NewMember));
  router.Add(Method::kPost, "/governance/bodies/{id}/members", update,
             BodyPageHandler(pages, PostNewMember));
  router.Add(Method::kGet, "/governance/bodies/{id}/members/{member}/edit", update,
             BodyPageHandler(pages, EditMember));
  router.Add(Method::kPost, "/governance/bodies/{id}/members/{member}/edit", update,
             BodyPageHandler(pages, PostEditMember));
}

}  // namespace assure::http::pages
