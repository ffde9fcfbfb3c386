// The table of step forms (case_steps.h): each step's fields, its starting values from the
// case's records, and the call of CaseService (or InformationRequestService) it makes.
#include <algorithm>
#include <array>

#include "domain/london_date.h"
#include "http/handlers/case_steps.h"

namespace assure::http::handlers {

namespace {

using domain::Transition;

domain::CaseId CaseIdOf(const StepContext& context) { return context.view.records.record.id; }

template <typename T>
StepResult Outcome(const core::Result<T>& result) {
  if (result.ok()) return {};
  return {result.error(), {}};
}

std::string Row(std::string_view list, int row, std::string_view field = {}) {
  return std::string{list} + "_" + std::to_string(row) + (field.empty() ? "" : "_") +
         std::string{field};
}

std::vector<Choice> AgencyChoices(const StepContext& context) {
  std::vector<Choice> choices;
  for (const auto& [id, name] : context.agencies) choices.push_back({std::to_string(id), name, ""});
  return choices;
}

// ---- notify_panel ----

void NotifyFields(FormView& view, const StepContext&) {
  view.Date("sent_on", "Date the notification was sent");
  view.Text("panel_reference", "Panel reference", "Leave this blank until the panel gives one",
            "govuk-input--width-20");
}

void NotifyPrefill(Pairs& pairs, const StepContext& context) {
  if (const auto& notification = context.view.records.notification) {
    AppendDate(pairs, "sent_on", notification->sent_on);
    pairs.emplace_back("panel_reference", notification->panel_reference);
  }
}

StepResult NotifyApply(const StepContext& context, const FormData& form, domain::Version version,
                       FormErrors& errors) {
  auto input = ParseNotification(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.RecordNotification(context.requester, CaseIdOf(context),
                                                           version, std::move(input)));
}

// ---- request_information ----

void RequestFields(FormView& view, const StepContext& context) {
  std::vector<Choice> agencies{{"", "Choose an agency", ""}};
  for (auto& choice : AgencyChoices(context)) agencies.push_back(std::move(choice));
  view.Select("agency_id", "Agency to ask", agencies);
  view.Date("requested_on", "Date of the request");
  view.Date("due_on", "Date the answer is due");
  view.Textarea("asked", "What you are asking for",
                "For example, a chronology and a summary of the agency's involvement");
}

void RequestPrefill(Pairs& pairs, const StepContext& context) {
  AppendDate(pairs, "requested_on", domain::LondonDate(context.services.deps.clock.Now()));
}

StepResult RequestApply(const StepContext& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  auto request = ParseInformationRequest(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.requests.Create(context.requester, CaseIdOf(context), version,
                                                  std::move(request)));
}

// ---- arrange_rapid_review ----

void ArrangeFields(FormView& view, const StepContext&) {
  view.Date("meeting_on", "Date of the rapid review meeting");
}

void NoPrefill(Pairs&, const StepContext&) {}

StepResult ArrangeApply(const StepContext& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  const auto meeting = ParseMeetingDate(form, errors);
  if (!errors.empty() || !meeting) return {};
  return Outcome(context.services.cases.ArrangeRapidReview(context.requester, CaseIdOf(context),
                                                           version, *meeting));
}

// ---- record_rapid_review ----

bool AsksS44(const StepContext& context) {
  return context.view.records.record.type != domain::CaseType::kChild;
}

void RapidReviewFields(FormView& view, const StepContext& context) {
  view.Section("The meeting");
  view.Date("meeting_on", "Date of the meeting");
  view.Date("completed_on", "Date the rapid review was completed");
  view.Checkboxes("agencies_present", "Agencies present", AgencyChoices(context),
                  "Select all that apply");
  view.Section("What the rapid review found");
  view.Textarea("facts", "Facts");
  view.Textarea("immediate_actions", "Immediate safety actions");
  view.Textarea("learning", "Learning");
  view.Section("Decision");
  view.Radios("decision", "Decision",
              {{"cspr", "Hold a Child Safeguarding Practice Review (CSPR)", "Child or joint cases"},
               {"sar", "Hold a Safeguarding Adults Review (SAR)", "Adult or joint cases"},
               {"joint", "Hold a joint review", "Joint cases"},
               {"none", "No review", ""},
               {"other", "Other", "Another kind of learning, explained in the rationale"}});
  view.Textarea("rationale", "Rationale for the decision");
  view.Date("decided_on",
            "Date of the decision to hold a full review (if not the completion date)");
  if (AsksS44(context)) {
    view.Section("Care Act section 44",
                 "Answer these for a SAR or joint review decision: they show whether the SAR is "
                 "mandatory or discretionary.");
    for (const auto& question : S44Questions()) {
      view.Radios(std::string{question.key}, std::string{question.question}, YesNoChoices(), {},
                  true);
    }
  }
}

StepResult RapidReviewApply(const StepContext& context, const FormData& form,
                            domain::Version version, FormErrors& errors) {
  auto input = ParseRapidReview(form, AsksS44(context), errors);
  if (!errors.empty()) return {};
  auto result = Outcome(context.services.cases.RecordRapidReview(
      context.requester, CaseIdOf(context), version, std::move(input)));
  // The guard names the s44 answers as a whole: point at the first question.
  if (result.refused && result.refused->field == "s44") {
    result.refused->field = std::string{S44Questions().front().key};
  }
  return result;
}

// ---- record_panel_response ----

void PanelFields(FormView& view, const StepContext&) {
  view.Date("sent_to_panel_on", "Date the rapid review was sent to the panel");
  view.Radios("panel_response", "The panel's response",
              {{"none", "Not answered yet", ""},
               {"agree", "Agrees with the decision", ""},
               {"disagree", "Disagrees with the decision", ""},
               {"national_review", "Will hold a national review", ""}});
  view.Date("response_on", "Date the panel responded");
}

void PanelPrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.rapid_review;
  if (!review) return;
  AppendDate(pairs, "sent_to_panel_on", review->sent_to_panel_on);
  pairs.emplace_back("panel_response", domain::PanelResponseName(review->panel_response));
  AppendDate(pairs, "response_on", review->panel_response_on);
}

StepResult PanelApply(const StepContext& context, const FormData& form, domain::Version version,
                      FormErrors& errors) {
  auto input = ParsePanelResponse(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.RecordPanelResponse(context.requester, CaseIdOf(context),
                                                            version, std::move(input)));
}

// ---- close_without_review ----

void CloseFields(FormView& view, const StepContext&) {
  view.Textarea("rationale", "Why is the case closing without a review?");
}

StepResult CloseApply(const StepContext& context, const FormData& form, domain::Version version,
                      FormErrors&) {
  return Outcome(context.services.cases.CloseWithoutReview(
      context.requester, CaseIdOf(context), version, form.Get("rationale").value_or("")));
}

// ---- appoint_reviewer ----

void AppointFields(FormView& view, const StepContext& context) {
  std::vector<Choice> choices{{"", "Choose a reviewer", ""}};
  if (auto reviewers = context.services.reviewers.List(context.requester)) {
    for (const auto& reviewer : *reviewers) {
      choices.push_back({std::to_string(reviewer.id), reviewer.name, ""});
    }
  }
  view.Select("reviewer_id", "Independent reviewer", choices,
              "From the reviewers register. Their declared interests are checked against the "
              "agencies involved in this case.");
}

void AppointPrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (review && review->reviewer_id) {
    pairs.emplace_back("reviewer_id", std::to_string(*review->reviewer_id));
  }
}

