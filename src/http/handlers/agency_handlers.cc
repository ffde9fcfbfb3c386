#include "http/handlers/agency_handlers.h"

#include <charconv>
#include <string>

#include "domain/agency_service.h"
#include "domain/text_rules.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::pair<domain::AgencyType, std::string_view> kTypeLabels[] = {
    {domain::AgencyType::kLocalAuthority, "Local authority"},
    {domain::AgencyType::kPolice, "Police"},
    {domain::AgencyType::kHealth, "Health"},
    {domain::AgencyType::kEducation, "Education"},
    {domain::AgencyType::kProbation, "Probation"},
    {domain::AgencyType::kVoluntarySector, "Voluntary sector"},
    {domain::AgencyType::kOther, "Other"},
};

std::string_view TypeLabel(domain::AgencyType type) {
  for (const auto& [value, label] : kTypeLabels) {
    if (value == type) return label;
  }
  return "Other";
}

std::string AgencyHref(domain::AgencyId id) { return "/agencies/" + std::to_string(id); }

// What the form holds: the entered values, kept as typed when they are refused.
struct AgencyForm {
  std::string name;
  std::string type;  // an AgencyTypeName, or what was sent
  bool statutory_partner = false;
  std::string version;
};

AgencyForm FormFrom(const domain::Agency& agency) {
  return {agency.name, std::string{domain::AgencyTypeName(agency.type)}, agency.statutory_partner,
          std::to_string(agency.version)};
}

AgencyForm FormFrom(const FormData& form) {
  return {form.Get("name").value_or(""), form.Get("type").value_or(""),
          form.Get("statutory_partner").value_or("") == "yes", form.Get("version").value_or("")};
}

Response FormPage(const AdminDependencies& deps, const Request& request, const AgencyForm& form,
                  std::optional<domain::AgencyId> id, const core::Error* error, int status,
                  const std::optional<core::Error>& also = std::nullopt) {
  json types = json::array();
  for (const auto& [value, label] : kTypeLabels) {
    const std::string name{domain::AgencyTypeName(value)};
    // The first radio's id is the field's, so the error summary's link lands on it.
    types.push_back({{"id", types.empty() ? "type" : "type-" + name},
                     {"value", name},
                     {"label", label},
                     {"checked", form.type == name}});
  }
  json page{{"title", id ? "Change agency" : "Add an agency"},
            {"action_href", id ? AgencyHref(*id) + "/edit" : "/agencies/new"},
            {"back_href", id ? AgencyHref(*id) : "/agencies"},
            {"submit", id ? "Save changes" : "Add agency"},
            {"csrf_token", request.session->session.csrf_token},
            {"name", form.name},
            {"types", types},
            {"statutory_partner", form.statutory_partner},
            {"version", id ? form.version : ""}};
  if (also) AddFieldError(page, *also, "name");
  if (error) AddFieldError(page, *error, "name");
  return RenderPage(deps.renderer, request, "agency_form", std::move(page), status);
}

// The entered form as agency fields. InvalidInput for an unknown type (field "type"); when the
// name is bad too, `also` gets its error, so the summary lists both.
core::Result<domain::NewAgency> Parse(const AgencyForm& form, std::optional<core::Error>& also) {
  domain::NewAgency agency{domain::TrimName(form.name), domain::AgencyType::kOther,
                           form.statutory_partner};
  auto type = domain::ParseAgencyType(form.type);
  if (!type) {
    if (auto name = domain::ValidateAgency(agency); !name) also = name.error();
    return core::Error::InvalidInput("type", "Select the type of agency.");
  }
  agency.type = *type;
  return agency;
}

}  // namespace

