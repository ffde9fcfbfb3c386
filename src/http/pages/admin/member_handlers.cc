#include "http/pages/admin/member_handlers.h"

#include <map>
#include <string>

#include "domain/identity/member_admin_service.h"
#include "domain/partnership/agency_service.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/list_page.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string UserHref(domain::UserId id) { return "/users/" + std::to_string(id); }

std::string_view StatusLabel(const domain::User& user) {
  if (user.disabled) return "Disabled";
  if (user.password_hash.empty()) return "Invited: no password yet";
  return "Active";
}

json RoleLabels(const std::vector<domain::Membership>& memberships,
                const std::map<domain::AgencyId, std::string>& agency_names) {
  json labels = json::array();
  for (const auto& membership : memberships) {
    std::string label{domain::RoleLabel(membership.role)};
    if (membership.agency_id) {
      const auto name = agency_names.find(*membership.agency_id);
      if (name != agency_names.end()) label += " (" + name->second + ")";
    }
    labels.push_back(label);
  }
  return labels;
}

struct InviteForm {
  std::string name;
  std::string email;
  std::string role;
  std::string agency;
};

core::Result<Response> InvitePage(const HandlerContext& context, const Request& request,
                                  const domain::AgencyService& agencies, const InviteForm& form,
                                  const core::Error* error, int status) {
  json roles = json::array();
  for (const auto role : domain::AllRoles()) {
    const std::string name{domain::RoleName(role)};
    roles.push_back({{"id", roles.empty() ? "role" : "role-" + name},
                     {"value", name},
                     {"label", domain::RoleLabel(role)},
                     {"checked", form.role == name}});
  }
  ASSURE_ASSIGN_OR_RETURN(const auto agency_names, AgencyNames(agencies, RequesterOf(request)));
  QueryPairs agency_choices;
  for (const auto& [id, name] : agency_names) agency_choices.emplace_back(std::to_string(id), name);
  json page{{"title", "Invite someone"},
            {"csrf_token", request.session->session.csrf_token},
            {"name", form.name},
            {"email", form.email},
            {"roles", roles}};
  if (error) AddFieldError(page, *error, "email");
  page["agency_select"] = SelectControl(
      "agency", "Agency", "For an agency safeguarding lead only: the agency they work for.",
      page.value("agency_error", std::string{}),
      SelectOptions(agency_choices, form.agency, "None"));
  return RenderPage(context.renderer, request, "user_invite", std::move(page), status);
}

core::Result<domain::MemberInvitation> Parse(const InviteForm& form) {
  domain::MemberInvitation invitation{form.email, form.name, {}, std::nullopt};
  auto role = domain::ParseRole(form.role);
  if (!role) return core::Error::InvalidInput("role", "Select the person's role.");
  invitation.role = *role;
  if (!form.agency.empty()) {
    const auto id = ParsePositive(form.agency);
    if (!id)
      return core::Error::InvalidInput("agency", "Choose one of this partnership's agencies.");
    invitation.agency_id = *id;
  }
  return invitation;
}

// Where this server is, as the person's browser named it: for the link to copy.
std::string Origin(const Request& request) {
  const auto host = request.Header("host");
  if (!host) return {};
  return std::string{request.secure ? "https://" : "http://"} + std::string{*host};
}

core::Result<Response> Invite(const HandlerContext& context,
                              const domain::MemberAdminService& members,
                              const domain::AgencyService& agencies, const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
  const InviteForm form{sent->Get("name").value_or(""), sent->Get("email").value_or(""),
                        sent->Get("role").value_or(""), sent->Get("agency").value_or("")};
  auto invited = [&]() -> core::Result<domain::InvitedMember> {
    ASSURE_ASSIGN_OR_RETURN(const auto invitation, Parse(form));
    return members.Invite(RequesterOf(request), invitation);
  }();
  if (!invited) {
    const auto& error = invited.error();
    const bool on_the_form = error.code == core::ErrorCode::kInvalidInput ||
                             (error.code == core::ErrorCode::kConflict && !error.field.empty());
    if (!on_the_form) return error;
    return InvitePage(context, request, agencies, form, &error, 422);
  }
  json page{{"title",
             invited->set_password_token.empty() ? "Added to the partnership" : "Invitation ready"},
            {"name", invited->user.display_name},
            {"email", invited->user.email},
            {"role", domain::RoleLabel(invited->membership.role)},
            {"user_href", UserHref(invited->user.id)},
            {"new_account", invited->new_account}};
  if (!invited->set_password_token.empty()) {
    const std::string path = "/set-password/" + invited->set_password_token;
    page["link_href"] = path;
    page["link_text"] = Origin(request) + path;
    page["expires"] = LondonTimeText(invited->link_expires_at);
  }
  return RenderPage(context.renderer, request, "user_invited", std::move(page));
}

