// The briefing workflow's buttons: POST /briefings/{id}/submit, /approve, /publish, /withdraw
// (with a reason) and /hits/{hit}/accept (with a reason), each with the version the page showed.
// A step refused for unresolved hits shows the page again with them (409); one refused for its
// input or a stale version shows the page with the message (422, 409). The roles are checked by
// the route policies and again by the services.
#include <string>
#include <utility>

#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/pages/learning/briefing_page.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;

domain::BriefingId IdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

// The page again with the refusal in its error summary (`key`: the field it names on the page,
// if any), or the error itself for the standard error pages.
core::Result<Response> Refused(const BriefingServices& services, const Request& request,
                               const core::Error& error, std::string key = {}) {
  if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
    return error;
  }
  FormErrors errors;
  errors.Add(error.code == core::ErrorCode::kInvalidInput ? std::move(key) : std::string{},
             error.message);
  return BriefingPage(services, request, std::nullopt, errors, HttpStatusFor(error.code));
}

core::Result<Response> Done(const Request& request, std::string_view done) {
  return Response::Redirect(BriefingHref(IdOf(request)) + "?done=" + std::string{done});
}

core::Result<Response> Submit(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  auto submitted = services.publication.Submit(RequesterOf(request), IdOf(request),
                                               FormVersion(form).value_or(0));
  if (!submitted.ok()) return Refused(services, request, submitted.error());
  return Done(request, "submitted");
}

core::Result<Response> CheckedStep(const BriefingServices& services, const Request& request,
                                   bool publish) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto requester = RequesterOf(request);
  const auto version = FormVersion(form).value_or(0);
  auto outcome = publish ? services.publication.Publish(requester, IdOf(request), version)
                         : services.publication.Approve(requester, IdOf(request), version);
  if (!outcome.ok()) return Refused(services, request, outcome.error());
  if (!outcome->briefing) {
    FormErrors errors;
    errors.Add("hits", "The publication check found " + std::to_string(outcome->unresolved.size()) +
                           " unresolved identifying details: change the text, or accept each "
                           "with a reason.");
    return BriefingPage(services, request, std::move(outcome->unresolved), errors, 409);
  }
  return Done(request, publish ? "published" : "approved");
}

core::Result<Response> Approve(const BriefingServices& services, const Request& request) {
  return CheckedStep(services, request, false);
}

core::Result<Response> Publish(const BriefingServices& services, const Request& request) {
  return CheckedStep(services, request, true);
}

core::Result<Response> Withdraw(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  auto withdrawn = services.publication.Withdraw(RequesterOf(request), IdOf(request),
                                                 FormVersion(form).value_or(0),
                                                 WithLineFeeds(form.Get("reason").value_or("")));
  if (!withdrawn.ok()) return Refused(services, request, withdrawn.error(), "reason");
  return Done(request, "withdrawn");
}

core::Result<Response> Accept(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const std::string hit = request.PathParam("hit").value_or("");
  auto accepted = services.publication.AcceptHit(RequesterOf(request), IdOf(request), hit,
                                                 form.Get("reason").value_or(""));
  if (!accepted.ok()) {
    if (accepted.error().code != core::ErrorCode::kInvalidInput) return accepted.error();
    // Show the hits again, with the message by this hit's reason box.
    ASSURE_ASSIGN_OR_RETURN(auto report,
                            services.publication.Check(RequesterOf(request), IdOf(request)));
    FormErrors errors;
    errors.Add("reason-" + hit, accepted.error().message);
    return BriefingPage(services, request, std::move(report.hits), errors, 422);
  }
  return Done(request, "accepted");
}

}  // namespace

void AddBriefingStepRoutes(Router& router, const BriefingServices& services) {
  const auto update = RoutePolicy::Authorised(Resource::kBriefing, Action::kUpdate);
  const auto publication = RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kUpdate);
  router.Add(Method::kPost, "/briefings/{id}/submit", update,
             BriefingPageHandler(services, Submit));
  router.Add(Method::kPost, "/briefings/{id}/approve", publication,
             BriefingPageHandler(services, Approve));
  router.Add(Method::kPost, "/briefings/{id}/publish", publication,
             BriefingPageHandler(services, Publish));
  router.Add(Method::kPost, "/briefings/{id}/withdraw", publication,
             BriefingPageHandler(services, Withdraw));
  router.Add(Method::kPost, "/briefings/{id}/hits/{hit}/accept", publication,
             BriefingPageHandler(services, Accept));
}

}  // namespace assure::http::pages
