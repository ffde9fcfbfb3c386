#include "http/api/learning/briefing_json.h"

#include <string>

#include "http/common/json_fields.h"
#include "reports/markdown_html.h"

namespace assure::http::api {

namespace {

using nlohmann::json;

json OptionalIdJson(const std::optional<std::int64_t>& id) {
  return id ? json(*id) : json(nullptr);
}

json LinesJson(const std::vector<domain::DiffLine>& lines) {
  json list = json::array();
  for (const auto& line : lines) {
    list.push_back({{"kind", domain::DiffKindName(line.kind)}, {"text", line.text}});
  }
  return list;
}

}  // namespace

std::string BriefingApiHref(domain::BriefingId id) {
  return "/api/v1/briefings/" + std::to_string(id);
}

json BriefingJson(const domain::Briefing& b) {
  json audiences = json::array();
  for (const auto audience : b.content.audiences)
    audiences.push_back(domain::AudienceName(audience));
  return {{"id", b.id},
          {"kind", domain::BriefingKindName(b.content.kind)},
          {"title", b.content.title},
          {"body_markdown", b.content.body_markdown},
          {"state", domain::BriefingStateName(b.state)},
          {"audiences", audiences},
          {"themes", b.content.themes},
          {"case_ids", b.content.case_ids},
          {"recommendation_ids", b.content.recommendation_ids},
          {"action_ids", b.content.action_ids},
          {"created_by", b.created_by},
          {"created_at", core::FormatInstant(b.created_at)},
          {"updated_at", core::FormatInstant(b.updated_at)},
          {"approved_by", OptionalIdJson(b.approved_by)},
          {"approved_on", DateJson(b.approved_on)},
          {"published_on", DateJson(b.published_on)},
          {"withdrawn_on", DateJson(b.withdrawn_on)},
          {"withdrawal_reason", b.withdrawal_reason},
          {"version", b.version}};
}

json BriefingViewJson(const domain::BriefingView& view) {
  json cases = json::array();
  for (const auto& link : view.cases)
    cases.push_back({{"id", link.id}, {"reference", link.reference}});
  return {{"briefing", BriefingJson(view.briefing)},
          {"body_html", reports::MarkdownHtml(view.briefing.content.body_markdown)},
          {"cases", cases},
          {"may",
           {{"edit", view.may_edit},
            {"submit", view.may_submit},
            {"approve", view.may_approve},
            {"publish", view.may_publish},
            {"withdraw", view.may_withdraw}}}};
}

json BriefingVersionJson(const domain::BriefingVersion& v) {
  return {{"version", v.version},
          {"title", v.title},
          {"body_markdown", v.body_markdown},
          {"saved_by", v.saved_by},
          {"saved_at", core::FormatInstant(v.saved_at)}};
}

json ComparisonJson(const domain::VersionComparison& comparison) {
  return {{"from", comparison.from.version},
          {"to", comparison.to.version},
          {"title", LinesJson(comparison.title)},
          {"body", LinesJson(comparison.body)}};
}

json AcceptanceJson(const domain::HitAcceptance& a) {
  return {{"hit", a.hit_id},
          {"kind", a.kind},
          {"reason", a.reason},
          {"accepted_by", a.accepted_by},
          {"accepted_at", core::FormatInstant(a.accepted_at)}};
}

json HitJson(const domain::BriefingHit& hit) {
  json body{{"id", hit.id},
            {"kind", domain::IdentifierKindName(hit.hit.kind)},
            {"field", hit.field},
            {"text", hit.hit.text},
            {"offset", hit.hit.offset},
            {"length", hit.hit.length},
            {"context", hit.hit.context},
            {"description", hit.description},
            {"case_id", OptionalIdJson(hit.hit.case_id)},
            {"case_reference",
             hit.hit.case_reference.empty() ? json(nullptr) : json(hit.hit.case_reference)},
            {"matched", hit.detail_shown ? json(hit.hit.matched) : json(nullptr)},
            {"accepted", hit.acceptance.has_value()},
            {"acceptance", hit.acceptance ? AcceptanceJson(*hit.acceptance) : json(nullptr)}};
  return body;
}

json HitsJson(const std::vector<domain::BriefingHit>& hits) {
  json list = json::array();
  for (const auto& hit : hits) list.push_back(HitJson(hit));
  return list;
}

}  // namespace assure::http::api