core::Result<Response> MemberPage(const HandlerContext& context,
                                  const domain::MemberAdminService& members,
                                  const domain::AgencyService& agencies, const Request& request) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto member,
                          members.Get(requester, IdParam(request, "id").value_or(0)));
  ASSURE_ASSIGN_OR_RETURN(const auto agency_names, AgencyNames(agencies, requester));
  const auto& user = member.user;
  const bool may_change = domain::MayEver(requester.principal, Resource::kUser, Action::kUpdate) &&
                          user.id != requester.user_id();
  json page{{"title", user.display_name},
            {"email", user.email},
            {"roles", RoleLabels(member.memberships, agency_names)},
            {"status", StatusLabel(user)},
            {"mfa", user.totp_secret.empty() ? "Not set up" : "Set up"},
            {"csrf_token", request.session->session.csrf_token},
            {"disable_href", UserHref(user.id) + "/disable"},
            {"reset_mfa_href", UserHref(user.id) + "/reset-mfa"},
            {"may_disable", may_change && !user.disabled},
            {"may_reset_mfa", may_change && !user.totp_secret.empty()}};
  const auto done = request.QueryParam("done").value_or("");
  if (done == "disabled") {
    page["notice"] = "The account is disabled and its sessions have ended.";
  } else if (done == "mfa-reset") {
    page["notice"] =
        "Their authenticator app and recovery codes are cleared. They will set up their "
        "authenticator app again when they next sign in.";
  }
  return RenderPage(context.renderer, request, "user", std::move(page));
}

}  // namespace

void AddMemberRoutes(Router& router, const HandlerContext& context) {
  const domain::MemberAdminService members(context.store, context.clock, context.random);
  const domain::AgencyService agencies(context.store, context.clock);

  router.Add(
      Method::kGet, "/users", RoutePolicy::Authorised(Resource::kUser, Action::kRead),
      PageHandler(
          context.renderer,
          [context, members, agencies](const Request& request) -> core::Result<Response> {
            const auto requester = RequesterOf(request);
            ASSURE_ASSIGN_OR_RETURN(const auto list, members.List(requester));
            ASSURE_ASSIGN_OR_RETURN(const auto agency_names, AgencyNames(agencies, requester));
            json rows = json::array();
            for (const auto& member : list) {
              rows.push_back({{"href", UserHref(member.user.id)},
                              {"name", member.user.display_name},
                              {"email", member.user.email},
                              {"roles", RoleLabels(member.memberships, agency_names)},
                              {"status", StatusLabel(member.user)}});
            }
            return RenderPage(context.renderer, request, "users",
                              {{"title", "Users"},
                               {"users", rows},
                               {"may_invite", domain::MayEver(requester.principal, Resource::kUser,
                                                              Action::kCreate)}});
          }));

  router.Add(Method::kGet, "/users/invite",
             RoutePolicy::Authorised(Resource::kUser, Action::kCreate),
             PageHandler(context.renderer, [context, agencies](const Request& request) {
               return InvitePage(context, request, agencies, {}, nullptr, 200);
             }));

  router.Add(Method::kPost, "/users/invite",
             RoutePolicy::Authorised(Resource::kUser, Action::kCreate),
             PageHandler(context.renderer, [context, members, agencies](const Request& request) {
               return Invite(context, members, agencies, request);
             }));

  router.Add(Method::kGet, "/users/{id}", RoutePolicy::Authorised(Resource::kUser, Action::kRead),
             PageHandler(context.renderer, [context, members, agencies](const Request& request) {
               return MemberPage(context, members, agencies, request);
             }));

  router.Add(
      Method::kPost, "/users/{id}/disable",
      RoutePolicy::Authorised(Resource::kUser, Action::kUpdate),
      PageHandler(context.renderer, [members](const Request& request) -> core::Result<Response> {
        const auto id = IdParam(request, "id").value_or(0);
        ASSURE_TRY(members.Disable(RequesterOf(request), id));
        return Response::Redirect(UserHref(id) + "?done=disabled");
      }));

  router.Add(
      Method::kPost, "/users/{id}/reset-mfa",
      RoutePolicy::Authorised(Resource::kUser, Action::kUpdate),
      PageHandler(context.renderer, [members](const Request& request) -> core::Result<Response> {
        const auto id = IdParam(request, "id").value_or(0);
        ASSURE_TRY(members.ResetMfa(RequesterOf(request), id));
        return Response::Redirect(UserHref(id) + "?done=mfa-reset");
      }));
}

}  // namespace assure::http::pages
