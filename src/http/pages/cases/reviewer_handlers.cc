// The independent reviewers register: /reviewers (the list), /reviewers/new and
// /reviewers/{id}/edit (name, linked account, declared interests in agencies, note; the version
// in a hidden field, so a stale change answers 409 and changes nothing). The linked account is
// chosen from the partnership's members with the reviewer role, by those who may read people
// (user:read); for others it stays as it is.
#include <algorithm>

#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/list_page.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string EditHref(domain::ReviewerId id) { return "/reviewers/" + std::to_string(id) + "/edit"; }

// The members with the reviewer role, by user id; empty when the reader may not read people.
core::Result<std::map<domain::UserId, std::string>> ReviewerAccounts(
    const CaseServices& services, const domain::Requester& requester) {
  std::map<domain::UserId, std::string> accounts;
  if (!domain::MayEver(requester.principal, Resource::kUser, Action::kRead)) return accounts;
  ASSURE_ASSIGN_OR_RETURN(const auto members, services.members.List(requester));
  for (const auto& member : members) {
    const bool reviewer =
        std::any_of(member.memberships.begin(), member.memberships.end(),
                    [](const domain::Membership& m) { return m.role == domain::Role::kReviewer; });
    if (reviewer)
      accounts[member.user.id] = member.user.display_name + " (" + member.user.email + ")";
  }
  return accounts;
}

// The form as entered, kept as typed when it is refused.
struct ReviewerForm {
  std::string name;
  std::string user_id;
  std::vector<std::string> interests;
  std::string note;
  std::string version;
};

ReviewerForm FormFrom(const domain::Reviewer& reviewer) {
  ReviewerForm form{reviewer.name,
                    reviewer.user_id ? std::to_string(*reviewer.user_id) : "",
                    {},
                    reviewer.interests_note,
                    std::to_string(reviewer.version)};
  for (const auto agency : reviewer.interests) form.interests.push_back(std::to_string(agency));
  return form;
}

ReviewerForm FormFrom(const FormData& sent) {
  return {sent.Get("name").value_or(""), sent.Get("user_id").value_or(""), sent.GetAll("interests"),
          sent.Get("interests_note").value_or(""), sent.Get("version").value_or("")};
}

// The reviewer the form describes; problems go into `errors`.
domain::Reviewer Parse(const ReviewerForm& form, FormErrors& errors) {
  domain::Reviewer reviewer;
  reviewer.name = form.name;
  reviewer.interests_note = form.note;
  if (!form.user_id.empty()) {
    if (auto id = ParsePositive(form.user_id)) {
      reviewer.user_id = *id;
    } else {
      errors.Add("user_id", "Choose an account from the list");
    }
  }
  for (const auto& value : form.interests) {
    if (auto id = ParsePositive(value)) {
      reviewer.interests.push_back(*id);
    } else {
      errors.Add("interests", "Choose agencies from the list");
    }
  }
  return reviewer;
}

core::Result<Response> FormPage(const CaseServices& services, const Request& request,
                                const ReviewerForm& form, std::optional<domain::ReviewerId> id,
                                const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgencyNames(services.agencies, requester));
  ASSURE_ASSIGN_OR_RETURN(const auto accounts, ReviewerAccounts(services, requester));
  json interests = json::array();
  for (const auto& [agency, name] : agencies) {
    const auto value = std::to_string(agency);
    interests.push_back({{"id", interests.empty() ? "interests" : "interests-" + value},
                         {"value", value},
                         {"label", name},
                         {"checked", std::find(form.interests.begin(), form.interests.end(),
                                               value) != form.interests.end()}});
  }
  const bool may_choose_account =
      domain::MayEver(requester.principal, Resource::kUser, Action::kRead);
  QueryPairs choices;
  for (const auto& [user, label] : accounts) choices.emplace_back(std::to_string(user), label);
  json page{{"title", id ? "Change a reviewer" : "Add a reviewer"},
            {"action_href", id ? EditHref(*id) : "/reviewers/new"},
            {"back_href", "/reviewers"},
            {"submit", id ? "Save changes" : "Add reviewer"},
            {"csrf_token", request.session->session.csrf_token},
            {"version", id ? form.version : ""},
            {"name", form.name},
            {"may_choose_account", may_choose_account},
            {"account_select",
             SelectControl("user_id", "Their account (optional)",
                           "A member of the partnership with the reviewer role: they then see the "
                           "cases they are appointed to",
                           errors.MessageFor("user_id"),
                           SelectOptions(choices, form.user_id, "No account"))},
            {"kept_user_id", may_choose_account ? "" : form.user_id},
            {"account_text", form.user_id.empty() ? "No account" : "Linked to an account"},
            {"interests", interests},
            {"interests_note", form.note}};
  AddFormErrors(page, errors,
                {{"name", "name"},
                 {"user_id", "user_id"},
                 {"interests", "interests"},
                 {"interests_note", "interests_note"}});
  return RenderPage(services.context.renderer, request, "reviewer_form", std::move(page), status);
}