void AddAgencyRoutes(Router& router, AdminDependencies deps) {
  const domain::AgencyService agencies(deps.store, deps.clock);

  router.Add(Method::kGet, "/agencies", RoutePolicy::Authorised(Resource::kAgency, Action::kRead),
             [deps, agencies](const Request& request) {
               const auto requester = RequesterOf(request);
               auto list = agencies.List(requester);
               if (!list) return ErrorResponse(deps.renderer, request, list.error());
               json rows = json::array();
               for (const auto& agency : *list) {
                 rows.push_back({{"href", AgencyHref(agency.id)},
                                 {"name", agency.name},
                                 {"type", TypeLabel(agency.type)},
                                 {"statutory_partner", agency.statutory_partner ? "Yes" : "No"}});
               }
               return RenderPage(
                   deps.renderer, request, "agencies",
                   {{"title", "Agencies"},
                    {"has_agencies", !rows.empty()},
                    {"agencies", rows},
                    {"may_create",
                     domain::MayEver(requester.principal, Resource::kAgency, Action::kCreate)}});
             });

  router.Add(Method::kGet, "/agencies/new",
             RoutePolicy::Authorised(Resource::kAgency, Action::kCreate),
             [deps](const Request& request) {
               return FormPage(deps, request, {}, std::nullopt, nullptr, 200);
             });

  router.Add(Method::kPost, "/agencies/new",
             RoutePolicy::Authorised(Resource::kAgency, Action::kCreate),
             [deps, agencies](const Request& request) {
               auto sent = request.Form();
               if (!sent) return Response{400, {}, {}, {}};
               const auto form = FormFrom(*sent);
               std::optional<core::Error> also;
               auto fields = Parse(form, also);
               auto created = fields ? agencies.Create(RequesterOf(request), *fields)
                                     : core::Result<domain::Agency>(fields.error());
               if (created) return Response::Redirect(AgencyHref(created->id));
               const auto& error = created.error();
               if (error.code != core::ErrorCode::kInvalidInput &&
                   !(error.code == core::ErrorCode::kConflict && !error.field.empty())) {
                 return ErrorResponse(deps.renderer, request, error);
               }
               return FormPage(deps, request, form, std::nullopt, &error, 422, also);
             });

  router.Add(
      Method::kGet, "/agencies/{id}", RoutePolicy::Authorised(Resource::kAgency, Action::kRead),
      [deps, agencies](const Request& request) {
        const auto requester = RequesterOf(request);
        auto agency = agencies.Get(requester, IdParam(request, "id").value_or(0));
        if (!agency) return ErrorResponse(deps.renderer, request, agency.error());
        return RenderPage(deps.renderer, request, "agency",
                          {{"title", agency->name},
                           {"type", TypeLabel(agency->type)},
                           {"statutory_partner", agency->statutory_partner ? "Yes" : "No"},
                           {"edit_href", AgencyHref(agency->id) + "/edit"},
                           {"may_update", domain::MayEver(requester.principal, Resource::kAgency,
                                                          Action::kUpdate)}});
      });

  router.Add(Method::kGet, "/agencies/{id}/edit",
             RoutePolicy::Authorised(Resource::kAgency, Action::kUpdate),
             [deps, agencies](const Request& request) {
               auto agency = agencies.Get(RequesterOf(request), IdParam(request, "id").value_or(0));
               if (!agency) return ErrorResponse(deps.renderer, request, agency.error());
               return FormPage(deps, request, FormFrom(*agency), agency->id, nullptr, 200);
             });

  router.Add(
      Method::kPost, "/agencies/{id}/edit",
      RoutePolicy::Authorised(Resource::kAgency, Action::kUpdate),
      [deps, agencies](const Request& request) {
        auto sent = request.Form();
        if (!sent) return Response{400, {}, {}, {}};
        const auto form = FormFrom(*sent);
        const auto id = IdParam(request, "id").value_or(0);
        domain::Version version = 0;
        const auto [ptr, ec] = std::from_chars(form.version.data(),
                                               form.version.data() + form.version.size(), version);
        if (ec != std::errc{} || ptr != form.version.data() + form.version.size() || version <= 0) {
          return Response{400, {}, {}, {}};
        }
        std::optional<core::Error> also;
        auto fields = Parse(form, also);
        core::Result<domain::Agency> updated = core::Error::Internal("not attempted");
        if (fields) {
          updated = agencies.Update(RequesterOf(request), {id, 0, fields->name, fields->type,
                                                           fields->statutory_partner, version});
        } else {
          updated = fields.error();
        }
        if (updated) return Response::Redirect(AgencyHref(id));
        const auto& error = updated.error();
        if (error.code == core::ErrorCode::kConflict && error.field.empty()) {
          return RenderPage(deps.renderer, request, views::kErrorPage,
                            {{"title", "Someone else changed this agency"},
                             {"message",
                              "Someone else saved a change to this agency after you opened it, so "
                              "your change has not been saved. Open the agency again to see their "
                              "change, then make yours."},
                             {"link_href", AgencyHref(id)},
                             {"link_text", "See the agency as it is now"}},
                            409);
        }
        if (error.code != core::ErrorCode::kInvalidInput &&
            error.code != core::ErrorCode::kConflict) {
          return ErrorResponse(deps.renderer, request, error);
        }
        return FormPage(deps, request, form, id, &error, 422, also);
      });
}

}  // namespace assure::http::handlers
