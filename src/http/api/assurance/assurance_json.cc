#include "http/api/assurance/assurance_json.h"

#include <string>
#include <utility>

#include "core/clock.h"
#include "http/common/json_fields.h"

namespace assure::http::api {

namespace {

using nlohmann::json;

json OptionalId(const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); }

json MatrixJson(const std::vector<domain::MatrixRow>& rows) {
  json out = json::array();
  for (const domain::MatrixRow& row : rows) {
    json cells = json::array();
    for (const domain::MatrixCell& cell : row.cells) {
      cells.push_back({{"standard_id", cell.standard_id},
                       {"rating", cell.rating.empty() ? json(nullptr) : json(cell.rating)},
                       {"challenged", cell.challenged}});
    }
    out.push_back({{"agency_id", row.agency_id},
                   {"agency_name", row.agency_name},
                   {"state", row.state ? json(domain::ReturnStateName(*row.state)) : json(nullptr)},
                   {"overdue", row.overdue},
                   {"cells", cells}});
  }
  return out;
}

}  // namespace

json ActivityJson(const domain::Activity& a) {
  return {{"id", a.id},
          {"kind", domain::ActivityKindName(*a.content.kind)},
          {"title", a.content.title},
          {"themes", a.content.themes},
          {"lead_user_id", OptionalId(a.content.lead_user_id)},
          {"agency_ids", a.content.agency_ids},
          {"starts_on", DateJson(a.content.starts_on)},
          {"ends_on", DateJson(a.content.ends_on)},
          {"feeds_from", a.content.feeds_from},
          {"state", domain::ActivityStateName(a.state)},
          {"completed_on", DateJson(a.completed_on)},
          {"version", a.version}};
}

json FrameworkJson(const domain::StandardsFramework& f) {
  json standards = json::array();
  for (const domain::Standard& s : f.standards) {
    standards.push_back({{"id", s.id},
                         {"position", s.position},
                         {"code", s.text.code},
                         {"heading", s.text.heading},
                         {"statement", s.text.statement},
                         {"good_looks_like", s.text.good_looks_like}});
  }
  return {{"id", f.id},
          {"family_id", f.family_id},
          {"version_number", f.version_number},
          {"template", f.template_key.empty() ? json(nullptr) : json(f.template_key)},
          {"name", f.content.name},
          {"description", f.content.description},
          {"scale", domain::RatingScaleName(f.content.scale)},
          {"ratings", std::vector<std::string>(domain::RatingsOf(f.content.scale).begin(),
                                               domain::RatingsOf(f.content.scale).end())},
          {"evidence_required", f.content.evidence_required},
          {"standards", standards},
          {"created_at", core::FormatInstant(f.created_at)}};
}

json RoundJson(const domain::Round& r) {
  return {{"id", r.id},
          {"activity_id", r.activity_id},
          {"framework_id", r.framework_id},
          {"title", r.title},
          {"opened_on", DateJson(r.opened_on)},
          {"due_on", DateJson(r.due_on)},
          {"state", domain::RoundStateName(r.state)},
          {"closed_on", DateJson(r.closed_on)},
          {"shared", r.shared},
          {"agency_ids", r.agency_ids},
          {"version", r.version}};
}

json EvaluationRoundViewJson(const domain::EvaluationRoundView& view) {
  return {{"round", RoundJson(view.round)},
          {"framework", FrameworkJson(view.framework)},
          {"matrix", MatrixJson(view.matrix)},
          {"may_close", view.may_close},
          {"may_share", view.may_share}};
}

json ReturnJson(const domain::Return& r) {
  json answers = json::array();
  for (const domain::ReturnAnswer& a : r.answers) {
    answers.push_back(
        {{"standard_id", a.standard_id},
         {"rating", a.rating.empty() ? json(nullptr) : json(a.rating)},
         {"narrative", a.narrative},
         {"agreed_rating", a.agreed_rating.empty() ? json(nullptr) : json(a.agreed_rating)}});
  }
  return {{"id", r.id},
          {"round_id", r.round_id},
          {"agency_id", r.agency_id},
          {"state", domain::ReturnStateName(r.state)},
          {"first_submitted_on", DateJson(r.first_submitted_on)},
          {"submitted_on", DateJson(r.submitted_on)},
          {"reopen_reason", r.reopen_reason},
          {"answers", answers},
          {"version", r.version}};
}

json ChallengeJson(const domain::Challenge& c) {
  auto optional_instant = [](const std::optional<core::Instant>& at) {
    return at ? json(core::FormatInstant(*at)) : json(nullptr);
  };
  return {{"id", c.id},
          {"standard_id", c.standard_id},
          {"question", c.question},
          {"asked_at", core::FormatInstant(c.asked_at)},
          {"answer", c.answer.empty() ? json(nullptr) : json(c.answer)},
          {"answered_at", optional_instant(c.answered_at)},
          {"resolved", c.resolved},
          {"rating_before", c.rating_before.empty() ? json(nullptr) : json(c.rating_before)},
          {"rating_after", c.rating_after.empty() ? json(nullptr) : json(c.rating_after)},
          {"resolved_at", optional_instant(c.resolved_at)}};
}

