#include "http/pages/actions/action_forms.h"

#include <algorithm>

#include "domain/actions/action_rules.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/url_encoding.h"

namespace assure::http::pages {

namespace {

std::string Value(const FormData& form, std::string_view key) { return form.Get(key).value_or(""); }

std::string Text(const FormData& form, std::string_view key) {
  return WithLineFeeds(Value(form, key));
}

bool Blank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// The row number of a key "<prefix><n>", or nullopt.
std::optional<int> RowOf(std::string_view key, std::string_view prefix) {
  if (!key.starts_with(prefix)) return std::nullopt;
  key.remove_prefix(prefix.size());
  return ParseWhole(key);
}

// "National review" -> "national review".
std::string LowerFirst(std::string_view text) {
  std::string out{text};
  if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z') out[0] = static_cast<char>(out[0] + 32);
  return out;
}

int Rows(int wanted, int at_least) {
  return std::clamp(std::max(wanted, at_least), 1, static_cast<int>(domain::kMaxActionSources));
}

// A source chosen from a list of records, in a select `key`.
void ChosenRecord(const FormData& form, const std::string& key, domain::SourceKind kind,
                  std::vector<domain::ActionSource>& sources, FormErrors& errors) {
  const auto chosen = Value(form, key);
  if (chosen.empty()) return;
  if (auto id = ParsePositive(chosen)) {
    sources.push_back({kind, *id, ""});
  } else {
    errors.Add(key, "Choose a source from the list");
  }
}

}  // namespace

std::string RecommendationKey(int row) { return "recommendation_" + std::to_string(row); }
std::string RapidReviewKey(int row) { return "rapid_review_" + std::to_string(row); }
std::string OtherKindKey(int row) { return "other_kind_" + std::to_string(row); }
std::string OtherLabelKey(int row) { return "other_label_" + std::to_string(row); }
std::string SourcesKey() { return RecommendationKey(0); }

std::vector<domain::SourceKind> LabelledSourceKinds() {
  return {domain::SourceKind::kNationalReview, domain::SourceKind::kThematicReview,
          domain::SourceKind::kAuditFinding, domain::SourceKind::kBoardDecision};
}

PlanFormRows RowsFor(const std::vector<domain::ActionSource>& sources) {
  int recommendations = 0;
  int rapid_reviews = 0;
  int others = 0;
  for (const auto& source : sources) {
    if (domain::SourceKeptByItsRecord(source.kind)) continue;  // not the form's to change
    if (source.kind == domain::SourceKind::kRecommendation && source.ref_id) {
      ++recommendations;
    } else if (source.kind == domain::SourceKind::kRapidReview && source.ref_id) {
      ++rapid_reviews;
    } else {
      ++others;
    }
  }
  const PlanFormRows defaults;
  return {Rows(recommendations + 1, defaults.recommendations),
          Rows(rapid_reviews, defaults.rapid_reviews), Rows(others, defaults.others)};
}

PlanFormRows RowsFor(const FormData& form) {
  int recommendations = 0;
  int rapid_reviews = 0;
  int others = 0;
  for (const auto& [name, value] : form.pairs()) {
    if (auto row = RowOf(name, "recommendation_"))
      recommendations = std::max(recommendations, *row + 1);
    if (auto row = RowOf(name, "rapid_review_")) rapid_reviews = std::max(rapid_reviews, *row + 1);
    if (auto row = RowOf(name, "other_kind_")) others = std::max(others, *row + 1);
    if (auto row = RowOf(name, "other_label_")) others = std::max(others, *row + 1);
  }
  const PlanFormRows defaults;
  return {Rows(recommendations, defaults.recommendations),
          Rows(rapid_reviews, defaults.rapid_reviews), Rows(others, defaults.others)};
}

domain::NewAction ParseActionPlan(const FormData& form, FormErrors& errors, bool sources_kept) {
  domain::NewAction draft;
  draft.title = Value(form, "title");
  if (Blank(draft.title)) errors.Add("title", "Enter what will change");
  const auto agency = Value(form, "owner_agency_id");
  if (auto id = ParsePositive(agency)) {
    draft.owner_agency_id = *id;
  } else {
    errors.Add("owner_agency_id", "Choose the agency that owns the action");
  }
  const auto lead = Value(form, "lead_user_id");
  if (!lead.empty()) {
    if (auto id = ParsePositive(lead)) {
      draft.lead_user_id = *id;
    } else {
      errors.Add("lead_user_id", "Choose the lead from the list");
    }
  }
  draft.lead_name = Value(form, "lead_name");
  if (lead.empty() && Blank(draft.lead_name)) {
    errors.Add("lead_name", "Choose the lead from the list, or enter their name");
  }
  draft.success_measure = Text(form, "success_measure");
  if (auto due = ParseDate(form, "due_on", "the date the action is due", true, errors)) {
    draft.due_on = *due;
  }
  if (auto priority = domain::ParseActionPriority(Value(form, "priority"))) {
    draft.priority = *priority;
  } else {
    errors.Add("priority", "Choose the action's priority");
  }

  const auto rows = RowsFor(form);
  for (int row = 0; row < rows.recommendations; ++row) {
    ChosenRecord(form, RecommendationKey(row), domain::SourceKind::kRecommendation, draft.sources,
                 errors);
  }
  for (int row = 0; row < rows.rapid_reviews; ++row) {
    ChosenRecord(form, RapidReviewKey(row), domain::SourceKind::kRapidReview, draft.sources,
                 errors);
  }
  for (int row = 0; row < rows.others; ++row) {
    const auto kind_name = Value(form, OtherKindKey(row));
    const auto label = Value(form, OtherLabelKey(row));
    if (kind_name.empty()) {
      if (!Blank(label)) errors.Add(OtherKindKey(row), "Choose what kind of source this is");
      continue;
    }
    const auto kind = domain::ParseSourceKind(kind_name);
    const auto allowed = LabelledSourceKinds();
    if (!kind || std::find(allowed.begin(), allowed.end(), *kind) == allowed.end()) {
      errors.Add(OtherKindKey(row), "Choose what kind of source this is");
      continue;
    }
    if (Blank(label)) {
      errors.Add(OtherLabelKey(row),
                 "Enter the name of the " + LowerFirst(domain::SourceKindLabel(*kind)));
      continue;
    }
    draft.sources.push_back({*kind, std::nullopt, label});
  }
  if (draft.sources.empty() && !sources_kept && errors.MessageFor(SourcesKey()).empty()) {
    errors.Add(SourcesKey(),
               "Choose at least one source: the recommendation, review, finding or decision this "
               "action answers");
  }
  return draft;
}

FormData ActionPlanValues(const domain::PlanAction& action) {
  std::vector<std::pair<std::string, std::string>> pairs{
      {"version", std::to_string(action.version)},
      {"title", action.title},
      {"owner_agency_id", std::to_string(action.owner_agency_id)},
      {"lead_user_id", action.lead_user_id ? std::to_string(*action.lead_user_id) : ""},
      {"lead_name", action.lead_user_id ? "" : action.lead_name},
      {"success_measure", action.success_measure},
      {"priority", std::string{domain::ActionPriorityName(action.priority)}}};
  AppendDate(pairs, "due_on", action.due_on);
  int recommendations = 0;
  int rapid_reviews = 0;
  int others = 0;
  for (const auto& source : action.sources) {
    if (domain::SourceKeptByItsRecord(source.kind)) continue;  // not the form's to change
    if (source.kind == domain::SourceKind::kRecommendation && source.ref_id) {
      pairs.emplace_back(RecommendationKey(recommendations++), std::to_string(*source.ref_id));
    } else if (source.kind == domain::SourceKind::kRapidReview && source.ref_id) {
      pairs.emplace_back(RapidReviewKey(rapid_reviews++), std::to_string(*source.ref_id));
    } else {
      pairs.emplace_back(OtherKindKey(others), std::string{domain::SourceKindName(source.kind)});
      pairs.emplace_back(OtherLabelKey(others++), source.label);
    }
  }
  return FormData(std::move(pairs));
}

void AddPlanError(FormErrors& errors, const core::Error& error) {
  if (error.field == "sources") {
    errors.Add(SourcesKey(), error.message);
  } else {
    errors.Add(error);
  }
}

domain::ActionUpdateInput ParseActionUpdate(const FormData& form, FormErrors& errors) {
  domain::ActionUpdateInput input;
  if (auto on = ParseDate(form, "on", "the date of the update", true, errors)) input.on = *on;
  input.narrative = Text(form, "narrative");
  if (auto status = domain::ParseActionStatus(Value(form, "status"))) {
    input.status = *status;
  } else {
    errors.Add("status", "Choose the action's status after this update");
  }
  input.status_reason = Text(form, "status_reason");
  if (auto rag = domain::ParseRag(Value(form, "rag"))) {
    input.rag = *rag;
  } else {
    errors.Add("rag", "Choose the RAG rating: red, amber or green");
  }
  input.evidence = Text(form, "evidence");
  return input;
}

domain::ReviewInput ParseReviewEntry(const FormData& form, FormErrors& errors) {
  domain::ReviewInput input;
  if (auto outcome = domain::ParseReviewOutcome(Value(form, "outcome"))) {
    input.outcome = *outcome;
    if (*outcome == domain::ReviewOutcome::kExtend) {
      input.new_due_on = ParseDate(form, "new_due_on", "the new due date", true, errors);
    }
  } else {
    errors.Add("outcome", "Choose the outcome of the review");
  }
  input.note = Text(form, "note");
  return input;
}

}  // namespace assure::http::pages
