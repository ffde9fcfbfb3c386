// CaseService: the workflow steps (doc/workflow.md), each one RunCaseStep: the step's input is
// validated and applied to a copy of the case's records, the workflow table decides, and the
// records, the new state, the timeline event and the audit event are stored together.
#include <string>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/cases/case_service.h"
#include "domain/reviews/cases/involved_agencies.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

core::Result<Case> CaseOf(core::Result<CaseRecords> stored) {
  if (!stored.ok()) return stored.error();
  return std::move(stored->record);
}

CaseStep Step(Transition transition, CaseId id, Version version) {
  CaseStep step;
  step.transition = transition;
  step.case_id = id;
  step.expected_version = version;
  return step;
}

// Stores the full review the step changed.
core::Status StoreFullReview(Transaction& tx, PartnershipId partnership, CaseRecords& proposed) {
  ASSURE_ASSIGN_OR_RETURN(auto stored,
                          tx.review_records(partnership).PutFullReview(*proposed.full_review));
  proposed.full_review = std::move(stored);
  return core::Ok();
}

// The step's full review, or kConflict when the case has none (only after a decision to hold
// one; the workflow's start states make this a bug, not a person's mistake).
core::Result<FullReview*> FullReviewOf(CaseRecords& proposed) {
  if (!proposed.full_review) return core::Error::Conflict("This case has no full review.");
  return &*proposed.full_review;
}

}  // namespace