json ReturnViewJson(const domain::ReturnView& view) {
  json evidence = json::array();
  for (const domain::ReturnEvidence& file : view.evidence) {
    evidence.push_back({{"id", file.id},
                        {"standard_id", file.standard_id},
                        {"file_name", file.file_name},
                        {"content_type", file.content_type},
                        {"size", file.size},
                        {"uploaded_at", core::FormatInstant(file.uploaded_at)}});
  }
  json challenges = json::array();
  for (const domain::Challenge& c : view.challenges) challenges.push_back(ChallengeJson(c));
  json actions = json::array();
  for (const domain::PlanAction& a : view.actions) {
    actions.push_back({{"id", a.id},
                       {"title", a.title},
                       {"due_on", DateJson(a.due_on)},
                       {"status", domain::ActionStatusName(a.status)}});
  }
  json out = ReturnJson(view.ret);
  out["agency_name"] = view.agency_name;
  out["round"] = RoundJson(view.round);
  out["framework_id"] = view.framework.id;
  out["scale"] = domain::RatingScaleName(view.framework.content.scale);
  out["overdue"] = view.overdue;
  out["evidence"] = evidence;
  out["challenges"] = challenges;
  out["actions"] = actions;
  out["may_edit"] = view.may_edit;
  out["may_answer"] = view.may_answer;
  out["may_challenge"] = view.may_challenge;
  return out;
}

json TrendJson(const std::vector<domain::TrendPoint>& points) {
  json out = json::array();
  for (const domain::TrendPoint& p : points) {
    json ratings = json::object();
    for (const auto& [code, rating] : p.ratings) {
      ratings[code] = rating.empty() ? json(nullptr) : json(rating);
    }
    out.push_back({{"round_id", p.round_id},
                   {"round_title", p.round_title},
                   {"opened_on", DateJson(p.opened_on)},
                   {"scale", domain::RatingScaleName(p.scale)},
                   {"ratings", ratings}});
  }
  return out;
}

core::Result<domain::ActivityContent> ActivityContentFrom(const json& body) {
  JsonFields fields(body);
  domain::ActivityContent content;
  if (fields.Has("kind")) {
    content.kind = domain::ParseActivityKind(fields.Text("kind"));
    if (!content.kind) {
      fields.Fail("kind",
                  "Choose thematic_review, self_evaluation_round, staff_survey, case_audit, "
                  "practitioner_conversation or service_user_feedback.");
    }
  }
  content.title = fields.Text("title");
  content.themes = fields.Texts("themes");
  content.lead_user_id = fields.Id("lead_user_id");
  content.agency_ids = fields.Ids("agency_ids");
  content.starts_on = fields.Date("starts_on");
  content.ends_on = fields.Date("ends_on");
  content.feeds_from = fields.Ids("feeds_from");
  return ValueIfAllRead(fields, std::move(content));
}

core::Result<domain::FrameworkDraft> FrameworkDraftFrom(const json& body) {
  JsonFields fields(body);
  domain::FrameworkDraft draft;
  draft.name = fields.Text("name");
  draft.description = fields.Text("description");
  const auto scale = domain::ParseRatingScale(fields.Text("scale"));
  if (!scale) fields.Fail("scale", "Choose four_point or rag.");
  draft.scale = scale.value_or(domain::RatingScale::kFourPoint);
  draft.evidence_required = fields.Bool("evidence_required");
  for (JsonFields& standard : fields.Objects("standards")) {
    draft.standards.push_back({standard.Text("code"), standard.Text("heading"),
                               standard.Text("statement"), standard.Text("good_looks_like")});
  }
  return ValueIfAllRead(fields, std::move(draft));
}

core::Result<domain::NewRound> NewRoundFrom(const json& body) {
  JsonFields fields(body);
  domain::NewRound round;
  round.activity_id = fields.Id("activity_id");
  round.framework_id = fields.Id("framework_id");
  round.title = fields.Text("title");
  round.due_on = fields.Date("due_on");
  round.agency_ids = fields.Ids("agency_ids");
  return ValueIfAllRead(fields, std::move(round));
}

core::Result<std::vector<domain::ReturnAnswer>> AnswersFrom(const json& body) {
  JsonFields fields(body);
  std::vector<domain::ReturnAnswer> answers;
  for (JsonFields& answer : fields.Objects("answers")) {
    domain::ReturnAnswer given;
    given.standard_id = answer.Id("standard_id").value_or(0);
    given.rating = answer.Text("rating");
    given.narrative = answer.Text("narrative");
    answers.push_back(std::move(given));
  }
  return ValueIfAllRead(fields, std::move(answers));
}

}  // namespace assure::http::api