core::Result<Response> ListPage(const CaseServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto reviewers, services.reviewers.List(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto agencies, AgencyNames(services.agencies, requester));
  ASSURE_ASSIGN_OR_RETURN(const auto accounts, ReviewerAccounts(services, requester));
  const bool may_update =
      domain::MayEver(requester.principal, Resource::kReviewer, Action::kUpdate);
  json rows = json::array();
  for (const auto& reviewer : reviewers) {
    std::string account = "None";
    if (reviewer.user_id) {
      const auto known = accounts.find(*reviewer.user_id);
      account = known == accounts.end() ? "Linked" : known->second;
    }
    rows.push_back(
        {{"name", reviewer.name},
         {"account", account},
         {"interests", reviewer.interests.empty() ? std::string{"None declared"}
                                                  : JoinNames(reviewer.interests, agencies)},
         {"note", reviewer.interests_note},
         {"edit_href", may_update ? EditHref(reviewer.id) : ""}});
  }
  json page{
      {"title", "Reviewers"},
      {"rows", rows},
      {"has_rows", !rows.empty()},
      {"may_create", domain::MayEver(requester.principal, Resource::kReviewer, Action::kCreate)}};
  const auto done = request.QueryParam("done").value_or("");
  if (done == "added") page["notice"] = "The reviewer is on the register.";
  if (done == "changed") page["notice"] = "The reviewer's details are saved.";
  return RenderPage(services.context.renderer, request, "reviewers", std::move(page));
}

// Whether a service's refusal belongs on the form (a field's problem) rather than its own page.
bool OnTheForm(const core::Error& error) {
  return error.code == core::ErrorCode::kInvalidInput ||
         (error.code == core::ErrorCode::kConflict && !error.field.empty());
}

core::Result<Response> Create(const CaseServices& services, const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
  const auto form = FormFrom(*sent);
  FormErrors errors;
  auto reviewer = Parse(form, errors);
  if (!errors.empty()) return FormPage(services, request, form, std::nullopt, errors, 422);
  auto created = services.reviewers.Create(RequesterOf(request), std::move(reviewer));
  if (created) return Response::Redirect("/reviewers?done=added");
  if (!OnTheForm(created.error())) return created.error();
  errors.Add(created.error());
  return FormPage(services, request, form, std::nullopt, errors, 422);
}

core::Result<Response> Update(const CaseServices& services, const Request& request) {
  const auto posted = PostedVersionedForm(request);
  if (!posted) return Response::Status(400);
  const auto form = FormFrom(posted->form);
  const auto id = IdParam(request, "id").value_or(0);
  const auto version = posted->version;
  FormErrors errors;
  auto reviewer = Parse(form, errors);
  if (!errors.empty()) return FormPage(services, request, form, id, errors, 422);
  reviewer.id = id;
  reviewer.version = version;
  auto updated = services.reviewers.Update(RequesterOf(request), std::move(reviewer));
  if (updated) return Response::Redirect("/reviewers?done=changed");
  const auto& error = updated.error();
  if (error.code == core::ErrorCode::kConflict && error.field.empty()) {
    return RenderPage(services.context.renderer, request, views::kErrorPage,
                      {{"title", "Someone else changed this reviewer"},
                       {"message",
                        "Someone else saved a change to this reviewer after you opened it, so "
                        "your change has not been saved. Open the reviewer again to see their "
                        "change, then make yours."},
                       {"link_href", EditHref(id)},
                       {"link_text", "See the reviewer as it is now"}},
                      409);
  }
  if (!OnTheForm(error)) return error;
  errors.Add(error);
  return FormPage(services, request, form, id, errors, 422);
}

}  // namespace

void AddReviewerRoutes(Router& router, const CaseServices& services) {
  const auto& renderer = services.context.renderer;
  const auto page = [&renderer, services](auto handler) {
    return PageHandler(renderer, [services, handler](const Request& request) {
      return handler(services, request);
    });
  };
  router.Add(Method::kGet, "/reviewers",
             RoutePolicy::Authorised(Resource::kReviewer, Action::kRead), page(ListPage));
  router.Add(Method::kGet, "/reviewers/new",
             RoutePolicy::Authorised(Resource::kReviewer, Action::kCreate),
             page([](const CaseServices& bound, const Request& request) {
               return FormPage(bound, request, {}, std::nullopt, FormErrors{}, 200);
             }));
  router.Add(Method::kPost, "/reviewers/new",
             RoutePolicy::Authorised(Resource::kReviewer, Action::kCreate), page(Create));
  router.Add(Method::kGet, "/reviewers/{id}/edit",
             RoutePolicy::Authorised(Resource::kReviewer, Action::kUpdate),
             page([](const CaseServices& bound, const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto reviewer,
                   bound.reviewers.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
               return FormPage(bound, request, FormFrom(reviewer), reviewer.id, FormErrors{}, 200);
             }));
  router.Add(Method::kPost, "/reviewers/{id}/edit",
             RoutePolicy::Authorised(Resource::kReviewer, Action::kUpdate), page(Update));
}

}  // namespace assure::http::pages
