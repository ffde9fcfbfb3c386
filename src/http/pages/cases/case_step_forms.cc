// The steps up to the rapid review's outcome (case_steps.h): each step's fields, its starting
// values from the case's records, and the call of CaseService (or InformationRequestService) it
// makes; and StepPages, every step in order.
#include <algorithm>
#include <array>
#include <vector>

#include "domain/london_date.h"
#include "http/pages/cases/case_steps.h"

namespace assure::http::pages {

namespace {

using domain::Transition;

// ---- screen_notification ----

core::Status ScreenFields(FormView& view, const StepContext&) {
  view.Radios("notifiable", "Is the case notifiable to the national panel?", YesNoChoices(),
              "Children Act 2004 section 16C: a child died or was seriously harmed and abuse or "
              "neglect is known or suspected, or a looked-after child died",
              true);
  view.Radios("looked_after", "Was the child looked after by a local authority?", YesNoChoices(),
              {}, true);
  view.Radios("child_died", "Did the child die?", YesNoChoices(), {}, true);
  view.Textarea("reason", "If not notifiable, why not?",
                "A looked-after child who died is always notifiable");
  return core::Ok();
}

void ScreenPrefill(Pairs& pairs, const StepContext& context) {
  const auto& screening = context.view.records.record.screening;
  if (!screening) return;
  const auto answer = [](bool yes) { return std::string{yes ? "yes" : "no"}; };
  pairs.emplace_back("notifiable", answer(screening->notifiable));
  pairs.emplace_back("looked_after", answer(screening->looked_after));
  pairs.emplace_back("child_died", answer(screening->child_died));
  pairs.emplace_back("reason", screening->reason);
}

StepResult ScreenApply(const StepCall& context, const FormData& form, domain::Version version,
                       FormErrors& errors) {
  auto input = ParseScreening(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.ScreenNotification(context.requester, CaseIdOf(context),
                                                           version, std::move(input)));
}

// ---- notify_panel ----

core::Status NotifyFields(FormView& view, const StepContext&) {
  view.Date("sent_on", "Date the notification was sent");
  view.Text("panel_reference", "Panel reference", "Leave this blank until the panel gives one",
            "govuk-input--width-20");
  return core::Ok();
}

void NotifyPrefill(Pairs& pairs, const StepContext& context) {
  if (const auto& notification = context.view.records.notification) {
    AppendDate(pairs, "sent_on", notification->sent_on);
    pairs.emplace_back("panel_reference", notification->panel_reference);
  }
}

StepResult NotifyApply(const StepCall& context, const FormData& form, domain::Version version,
                       FormErrors& errors) {
  auto input = ParseNotification(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.RecordNotification(context.requester, CaseIdOf(context),
                                                           version, std::move(input)));
}

// ---- request_information ----

core::Status RequestFields(FormView& view, const StepContext& context) {
  std::vector<Choice> agencies{{"", "Choose an agency", ""}};
  for (auto& choice : AgencyChoices(context)) agencies.push_back(std::move(choice));
  view.Select("agency_id", "Agency to ask", agencies);
  view.Date("requested_on", "Date of the request");
  view.Date("due_on", "Date the answer is due");
  view.Textarea("asked", "What you are asking for",
                "For example, a chronology and a summary of the agency's involvement");
  return core::Ok();
}

void RequestPrefill(Pairs& pairs, const StepContext& context) {
  AppendDate(pairs, "requested_on", domain::LondonDate(context.services.context.clock.Now()));
}

StepResult RequestApply(const StepCall& context, const FormData& form, domain::Version version,
                        FormErrors& errors) {
  auto request = ParseInformationRequest(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.requests.Create(context.requester, CaseIdOf(context), version,
                                                  std::move(request)));
}

// ---- arrange_rapid_review ----

core::Status ArrangeFields(FormView& view, const StepContext&) {
  view.Date("meeting_on", "Date of the rapid review meeting");
  return core::Ok();
}

StepResult ArrangeApply(const StepCall& context, const FormData& form, domain::Version version,
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

// The Care Act s44 questions of an adult or joint case, answered before any decision on it.
void S44Fields(FormView& view, const StepContext& context) {
  if (!AsksS44(context)) return;
  view.Section("Care Act section 44",
               "Answer these before any decision on an adult or joint case: they show whether a "
               "Safeguarding Adults Review is mandatory, discretionary or not for section 44.");
  for (const auto& question : S44Questions()) {
    view.Radios(std::string{question.key}, std::string{question.question}, YesNoChoices(), {},
                true);
  }
}

// The case's s44 answers, when it has them, for a form that asks them again.
void S44Prefill(Pairs& pairs, const StepContext& context) {
  const auto& s44 = context.view.records.record.s44;
  if (!s44) return;
  const bool answers[] = {s44->needs_care_and_support, s44->concern_about_joint_working,
                          s44->adult_died, s44->abuse_or_neglect_caused_death,
                          s44->serious_abuse_or_neglect};
  const auto questions = S44Questions();
  for (std::size_t i = 0; i < questions.size(); ++i) {
    pairs.emplace_back(std::string{questions[i].key}, answers[i] ? "yes" : "no");
  }
}

core::Status RapidReviewFields(FormView& view, const StepContext& context) {
  view.Section("The meeting");
  view.Date("meeting_on", "Date of the meeting");
  view.Date("completed_on", "Date the rapid review was completed");
  if (domain::NotifiesPanel(context.view.records.record.type)) {
    // The rapid review's 15 working days stop when it reaches the national panel.
    view.Date("sent_to_panel_on", "Date the rapid review was sent to the national panel");
  }
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
  S44Fields(view, context);
  return core::Ok();
}

// A refusal naming the s44 answers as a whole points at the first question.
StepResult PointAtS44(StepResult result) {
  if (result.refused && result.refused->field == "s44") {
    result.refused->field = std::string{S44Questions().front().key};
  }
  return result;
}

StepResult RapidReviewApply(const StepCall& context, const FormData& form, domain::Version version,
                            FormErrors& errors) {
  auto input = ParseRapidReview(form, errors);
  if (!errors.empty()) return {};
  return PointAtS44(Outcome(context.services.cases.RecordRapidReview(
      context.requester, CaseIdOf(context), version, std::move(input))));
}

// ---- record_panel_response ----

core::Status PanelFields(FormView& view, const StepContext&) {
  view.Date("sent_to_panel_on", "Date the rapid review was sent to the panel");
  view.Radios("panel_response", "The panel's response",
              {{"none", "Not answered yet", ""},
               {"agree", "Agrees with the decision", ""},
               {"disagree", "Disagrees with the decision", ""},
               {"national_review", "Will hold a national review", ""}});
  view.Date("response_on", "Date the panel responded");
  return core::Ok();
}

void PanelPrefill(Pairs& pairs, const StepContext& context) {
  const auto& review = context.view.records.rapid_review;
  if (!review) return;
  AppendDate(pairs, "sent_to_panel_on", review->sent_to_panel_on);
  pairs.emplace_back("panel_response", domain::PanelResponseName(review->panel_response));
  AppendDate(pairs, "response_on", review->panel_response_on);
}

StepResult PanelApply(const StepCall& context, const FormData& form, domain::Version version,
                      FormErrors& errors) {
  auto input = ParsePanelResponse(form, errors);
  if (!errors.empty()) return {};
  return Outcome(context.services.cases.RecordPanelResponse(context.requester, CaseIdOf(context),
                                                            version, std::move(input)));
}

// ---- close_without_review ----

core::Status CloseFields(FormView& view, const StepContext& context) {
  view.Textarea("rationale", "Why is the case closing without a review?");
  const auto& records = context.view.records;
  if (records.notification && !records.rapid_review) {
    view.Checkboxes("rapid_review_criteria_not_met", "The rapid review",
                    {{"yes", "The case does not meet the criteria for a rapid review", ""}},
                    "A notified case closes without a rapid review only with this finding; give "
                    "the reason above");
  }
  S44Fields(view, context);
  return core::Ok();
}

StepResult CloseApply(const StepCall& context, const FormData& form, domain::Version version,
                      FormErrors& errors) {
  domain::ClosureInput input;
  input.rationale = form.Get("rationale").value_or("");
  input.s44 = ParseS44(form, errors);
  input.rapid_review_criteria_not_met = form.Get("rapid_review_criteria_not_met") == "yes";
  if (!errors.empty()) return {};
  return PointAtS44(Outcome(context.services.cases.CloseWithoutReview(
      context.requester, CaseIdOf(context), version, std::move(input))));
}

const std::array<StepPage, 7> kRapidReviewSteps{{
    {Transition::kScreenNotification,
     "Screen a child or joint case for the serious incident notification. A case that is not "
     "notifiable has no notification clock.",
     "Save the screening", ScreenFields, ScreenPrefill, ScreenApply},

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
     "Record the rapid review", RapidReviewFields, S44Prefill, RapidReviewApply},
    {Transition::kRecordPanelResponse, "", "Save the panel's response", PanelFields, PanelPrefill,
     PanelApply},
    {Transition::kCloseWithoutReview, "Only the business manager can close a case.",
     "Close the case", CloseFields, S44Prefill, CloseApply},
}};

}  // namespace

std::vector<Choice> AgencyChoices(const StepContext& context) {
  std::vector<Choice> choices;
  for (const auto& [id, name] : context.agencies) choices.push_back({std::to_string(id), name, ""});
  return choices;
}

std::span<const StepPage> RapidReviewStepPages() { return kRapidReviewSteps; }

std::span<const StepPage> StepPages() {
  static const std::vector<StepPage> kAll = [] {
    std::vector<StepPage> all(RapidReviewStepPages().begin(), RapidReviewStepPages().end());
    all.insert(all.end(), FullReviewStepPages().begin(), FullReviewStepPages().end());
    return all;
  }();
  return kAll;
}

}  // namespace assure::http::pages