core::Result<Case> CaseService::ScreenNotification(const Requester& requester, CaseId id,
                                                   Version version, ScreeningInput input) const {
  const std::string reason = input.notifiable ? std::string{} : TrimName(input.reason);
  auto step = Step(Transition::kScreenNotification, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_TRY(ValidateScreeningReason(reason));
    proposed.record.screening = NotificationScreening{
        input.notifiable, input.looked_after, input.child_died, reason, LondonDate(clock_.Now())};
    note = input.notifiable ? "Notifiable to the national panel" : "Not notifiable: " + reason;
    return core::Ok();
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::RecordNotification(const Requester& requester, CaseId id,
                                                   Version version, NotificationInput input) const {
  input.panel_reference = TrimName(input.panel_reference);
  auto step = Step(Transition::kNotifyPanel, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_TRY(ValidateNotification(proposed.record, input));
    Notification notification = proposed.notification.value_or(Notification{});
    notification.case_id = id;
    notification.sent_on = input.sent_on;
    notification.panel_reference = input.panel_reference;
    proposed.notification = notification;
    note = "Sent " + LongCivilDate(input.sent_on);
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(
        auto stored,
        tx.review_records(requester.partnership_id()).PutNotification(*proposed.notification));
    proposed.notification = std::move(stored);
    return core::Ok();
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::ArrangeRapidReview(const Requester& requester, CaseId id,
                                                   Version version, CivilDate meeting_on) const {
  auto step = Step(Transition::kArrangeRapidReview, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    if (BeforeAware(proposed.record, meeting_on)) {
      return core::Error::InvalidInput(
          "meeting_on", "The meeting cannot be before the partnership became aware of the case.");
    }
    note = "Meeting on " + LongCivilDate(meeting_on);
    return core::Ok();
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::RecordRapidReview(const Requester& requester, CaseId id,
                                                  Version version, RapidReviewInput input) const {
  const PartnershipId partnership = requester.partnership_id();
  auto step = Step(Transition::kRecordRapidReview, id, version);
  step.change = [&](Transaction& tx, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto agencies, PartnershipAgencies(tx, partnership));
    ASSURE_TRY(ValidateRapidReview(proposed.record, input, agencies));
    ASSURE_TRY(ValidateS44For(proposed.record, input.s44));
    if (proposed.rapid_review || proposed.full_review) {
      return core::Error::Conflict("This case's rapid review is recorded already.");
    }
    if (input.s44) proposed.record.s44 = input.s44;
    RapidReview review = input.review;
    review.case_id = id;
    review.version = 0;
    proposed.rapid_review = review;
    proposed.full_review = ConvertToFullReview(proposed.record, input);
    note = "Decision: " + std::string{ReviewDecisionName(review.decision)};
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    auto& reviews = tx.review_records(partnership);
    ASSURE_ASSIGN_OR_RETURN(auto stored, reviews.PutRapidReview(*proposed.rapid_review));
    proposed.rapid_review = std::move(stored);
    if (proposed.full_review) return StoreFullReview(tx, partnership, proposed);
    return core::Ok();
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::RecordPanelResponse(const Requester& requester, CaseId id,
                                                    Version version,
                                                    PanelResponseInput input) const {
  auto step = Step(Transition::kRecordPanelResponse, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    if (!proposed.rapid_review) return core::Ok();  // the workflow's guard refuses it
    ASSURE_TRY(ValidatePanelResponse(*proposed.rapid_review, input));
    proposed.rapid_review->sent_to_panel_on = input.sent_to_panel_on;
    proposed.rapid_review->panel_response = input.response;
    proposed.rapid_review->panel_response_on = input.response_on;
    note = "Panel response: " + std::string{PanelResponseName(input.response)};
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(
        auto stored,
        tx.review_records(requester.partnership_id()).PutRapidReview(*proposed.rapid_review));
    proposed.rapid_review = std::move(stored);
    return core::Ok();
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::CloseWithoutReview(const Requester& requester, CaseId id,
                                                   Version version, ClosureInput input) const {
  const std::string rationale = TrimName(input.rationale);
  auto step = Step(Transition::kCloseWithoutReview, id, version);
  step.rationale = rationale;
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_TRY(ValidateClosureRationale(rationale));
    ASSURE_TRY(ValidateS44For(proposed.record, input.s44));
    if (input.s44) proposed.record.s44 = input.s44;
    proposed.record.rapid_review_criteria_not_met = input.rapid_review_criteria_not_met;
    note = input.rapid_review_criteria_not_met
               ? "Does not meet the criteria for a rapid review: " + rationale
               : rationale;
    return core::Ok();
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Appointment> CaseService::AppointReviewer(const Requester& requester, CaseId id,
                                                       Version version,
                                                       ReviewerId reviewer_id) const {
  const PartnershipId partnership = requester.partnership_id();
  Appointment appointment;
  auto step = Step(Transition::kAppointReviewer, id, version);
  step.change = [&](Transaction& tx, CaseRecords& proposed, std::string& note) -> core::Status {
    auto reviewer = tx.reviewers(partnership).Get(reviewer_id);
    if (!reviewer.ok()) {
      if (reviewer.error().code != core::ErrorCode::kNotFound) return reviewer.error();
      return core::Error::InvalidInput("reviewer_id", "Choose a reviewer from the register.");
    }
    ASSURE_ASSIGN_OR_RETURN(auto full, FullReviewOf(proposed));
    (full)->reviewer_id = reviewer_id;
    appointment.conflicts = ReviewerConflicts(*reviewer, proposed);
    note = appointment.conflicts.empty() ? "No declared interest in an involved agency"
                                         : "Declared interest in an involved agency";
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    return StoreFullReview(tx, partnership, proposed);
  };
  ASSURE_ASSIGN_OR_RETURN(auto stored, RunCaseStep(store_, clock_, deadlines_, requester, step));
  appointment.record = std::move(stored.record);
  return appointment;
}

core::Result<Case> CaseService::RecordStages(const Requester& requester, CaseId id, Version version,
                                             ReviewPlan plan) const {
  const PartnershipId partnership = requester.partnership_id();
  auto step = Step(Transition::kRecordStage, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto full, FullReviewOf(proposed));
    ASSURE_TRY(ValidatePlan(*full, plan));
    *full = WithPlan(std::move(*full), plan);
    note = "Stages updated";
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    return StoreFullReview(tx, partnership, proposed);
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::RecordFindings(const Requester& requester, CaseId id,
                                               Version version, FindingsInput input) const {
  const PartnershipId partnership = requester.partnership_id();
  auto step = Step(Transition::kRecordFindings, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_TRY(ValidateFindings(input));
    ASSURE_ASSIGN_OR_RETURN(auto full, FullReviewOf(proposed));
    *full = WithFindings(std::move(*full), input);
    note = std::to_string(input.findings.size()) + " findings, " +
           std::to_string(input.recommendations.size()) + " recommendations";
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    return StoreFullReview(tx, partnership, proposed);
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::SendPrepublicationNotice(const Requester& requester, CaseId id,
                                                         Version version, NoticeInput input) const {
  const PartnershipId partnership = requester.partnership_id();
  auto step = Step(Transition::kSendPrepublicationNotice, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto full, FullReviewOf(proposed));
    ASSURE_TRY(ValidateNotice(*full, input));
    *full = WithNotice(std::move(*full), input);
    note = "Sent to the panel " + LongCivilDate(input.sent_on);
    if (input.secretary_of_state_sent_on) {
      note += " and the Secretary of State " + LongCivilDate(*input.secretary_of_state_sent_on);
    }
    if (full->planned_publication_on) {
      note += ", for publication on " + LongCivilDate(*full->planned_publication_on);
    }
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    return StoreFullReview(tx, partnership, proposed);
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::Publish(const Requester& requester, CaseId id, Version version,
                                        PublicationInput input) const {
  return Publication(requester, id, version, Transition::kPublish, std::move(input));
}

core::Result<Case> CaseService::PublishAfterEmbargo(const Requester& requester, CaseId id,
                                                    Version version, PublicationInput input) const {
  return Publication(requester, id, version, Transition::kPublishAfterEmbargo, std::move(input));
}

core::Result<Case> CaseService::Publication(const Requester& requester, CaseId id, Version version,
                                            Transition transition, PublicationInput input) const {
  const PartnershipId partnership = requester.partnership_id();
  auto step = Step(transition, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto full, FullReviewOf(proposed));
    ASSURE_TRY(ValidatePublication(*full, input));
    *full = WithPublication(std::move(*full), input);
    if (input.published_on) note = "Published " + LongCivilDate(*input.published_on);
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    return StoreFullReview(tx, partnership, proposed);
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

core::Result<Case> CaseService::Embargo(const Requester& requester, CaseId id, Version version,
                                        EmbargoInput input) const {
  const PartnershipId partnership = requester.partnership_id();
  const std::string reason = TrimName(input.reason);
  const CivilDate today = LondonDate(clock_.Now());
  auto step = Step(Transition::kEmbargo, id, version);
  step.change = [&](Transaction&, CaseRecords& proposed, std::string& note) -> core::Status {
    ASSURE_TRY(ValidateEmbargoReason(reason));
    ASSURE_ASSIGN_OR_RETURN(auto full, FullReviewOf(proposed));
    if (input.delay_notified_on && *input.delay_notified_on < full->decided_on) {
      return core::Error::InvalidInput(
          "delay_notified_on", "The panel cannot have been told before the review was decided.");
    }
    full->embargo_reason = reason;
    full->embargoed_on = today;
    full->delay_notified_on = input.delay_notified_on;
    note = reason;
    return core::Ok();
  };
  step.store = [&](Transaction& tx, CaseRecords& proposed) -> core::Status {
    return StoreFullReview(tx, partnership, proposed);
  };
  return CaseOf(RunCaseStep(store_, clock_, deadlines_, requester, step));
}

}  // namespace assure::domain
