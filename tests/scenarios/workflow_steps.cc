#include "scenarios/workflow_steps.h"

#include <utility>

#include "domain/reviews/cases/step_input.h"

namespace assure::scenarios {

namespace {

using domain::Transition;

core::Status StatusOf(const auto& result) {
  if (!result.ok()) return result.error();
  return core::Ok();
}

domain::RapidReviewInput RapidReviewOf(const Entered& entered, const StepContext& context,
                                       const WorkflowWorld& world) {
  domain::RapidReviewInput input;
  auto& review = input.review;
  review.meeting_on = entered.meeting.value_or(context.arranged_meeting.value_or(kMeetingOn));
  review.completed_on = entered.completion.value_or(domain::AddDays(review.meeting_on, 2));
  review.agencies_present = entered.present.value_or(world.agencies());
  review.facts = "Fictional facts agreed at the meeting.";
  review.immediate_actions = "Fictional immediate safety actions.";
  review.learning = "Fictional early learning.";
  review.decision = entered.decision.value_or(domain::ReviewDecision::kNone);
  review.rationale =
      context.because.empty() ? "Fictional rationale for the decision." : context.because;
  input.s44 = entered.s44;
  input.decided_on = entered.decision_date;
  return input;
}

// The case's newest request still waiting for its answer; one to the police is recorded first
// when there is none.
core::Result<domain::InformationRequest> WaitingRequest(WorkflowWorld& world,
                                                        const domain::CaseRecords& records) {
  for (auto it = records.requests.rbegin(); it != records.requests.rend(); ++it) {
    if (it->status == domain::RequestStatus::kRequested) return *it;
  }
  return world.PutRequest(records.record.id, world.agencies()[0]);
}

}  // namespace

core::Result<bool> RecordGivenFacts(WorkflowWorld& world, const domain::CaseRecords& stored,
                                    Transition transition, const Entered& entered) {
  bool written = false;
  if (entered.notification && transition != Transition::kNotifyPanel &&
      (!stored.notification || stored.notification->sent_on != *entered.notification)) {
    ASSURE_TRY(world.PutNotification(stored.record.id, *entered.notification));
    written = true;
  }
  if (!stored.full_review) return written;
  domain::FullReview full = *stored.full_review;
  bool changed = false;
  if (entered.notice && transition != Transition::kSendPrepublicationNotice &&
      full.notice_sent_on != entered.notice) {
    // Both copies, to the panel and to the Secretary of State, that day.
    full = domain::WithNotice(std::move(full), {*entered.notice, *entered.notice, std::nullopt});
    changed = true;
  }
  if (entered.planned_publication && transition != Transition::kSendPrepublicationNotice &&
      transition != Transition::kRecordStage &&
      full.planned_publication_on != entered.planned_publication) {
    domain::ReviewPlan plan{full.started_on, {{"publication", entered.planned_publication, {}}}};
    full = domain::WithPlan(std::move(full), plan);
    changed = true;
  }
  if (changed) ASSURE_TRY(world.PutFullReview(full));
  return written || changed;
}

core::Status TakeStep(WorkflowWorld& world, const domain::Requester& requester,
                      Transition transition, const Entered& entered, const StepContext& context) {
  const domain::CaseRecords& records = context.records;
  const domain::CaseId id = records.record.id;
  const domain::Version version = records.record.version;
  auto& cases = world.cases();
  const domain::CivilDate decided_on =
      records.full_review ? records.full_review->decided_on : kToday;
  switch (transition) {
    case Transition::kRefer:
      return core::Error::InvalidInput("", "A scenario opens its case with 'case TYPE in STATE'.");
    case Transition::kUpdateCase:
      return StatusOf(cases.Update(requester, records.record));
    case Transition::kScreenNotification: {
      domain::ScreeningInput input = entered.screening.value_or(domain::ScreeningInput{});
      input.reason = context.because;
      return StatusOf(cases.ScreenNotification(requester, id, version, input));
    }
    case Transition::kNotifyPanel:
      return StatusOf(cases.RecordNotification(requester, id, version,
                                               {entered.notification.value_or(kToday), ""}));
    case Transition::kRequestInformation:
      return StatusOf(world.requests().Create(
          requester, id, version,
          {world.agencies()[0], kToday, domain::AddDays(kToday, 14),
           "Fictional: a chronology and summary of your agency's involvement."}));
    case Transition::kRespondToRequest: {
      auto request = WaitingRequest(world, records);
      if (!request.ok()) return request.error();
      return StatusOf(world.requests().Respond(requester, request->id, request->version,
                                               "Fictional chronology of the agency's contact."));
    }
    case Transition::kWithdrawRequest: {
      auto request = WaitingRequest(world, records);
      if (!request.ok()) return request.error();
      return StatusOf(world.requests().Withdraw(requester, request->id, request->version));
    }
    case Transition::kArrangeRapidReview:
      return StatusOf(
          cases.ArrangeRapidReview(requester, id, version, entered.meeting.value_or(kMeetingOn)));
    case Transition::kRecordRapidReview:
      return StatusOf(
          cases.RecordRapidReview(requester, id, version, RapidReviewOf(entered, context, world)));
    case Transition::kRecordPanelResponse: {
      domain::PanelResponseInput input;
      if (records.rapid_review) input.sent_to_panel_on = records.rapid_review->completed_on;
      return StatusOf(cases.RecordPanelResponse(requester, id, version, input));
    }
    case Transition::kCloseWithoutReview:
      return StatusOf(cases.CloseWithoutReview(
          requester, id, version, {context.because, entered.s44, entered.criteria_not_met}));
    case Transition::kAppointReviewer:
      return StatusOf(cases.AppointReviewer(requester, id, version, world.reviewer()));
    case Transition::kRecordStage: {
      domain::ReviewPlan plan{decided_on, {}};
      if (entered.planned_publication) {
        plan.stages.push_back({"publication", entered.planned_publication, std::nullopt});
      }
      return StatusOf(cases.RecordStages(requester, id, version, plan));
    }
    case Transition::kRecordFindings:
      return StatusOf(cases.RecordFindings(
          requester, id, version,
          {{"Fictional finding: agencies did not share what they knew."},
           {"Fictional recommendation: agree a protocol for sharing information."}}));
    case Transition::kSendPrepublicationNotice:
      return StatusOf(cases.SendPrepublicationNotice(
          requester, id, version,
          {entered.notice.value_or(decided_on), entered.notice.value_or(decided_on),
           entered.planned_publication}));
    case Transition::kPublish:
      return StatusOf(cases.Publish(requester, id, version, {entered.published_on, entered.link}));
    case Transition::kEmbargo:
      return StatusOf(cases.Embargo(requester, id, version, {entered.embargo_reason, {}}));
    case Transition::kPublishAfterEmbargo:
      return StatusOf(
          cases.PublishAfterEmbargo(requester, id, version, {entered.published_on, entered.link}));
  }
  return core::Error::InvalidInput("", "unknown transition");
}

}  // namespace assure::scenarios
