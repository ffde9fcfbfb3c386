#include "http/pages/admin/agency_handlers.h"

#include <string>

#include "domain/partnership/agency_service.h"
#include "domain/text_rules.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/common/url_encoding.h"

namespace assure::http::pages {

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

Response FormPage(const HandlerContext& context, const Request& request, const AgencyForm& form,
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
  return RenderPage(context.renderer, request, "agency_form", std::move(page), status);
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

// Whether a refusal belongs on the form (a field's problem, a name already taken) rather than
// on an error page.
bool OnTheForm(const core::Error& error) {
  return error.code == core::ErrorCode::kInvalidInput ||
         (error.code == core::ErrorCode::kConflict && !error.field.empty());
}

core::Result<Response> Create(const HandlerContext& context, const domain::AgencyService& agencies,
                              const Request& request) {
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
  const auto form = FormFrom(*sent);
  std::optional<core::Error> also;
  auto created = [&]() -> core::Result<domain::Agency> {
    ASSURE_ASSIGN_OR_RETURN(const auto fields, Parse(form, also));
    return agencies.Create(RequesterOf(request), fields);
  }();
  if (created) return Response::Redirect(AgencyHref(created->id));
  if (!OnTheForm(created.error())) return created.error();
  return FormPage(context, request, form, std::nullopt, &created.error(), 422, also);
}

// A stale version: someone else saved first. Nothing is saved; the page says how to go on.
Response StalePage(const HandlerContext& context, const Request& request, domain::AgencyId id,
                   const core::Error& error) {
  return RenderPage(context.renderer, request, views::kErrorPage,
                    {{"title", "Someone else changed this agency"},
                     {"message",
                      "Someone else saved a change to this agency after you opened it, so "
                      "your change has not been saved. Open the agency again to see their "
                      "change, then make yours."},
                     {"link_href", AgencyHref(id)},
                     {"link_text", "See the agency as it is now"}},
                    HttpStatusFor(error.code));
}

core::Result<Response> Update(const HandlerContext& context, const domain::AgencyService& agencies,
                              const Request& request) {
  const auto posted = PostedVersionedForm(request);
  if (!posted) return Response::Status(400);
  const auto form = FormFrom(posted->form);
  const auto id = IdParam(request, "id").value_or(0);
  const auto version = posted->version;
  std::optional<core::Error> also;
  auto updated = [&]() -> core::Result<domain::Agency> {
    ASSURE_ASSIGN_OR_RETURN(const auto fields, Parse(form, also));
    return agencies.Update(RequesterOf(request),
                           {id, 0, fields.name, fields.type, fields.statutory_partner, version});
  }();
  if (updated) return Response::Redirect(AgencyHref(id));
  const auto& error = updated.error();
  if (error.code == core::ErrorCode::kConflict && error.field.empty()) {
    return StalePage(context, request, id, error);
  }
  if (!OnTheForm(error)) return error;
  return FormPage(context, request, form, id, &error, 422, also);
}

}  // namespace

void AddAgencyRoutes(Router& router, const HandlerContext& context) {
  const domain::AgencyService agencies(context.store, context.clock);

  router.Add(
      Method::kGet, "/agencies", RoutePolicy::Authorised(Resource::kAgency, Action::kRead),
      PageHandler(
          context.renderer, [context, agencies](const Request& request) -> core::Result<Response> {
            const auto requester = RequesterOf(request);
            ASSURE_ASSIGN_OR_RETURN(const auto list, agencies.List(requester));
            json rows = json::array();
            for (const auto& agency : list) {
              rows.push_back({{"href", AgencyHref(agency.id)},
                              {"name", agency.name},
                              {"type", TypeLabel(agency.type)},
                              {"statutory_partner", agency.statutory_partner ? "Yes" : "No"}});
            }
            return RenderPage(
                context.renderer, request, "agencies",
                {{"title", "Agencies"},
                 {"has_agencies", !rows.empty()},
                 {"agencies", rows},
                 {"may_create",
                  domain::MayEver(requester.principal, Resource::kAgency, Action::kCreate)}});
          }));

  router.Add(Method::kGet, "/agencies/new",
             RoutePolicy::Authorised(Resource::kAgency, Action::kCreate),
             [context](const Request& request) {
               return FormPage(context, request, {}, std::nullopt, nullptr, 200);
             });

  router.Add(Method::kPost, "/agencies/new",
             RoutePolicy::Authorised(Resource::kAgency, Action::kCreate),
             PageHandler(context.renderer, [context, agencies](const Request& request) {
               return Create(context, agencies, request);
             }));

  router.Add(
      Method::kGet, "/agencies/{id}", RoutePolicy::Authorised(Resource::kAgency, Action::kRead),
      PageHandler(
          context.renderer, [context, agencies](const Request& request) -> core::Result<Response> {
            const auto requester = RequesterOf(request);
            ASSURE_ASSIGN_OR_RETURN(const auto agency,
                                    agencies.Get(requester, IdParam(request, "id").value_or(0)));
            return RenderPage(
                context.renderer, request, "agency",
                {{"title", agency.name},
                 {"type", TypeLabel(agency.type)},
                 {"statutory_partner", agency.statutory_partner ? "Yes" : "No"},
                 {"edit_href", AgencyHref(agency.id) + "/edit"},
                 {"may_update",
                  domain::MayEver(requester.principal, Resource::kAgency, Action::kUpdate)}});
          }));

  router.Add(
      Method::kGet, "/agencies/{id}/edit",
      RoutePolicy::Authorised(Resource::kAgency, Action::kUpdate),
      PageHandler(context.renderer,
                  [context, agencies](const Request& request) -> core::Result<Response> {
                    ASSURE_ASSIGN_OR_RETURN(
                        const auto agency,
                        agencies.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
                    return FormPage(context, request, FormFrom(agency), agency.id, nullptr, 200);
                  }));

  router.Add(Method::kPost, "/agencies/{id}/edit",
             RoutePolicy::Authorised(Resource::kAgency, Action::kUpdate),
             PageHandler(context.renderer, [context, agencies](const Request& request) {
               return Update(context, agencies, request);
             }));
}

}  // namespace assure::http::pages