StepResult AppointApply(const StepContext& context, const FormData& form, domain::Version version,
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

void StageFields(FormView& view, const StepContext&) {
  view.Date("started_on", "Date the review started",
            "A SAR's 6-month clock starts here. For example, 27 3 2025");
  const auto names = domain::ReviewStageNames();
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::string name{names[i]};
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    view.Section(name);
    const int row = static_cast<int>(i);
    view.Date(Row("stages", row, "planned_on"), "Planned date: " + std::string{names[i]});
    view.Date(Row("stages", row, "actual_on"), "Actual date: " + std::string{names[i]});
  }
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
    AppendDate(pairs, Row("stages", row, "planned_on"), stage.planned_on);
    AppendDate(pairs, Row("stages", row, "actual_on"), stage.actual_on);
  }
}

StepResult StageApply(const StepContext& context, const FormData& form, domain::Version version,
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
    if (!values.Get(Row(list, row)).value_or("").empty()) used = std::max(used, row + 1);
  }
  return std::min(50, used + kExtraFindingRows);
}

void FindingsFields(FormView& view, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  const std::size_t findings = review ? review->findings.size() : 0;
  const std::size_t recommendations = review ? review->recommendations.size() : 0;
  view.Section("Findings", "Leave a box blank to leave it out; the rest are numbered in order.");
  for (int row = 0; row < RowsFor(context.values, "findings", findings); ++row) {
    view.Textarea(Row("findings", row), "Finding " + std::to_string(row + 1), {}, 3);
  }
  view.Section("Recommendations",
               "Each recommendation keeps its number; actions are tracked against it.");
  for (int row = 0; row < RowsFor(context.values, "recommendations", recommendations); ++row) {
    view.Textarea(Row("recommendations", row), "Recommendation " + std::to_string(row + 1), {}, 3);
  }
}

void FindingsPrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (!review) return;
  for (std::size_t i = 0; i < review->findings.size(); ++i) {
    pairs.emplace_back(Row("findings", static_cast<int>(i)), review->findings[i].text);
  }
  for (std::size_t i = 0; i < review->recommendations.size(); ++i) {
    pairs.emplace_back(Row("recommendations", static_cast<int>(i)),
                       review->recommendations[i].text);
  }
}

StepResult FindingsApply(const StepContext& context, const FormData& form, domain::Version version,
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

void NoticeFields(FormView& view, const StepContext&) {
  view.Date("notice_sent_on", "Date the notice was sent to the national panel");
  view.Date("planned_publication_on", "Planned publication date",
            "Leave this blank to keep the date in the review's plan. For example, 27 3 2025");
}

void NoticePrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.full_review;
  if (!review) return;
  AppendDate(pairs, "notice_sent_on", review->notice_sent_on);
  AppendDate(pairs, "planned_publication_on", review->planned_publication_on);
}

StepResult NoticeApply(const StepContext& context, const FormData& form, domain::Version version,
                       FormErrors& errors) {
  auto input = ParseNotice(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.SendPrepublicationNotice(
      context.requester, CaseIdOf(context), version, std::move(input)));
}

// ---- publish, publish_after_embargo ----

void PublishFields(FormView& view, const StepContext&) {
  view.Date("published_on", "Date the review was published");
  view.Text("publication_link", "Link to the published review", "Starting https://");
}

StepResult PublishApply(const StepContext& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  auto input = ParsePublication(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.Publish(context.requester, CaseIdOf(context), version,
                                                std::move(input)));
}

StepResult PublishAfterEmbargoApply(const StepContext& context, const FormData& form,
                                    domain::Version version, FormErrors& errors) {
  auto input = ParsePublication(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.PublishAfterEmbargo(context.requester, CaseIdOf(context),
                                                            version, std::move(input)));
}

// ---- embargo ----

void EmbargoFields(FormView& view, const StepContext&) {
  view.Textarea("embargo_reason", "Why is publication held back?",
                "For example, criminal proceedings are under way");
}

StepResult EmbargoApply(const StepContext& context, const FormData& form, domain::Version version,
                        FormErrors&) {
  return Outcome(context.services.cases.Embargo(context.requester, CaseIdOf(context), version,
                                                form.Get("embargo_reason").value_or("")));
}

const std::array<StepPage, 13> kStepPages{{
    {Transition::kNotifyPanel,
     "The local authority notifies the Child Safeguarding Practice Review Panel within 5 working "
     "days of becoming aware. Record it again later to add the panel's reference.",
     "Save the notification", NotifyFields, NotifyPrefill, NotifyApply},
    {Transition::kRequestInformation,
     "The agency's safeguarding lead sees this request, and only this, for their agency.",
     "Send the request", RequestFields, RequestPrefill, RequestApply},
    {Transition::kArrangeRapidReview, "", "Arrange the meeting", ArrangeFields, NoPrefill,
     ArrangeApply},
    {Transition::kRecordRapidReview,
     "A decision to hold a CSPR, SAR or joint review converts the case into its full review; "
     "any other decision closes the case.",
     "Record the rapid review", RapidReviewFields, NoPrefill, RapidReviewApply},
    {Transition::kRecordPanelResponse, "", "Save the panel's response", PanelFields, PanelPrefill,
     PanelApply},
    {Transition::kCloseWithoutReview, "Only the business manager can close a case.",
     "Close the case", CloseFields, NoPrefill, CloseApply},
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

std::span<const StepPage> StepPages() { return kStepPages; }

}  // namespace assure::http::handlers
