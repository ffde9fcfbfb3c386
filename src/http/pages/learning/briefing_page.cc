#include "http/pages/learning/briefing_page.h"

#include <string>
#include <utility>

#include "domain/access/policy.h"
#include "domain/learning/briefing_access.h"
#include "http/common/display.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "reports/markdown_html.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

std::string Notice(const Request& request) {
  const auto done = request.QueryParam("done").value_or("");
  if (done == "created") return "The briefing is saved as a draft.";
  if (done == "saved") return "Your changes are saved as a new version.";
  if (done == "submitted") return "The briefing is sent for review.";
  if (done == "approved") return "The briefing is approved.";
  if (done == "published") return "The briefing is published in the learning library.";
  if (done == "withdrawn") return "The briefing is withdrawn from the learning library.";
  if (done == "accepted") return "The hit is accepted; it no longer holds up publication.";
  if (done == "shared") return "How your agency shared the briefing is recorded.";
  return {};
}

json HitRows(const std::vector<domain::BriefingHit>& hits, bool may_accept,
             const std::string& briefing_href) {
  json rows = json::array();
  for (const auto& hit : hits) {
    rows.push_back({{"where", hit.field == "title" ? "Title" : "Body"},
                    {"passage", hit.hit.text},
                    {"context", hit.hit.context},
                    {"description", hit.description},
                    {"accepted", hit.acceptance.has_value()},
                    {"reason", hit.acceptance ? hit.acceptance->reason : std::string{}},
                    {"may_accept", may_accept && !hit.acceptance},
                    {"accept_href", briefing_href + "/hits/" + hit.id + "/accept"},
                    {"reason_key", "reason-" + hit.id}});
  }
  return rows;
}

json Lines(const std::vector<std::string>& values) {
  json list = json::array();
  for (const auto& value : values) list.push_back(value);
  return list;
}

// The dissemination table of a published (or withdrawn) briefing, for those who may read it.
core::Result<json> Sharing(const BriefingServices& services, const domain::Requester& requester,
                           const domain::Briefing& briefing) {
  if (!briefing.published_on ||
      !domain::MayEver(requester.principal, Resource::kDissemination, Action::kRead)) {
    return json(nullptr);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.dissemination.Get(requester, briefing.id));
  json rows = json::array();
  for (const auto& line : view.agencies) {
    rows.push_back({{"agency", line.agency_name},
                    {"status", line.confirmed ? "Confirmed"
                               : line.overdue ? "Overdue"
                                              : "Not yet"},
                    {"status_class", line.confirmed ? "govuk-tag--green"
                                     : line.overdue ? "govuk-tag--red"
                                                    : "govuk-tag--grey"},
                    {"first_shared", DateText(line.first_shared_on)},
                    {"staff", line.confirmed ? std::to_string(line.staff_reached) : ""}});
  }
  return json{{"confirm_by", DateText(view.confirm_by)},
              {"rows", rows},
              {"may_record", !view.may_record_for.empty()},
              {"share_href", BriefingHref(briefing.id) + "/share"}};
}

}  // namespace

core::Result<Response> BriefingPage(const BriefingServices& services, const Request& request,
                                    std::optional<std::vector<domain::BriefingHit>> hits,
                                    const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.briefings.Get(requester, id));
  const auto& briefing = view.briefing;
  const std::string href = BriefingHref(briefing.id);
  const bool may_read_cases = domain::MayEver(requester.principal, Resource::kCase, Action::kRead);
  std::vector<std::string> audiences;
  for (const auto audience : briefing.content.audiences) {
    audiences.emplace_back(domain::AudienceLabel(audience));
  }
  json cases = json::array();
  for (const auto& link : view.cases) {
    cases.push_back({{"reference", link.reference},
                     {"href", may_read_cases ? CaseHref(link.id) : std::string{}}});
  }
  ASSURE_ASSIGN_OR_RETURN(const json sharing, Sharing(services, requester, briefing));
  int unresolved = 0;
  if (hits) {
    for (const auto& hit : *hits) unresolved += hit.acceptance ? 0 : 1;
  }
  json page{{"title", briefing.content.title},
            {"caption", domain::BriefingKindLabel(briefing.content.kind)},
            {"notice", Notice(request)},
            {"state", domain::BriefingStateLabel(briefing.state)},
            {"state_class", StateTagClass(briefing.state)},
            {"audiences", Lines(audiences)},
            {"themes", Lines(briefing.content.themes)},
            {"cases", cases},
            {"has_cases", !cases.empty()},
            {"updated", LondonTimeText(briefing.updated_at)},
            {"published_on", DateText(briefing.published_on)},
            {"withdrawn_on", DateText(briefing.withdrawn_on)},
            {"withdrawal_reason", briefing.withdrawal_reason},
            {"markdown_html", reports::MarkdownHtml(briefing.content.body_markdown, 3)},
            {"csrf_token", request.session->session.csrf_token},
            {"version", briefing.version},
            {"href", href},
            {"may_edit", view.may_edit},
            {"may_submit", view.may_submit},
            {"may_approve", view.may_approve},
            {"may_publish", view.may_publish},
            {"may_withdraw", view.may_withdraw},
            {"checked", hits.has_value()},
            {"hits", hits ? HitRows(*hits,
                                    domain::MayPublishBriefings(requester) &&
                                        briefing.state != domain::BriefingState::kPublished &&
                                        briefing.state != domain::BriefingState::kWithdrawn,
                                    href)
                          : json::array()},
            {"has_hits", hits && !hits->empty()},
            {"unresolved", unresolved},
            {"sharing", sharing}};
  if (!errors.empty()) {
    json list = json::array();
    for (const auto& entry : errors.entries()) {
      list.push_back({{"href", entry.key.empty() ? "" : "#" + entry.key}, {"text", entry.message}});
      if (!entry.key.empty()) page[entry.key + "_error"] = entry.message;
    }
    page["has_errors"] = true;
    page["errors"] = list;
  }
  return RenderPage(services.context.renderer, request, "briefing", std::move(page), status);
}

}  // namespace assure::http::pages
