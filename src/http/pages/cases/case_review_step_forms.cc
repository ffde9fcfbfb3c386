// The steps of the full review (case_steps.h): appointing the reviewer, the stages, findings and
// recommendations, the prepublication notice, publication and embargo; each step's fields, its
// starting values from the case's records, and the call of CaseService it makes.
#include <algorithm>
#include <array>

#include "http/pages/cases/case_steps.h"

namespace assure::http::pages {

namespace {

using domain::Transition;

// ---- appoint_reviewer ----

core::Status AppointFields(FormView& view, const StepContext& context) {
  std::vector<Choice> choices{{"", "Choose a reviewer", ""}};
  ASSURE_ASSIGN_OR_RETURN(const auto reviewers, context.services.reviewers.List(context.requester));
  for (const auto& reviewer : reviewers) {
    choices.push_back({std::to_string(reviewer.id), reviewer.name, ""});
  }
  view.Select("reviewer_id", "Independent reviewer", choices,
              "From the reviewers register. Their declared interests are checked against the "
              "agencies involved in this case.");
  return core::Ok();
}

void AppointPrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (review && review->reviewer_id) {
    pairs.emplace_back("reviewer_id", std::to_string(*review->reviewer_id));
  }
}

StepResult AppointApply(const StepCall& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  const auto reviewer = ParseReviewerChoice(form, errors);
  if (!errors.empty() || !reviewer) return {};
  auto appointment = context.services.cases.AppointReviewer(context.requester, CaseIdOf(context),
                                                            version, *reviewer);
  if (!appointment.ok()) return {appointment.error(), {}};
  StepResult result;
  for (const auto agency : appointment->conflicts) {
    result.query += "&conflict=" + std::to_string(agency);
  }
  return result;
}

// ---- record_stage ----

core::Status StageFields(FormView& view, const StepContext&) {
  view.Date("started_on", "Date the review started",
            "A SAR's 6-month clock starts here. For example, 27 3 2025");
  const auto names = domain::ReviewStageNames();
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string name{names[i]};
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    view.Section(name);
    const int row = static_cast<int>(i);
    view.Date(RowKey("stages", row, "planned_on"), "Planned date: " + std::string{names[i]});
    view.Date(RowKey("stages", row, "actual_on"), "Actual date: " + std::string{names[i]});
  }
  return core::Ok();
}

void StagePrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (!review) return;
  AppendDate(pairs, "started_on", review->started_on);
  const auto names = domain::ReviewStageNames();
  for (const auto& stage : review->stages) {
    const auto at = std::find(names.begin(), names.end(), stage.name);
    if (at == names.end()) continue;
    const int row = static_cast<int>(at - names.begin());
    AppendDate(pairs, RowKey("stages", row, "planned_on"), stage.planned_on);
    AppendDate(pairs, RowKey("stages", row, "actual_on"), stage.actual_on);
  }
}

StepResult StageApply(const StepCall& context, const FormData& form, domain::Version version,
                      FormErrors& errors) {
  auto plan = ParsePlan(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.RecordStages(context.requester, CaseIdOf(context), version,
                                                     std::move(plan)));
}

// ---- record_findings ----

// Rows to offer for a list: those recorded or sent, and a few blank ones (50 at most).
int RowsFor(const FormData& values, std::string_view list, std::size_t recorded) {
  int used = static_cast<int>(recorded);
  for (int row = 0; row < 50 + kExtraFindingRows; ++row) {
    if (!values.Get(RowKey(list, row)).value_or("").empty()) used = std::max(used, row + 1);
  }
  return std::min(50, used + kExtraFindingRows);
}

core::Status FindingsFields(FormView& view, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  const std::size_t findings = review ? review->findings.size() : 0;
  const std::size_t recommendations = review ? review->recommendations.size() : 0;
  view.Section("Findings", "Leave a box blank to leave it out; the rest are numbered in order.");
  for (int row = 0; row < RowsFor(context.values, "findings", findings); ++row) {
    view.Textarea(RowKey("findings", row), "Finding " + std::to_string(row + 1), {}, 3);
  }
  view.Section("Recommendations",
               "Each recommendation keeps its number; actions are tracked against it.");
  for (int row = 0; row < RowsFor(context.values, "recommendations", recommendations); ++row) {
    view.Textarea(RowKey("recommendations", row), "Recommendation " + std::to_string(row + 1), {},
                  3);
  }
  return core::Ok();
}

void FindingsPrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (!review) return;
  for (std::size_t i = 0; i < review->findings.size(); ++i) {
    pairs.emplace_back(RowKey("findings", static_cast<int>(i)), review->findings[i].text);
  }
  for (std::size_t i = 0; i < review->recommendations.size(); ++i) {
    pairs.emplace_back(RowKey("recommendations", static_cast<int>(i)),
                       review->recommendations[i].text);
  }
}

StepResult FindingsApply(const StepCall& context, const FormData& form, domain::Version version,
                         FormErrors&) {
  std::vector<int> finding_rows;
  std::vector<int> recommendation_rows;
  auto input = ParseFindings(form, finding_rows, recommendation_rows);
  auto result = Outcome(context.services.cases.RecordFindings(context.requester, CaseIdOf(context),
                                                              version, std::move(input)));
  if (result.refused) {
    result.refused = ToFormRow(ToFormRow(*result.refused, "findings", finding_rows),
                               "recommendations", recommendation_rows);
  }
  return result;
}

// ---- send_prepublication_notice ----

core::Status NoticeFields(FormView& view, const StepContext&) {
  view.Date("notice_sent_on", "Date the final report was sent to the national panel");
  view.Date("secretary_of_state_sent_on",
            "Date the final report was sent to the Secretary of State",
            "Both copies are due at least 7 working days before publication. Record this step "
            "again when the second copy goes.");
  view.Date("planned_publication_on", "Planned publication date",
            "Leave this blank to keep the date in the review's plan. For example, 27 3 2025");
  return core::Ok();
}

void NoticePrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (!review) return;
  AppendDate(pairs, "notice_sent_on", review->notice_sent_on);
  AppendDate(pairs, "secretary_of_state_sent_on", review->secretary_of_state_notice_on);
  AppendDate(pairs, "planned_publication_on", review->planned_publication_on);
}

StepResult NoticeApply(const StepCall& context, const FormData& form, domain::Version version,
                       FormErrors& errors) {
  auto input = ParseNotice(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.SendPrepublicationNotice(
      context.requester, CaseIdOf(context), version, std::move(input)));
}

// ---- publish, publish_after_embargo ----

core::Status PublishFields(FormView& view, const StepContext&) {
  view.Date("published_on", "Date the review was published");
  view.Text("publication_link", "Link to the published review", "Starting https://");
  return core::Ok();
}

StepResult PublishApply(const StepCall& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  auto input = ParsePublication(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.Publish(context.requester, CaseIdOf(context), version,
                                                std::move(input)));
}

StepResult PublishAfterEmbargoApply(const StepCall& context, const FormData& form,
                                    domain::Version version, FormErrors& errors) {
  auto input = ParsePublication(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.PublishAfterEmbargo(context.requester, CaseIdOf(context),
                                                            version, std::move(input)));
}

// ---- embargo ----

core::Status EmbargoFields(FormView& view, const StepContext&) {
  view.Textarea("embargo_reason", "Why is publication held back?",
                "For example, criminal proceedings are under way");
  view.Date("delay_notified_on",
            "Date the national panel and the Secretary of State were told why publication is "
            "delayed (if they have been)");
  return core::Ok();
}

StepResult EmbargoApply(const StepCall& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  domain::EmbargoInput input;
  input.reason = form.Get("embargo_reason").value_or("");
  input.delay_notified_on =
      ParseDate(form, "delay_notified_on", "the date the panel was told", false, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.Embargo(context.requester, CaseIdOf(context), version,
                                                std::move(input)));
}

const std::array<StepPage, 7> kFullReviewSteps{{
    {Transition::kAppointReviewer, "", "Appoint the reviewer", AppointFields, AppointPrefill,
     AppointApply},
    {Transition::kRecordStage, "Slippage shows where an actual date is later than planned.",
     "Save the stages", StageFields, StagePrefill, StageApply},
    {Transition::kRecordFindings, "", "Save findings and recommendations", FindingsFields,
     FindingsPrefill, FindingsApply},
    {Transition::kSendPrepublicationNotice,
     "The national panel expects the notice 7 working days before publication.", "Save the notice",
     NoticeFields, NoticePrefill, NoticeApply},
    {Transition::kPublish, "Only the business manager can publish a review.", "Publish",
     PublishFields, NoPrefill, PublishApply},
    {Transition::kEmbargo, "Only the business manager can embargo a review.",
     "Embargo the publication", EmbargoFields, NoPrefill, EmbargoApply},
    {Transition::kPublishAfterEmbargo, "Only the business manager can publish a review.", "Publish",
     PublishFields, NoPrefill, PublishAfterEmbargoApply},
}};

}  // namespace

std::span<const StepPage> FullReviewStepPages() { return kFullReviewSteps; }

}  // namespace assure::http::pages
