#include "http/handlers/member_handlers.h"

#include <charconv>
#include <map>
#include <string>

#include "domain/agency_service.h"
#include "domain/identity/member_admin_service.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

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

// Agency names by id, for naming an agency lead's agency; empty if they cannot be read.
std::map<domain::AgencyId, std::string> AgencyNames(const domain::AgencyService& agencies,
                                                    const domain::Requester& requester) {
  std::map<domain::AgencyId, std::string> names;
  if (!domain::MayEver(requester.principal, Resource::kAgency, Action::kRead)) return names;
  auto list = agencies.List(requester);
  if (!list) return names;
  for (const auto& agency : *list) names[agency.id] = agency.name;
  return names;
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

Response InvitePage(const AdminDependencies& deps, const Request& request,
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
  json agency_options = json::array();
  for (const auto& [id, name] : AgencyNames(agencies, RequesterOf(request))) {
    const auto value = std::to_string(id);
    agency_options.push_back(
        {{"value", value}, {"label", name}, {"selected", form.agency == value}});
  }
  json page{{"title", "Invite someone"},
            {"csrf_token", request.session->session.csrf_token},
            {"name", form.name},
            {"email", form.email},
            {"roles", roles},
            {"agencies", agency_options}};
  if (error) {
    AddFieldError(page, *error, "email");
  }
  return RenderPage(deps.renderer, request, "user_invite", std::move(page), status);
}

core::Result<domain::MemberInvitation> Parse(const InviteForm& form) {
  domain::MemberInvitation invitation{form.email, form.name, {}, std::nullopt};
  auto role = domain::ParseRole(form.role);
  if (!role) return core::Error::InvalidInput("role", "Select the person's role.");
  invitation.role = *role;
  if (!form.agency.empty()) {
    domain::AgencyId id = 0;
    const auto* end = form.agency.data() + form.agency.size();
    const auto [ptr, ec] = std::from_chars(form.agency.data(), end, id);
    if (ec != std::errc{} || ptr != end) {
      return core::Error::InvalidInput("agency", "Choose one of this partnership's agencies.");
    }
    invitation.agency_id = id;
  }
  return invitation;
}

// Where this server is, as the person's browser named it: for the link to copy.
std::string Origin(const Request& request) {
  const auto host = request.Header("host");
  if (!host) return {};
  return std::string{request.secure ? "https://" : "http://"} + std::string{*host};
}

}  // namespace

void AddMemberRoutes(Router& router, AdminDependencies deps) {
  const domain::MemberAdminService members(deps.store, deps.clock, deps.random);
  const domain::AgencyService agencies(deps.store, deps.clock);

  router.Add(Method::kGet, "/users", RoutePolicy::Authorised(Resource::kUser, Action::kRead),
             [deps, members, agencies](const Request& request) {
               const auto requester = RequesterOf(request);
               auto list = members.List(requester);
               if (!list) return ErrorResponse(deps.renderer, request, list.error());
               const auto agency_names = AgencyNames(agencies, requester);
               json rows = json::array();
               for (const auto& member : *list) {
                 rows.push_back({{"href", UserHref(member.user.id)},
                                 {"name", member.user.display_name},
                                 {"email", member.user.email},
                                 {"roles", RoleLabels(member.memberships, agency_names)},
                                 {"status", StatusLabel(member.user)}});
               }
               return RenderPage(
                   deps.renderer, request, "users",
                   {{"title", "Users"},
                    {"users", rows},
                    {"may_invite",
                     domain::MayEver(requester.principal, Resource::kUser, Action::kCreate)}});
             });

  router.Add(Method::kGet, "/users/invite",
             RoutePolicy::Authorised(Resource::kUser, Action::kCreate),
             [deps, agencies](const Request& request) {
               return InvitePage(deps, request, agencies, {}, nullptr, 200);
             });

  router.Add(
      Method::kPost, "/users/invite", RoutePolicy::Authorised(Resource::kUser, Action::kCreate),
      [deps, members, agencies](const Request& request) {
        auto sent = request.Form();
        if (!sent) return Response{400, {}, {}, {}};
        const InviteForm form{sent->Get("name").value_or(""), sent->Get("email").value_or(""),
                              sent->Get("role").value_or(""), sent->Get("agency").value_or("")};
        auto invitation = Parse(form);
        core::Result<domain::InvitedMember> invited =
            invitation ? members.Invite(RequesterOf(request), *invitation)
                       : core::Result<domain::InvitedMember>(invitation.error());
        if (!invited) {
          const auto& error = invited.error();
          if (error.code == core::ErrorCode::kInvalidInput ||
              (error.code == core::ErrorCode::kConflict && !error.field.empty())) {
            return InvitePage(deps, request, agencies, form, &error, 422);
          }
          return ErrorResponse(deps.renderer, request, error);
        }
        json page{{"title", invited->set_password_token.empty() ? "Added to the partnership"
                                                                : "Invitation ready"},
                  {"name", invited->user.display_name},
                  {"email", invited->user.email},
                  {"role", domain::RoleLabel(invited->membership.role)},
                  {"user_href", UserHref(invited->user.id)},
                  {"new_account", invited->new_account}};
        if (!invited->set_password_token.empty()) {
          const std::string path = "/set-password/" + invited->set_password_token;
          page["link_href"] = path;
          page["link_text"] = Origin(request) + path;
          page["expires"] = DisplayTime(invited->link_expires_at);
        }
        return RenderPage(deps.renderer, request, "user_invited", std::move(page));
      });

  router.Add(Method::kGet, "/users/{id}", RoutePolicy::Authorised(Resource::kUser, Action::kRead),
             [deps, members, agencies](const Request& request) {
               const auto requester = RequesterOf(request);
               auto member = members.Get(requester, IdParam(request, "id").value_or(0));
               if (!member) return ErrorResponse(deps.renderer, request, member.error());
               const auto& user = member->user;
               const bool may_change =
                   domain::MayEver(requester.principal, Resource::kUser, Action::kUpdate) &&
                   user.id != requester.user_id();
               json page{
                   {"title", user.display_name},
                   {"email", user.email},
                   {"roles", RoleLabels(member->memberships, AgencyNames(agencies, requester))},
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
                     "Their authenticator app and recovery codes are cleared. They will set up "
                     "their authenticator app again when they next sign in.";
               }
               return RenderPage(deps.renderer, request, "user", std::move(page));
             });

  router.Add(Method::kPost, "/users/{id}/disable",
             RoutePolicy::Authorised(Resource::kUser, Action::kUpdate),
             [deps, members](const Request& request) {
               const auto id = IdParam(request, "id").value_or(0);
               auto disabled = members.Disable(RequesterOf(request), id);
               if (!disabled) return ErrorResponse(deps.renderer, request, disabled.error());
               return Response::Redirect(UserHref(id) + "?done=disabled");
             });

  router.Add(Method::kPost, "/users/{id}/reset-mfa",
             RoutePolicy::Authorised(Resource::kUser, Action::kUpdate),
             [deps, members](const Request& request) {
               const auto id = IdParam(request, "id").value_or(0);
               auto reset = members.ResetMfa(RequesterOf(request), id);
               if (!reset) return ErrorResponse(deps.renderer, request, reset.error());
               return Response::Redirect(UserHref(id) + "?done=mfa-reset");
             });
}

}  // namespace assure::http::handlers
