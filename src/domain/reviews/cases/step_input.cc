#include "domain/reviews/cases/step_input.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <string>
#include <utility>

#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::size_t kMaxItems = 50;

core::Error Invalid(std::string field, std::string message) {
  return core::Error::InvalidInput(std::move(field), std::move(message));
}

bool Contains(std::span<const AgencyId> agencies, AgencyId id) {
  return std::find(agencies.begin(), agencies.end(), id) != agencies.end();
}

std::string Indexed(std::string_view field, std::size_t i) {
  return std::string{field} + "[" + std::to_string(i) + "]";
}

ReviewStage* FindStage(std::vector<ReviewStage>& stages, std::string_view name) {
  for (auto& stage : stages) {
    if (stage.name == name) return &stage;
  }
  return nullptr;
}

}  // namespace

core::Status ValidateNotification(const Case& record, const NotificationInput& input) {
  if (BeforeAware(record, input.sent_on)) {
    return Invalid("sent_on",
                   "The notification cannot be sent before the partnership became aware of the "
                   "case.");
  }
  ASSURE_TRY(ValidateLongText("panel_reference", input.panel_reference, 60, false));
  return core::Ok();
}

core::Status ValidateRapidReview(const Case& record, const RapidReviewInput& input,
                                 std::span<const AgencyId> partnership_agencies) {
  const RapidReview& review = input.review;
  if (BeforeAware(record, review.meeting_on)) {
    return Invalid("meeting_on",
                   "The meeting cannot be before the partnership became aware of the case.");
  }
  if (review.completed_on < review.meeting_on) {
    return Invalid("completed_on", "The rapid review cannot be completed before its meeting.");
  }
  std::set<AgencyId> seen;
  for (AgencyId agency : review.agencies_present) {
    if (!Contains(partnership_agencies, agency) || !seen.insert(agency).second) {
      return Invalid("agencies_present", "Choose each agency present once, from the list.");
    }
  }
  ASSURE_TRY(ValidateLongText("facts", review.facts, 8000, false));
  ASSURE_TRY(ValidateLongText("immediate_actions", review.immediate_actions, 8000, false));
  ASSURE_TRY(ValidateLongText("learning", review.learning, 8000, false));
  ASSURE_TRY(ValidateLongText("rationale", review.rationale, 4000, true));
  if (input.decided_on && *input.decided_on < review.meeting_on) {
    return Invalid("decided_on", "The decision cannot be before the rapid review's meeting.");
  }
  return ValidatePanelResponse(
      review, {review.sent_to_panel_on, review.panel_response, review.panel_response_on});
}

core::Status ValidatePanelResponse(const RapidReview& review, const PanelResponseInput& input) {
  if (input.sent_to_panel_on && *input.sent_to_panel_on < review.completed_on) {
    return Invalid("sent_to_panel_on",
                   "The rapid review cannot go to the panel before it was completed.");
  }
  if (input.response == PanelResponse::kNone) {
    if (input.response_on) {
      return Invalid("panel_response", "Choose the panel's response, or remove its date.");
    }
    return core::Ok();
  }
  if (!input.sent_to_panel_on) {
    return Invalid("sent_to_panel_on", "Enter the date the rapid review went to the panel.");
  }
  if (!input.response_on) return Invalid("response_on", "Enter the date the panel responded.");
  if (*input.response_on < *input.sent_to_panel_on) {
    return Invalid("response_on",
                   "The panel cannot respond before the rapid review was sent to it.");
  }
  return core::Ok();
}

core::Status ValidatePlan(const FullReview& review, const ReviewPlan& plan) {
  if (plan.started_on && *plan.started_on < review.decided_on) {
    return Invalid("started_on", "The review cannot start before the decision to hold it.");
  }
  const auto names = ReviewStageNames();
  std::set<std::string> seen;
  for (std::size_t i = 0; i < plan.stages.size(); ++i) {
    const auto& name = plan.stages[i].name;
    if (std::find(names.begin(), names.end(), name) == names.end() || !seen.insert(name).second) {
      return Invalid(Indexed("stages", i) + ".name", "Choose each stage once, from the list.");
    }
  }
  return core::Ok();
}

core::Status ValidateFindings(const FindingsInput& input) {
  if (input.findings.size() > kMaxItems) {
    return Invalid("findings", "Record 50 findings or fewer.");
  }
  if (input.recommendations.size() > kMaxItems) {
    return Invalid("recommendations", "Record 50 recommendations or fewer.");
  }
  for (std::size_t i = 0; i < input.findings.size(); ++i) {
    ASSURE_TRY(ValidateLongText(Indexed("findings", i), input.findings[i], 4000, true));
  }
  for (std::size_t i = 0; i < input.recommendations.size(); ++i) {
    ASSURE_TRY(
        ValidateLongText(Indexed("recommendations", i), input.recommendations[i], 4000, true));
  }
  return core::Ok();
}

core::Status ValidateNotice(const FullReview& review, const NoticeInput& input) {
  if (input.sent_on < review.decided_on) {
    return Invalid("notice_sent_on",
                   "The notice cannot be sent before the decision to hold the review.");
  }
  const auto planned =
      input.planned_publication_on ? input.planned_publication_on : review.planned_publication_on;
  if (planned && input.sent_on > *planned) {
    return Invalid("notice_sent_on", "The notice must be sent before the planned publication.");
  }
  if (const auto sos = input.secretary_of_state_sent_on) {
    if (*sos < review.decided_on) {
      return Invalid("secretary_of_state_sent_on",
                     "The copy cannot be sent before the decision to hold the review.");
    }
    if (planned && *sos > *planned) {
      return Invalid("secretary_of_state_sent_on",
                     "The copy must be sent before the planned publication.");
    }
  }
  return core::Ok();
}

core::Status ValidatePublication(const FullReview& review, const PublicationInput& input) {
  if (input.published_on && *input.published_on < review.decided_on) {
    return Invalid("published_on",
                   "The review cannot be published before the decision to hold it.");
  }
  const std::string link = TrimName(input.publication_link);
  if (link.empty()) return core::Ok();
  const bool web = link.starts_with("https://") || link.starts_with("http://");
  if (!web || link.size() > 500 || !IsPrintableUtf8(link) || link.find(' ') != std::string::npos) {
    return Invalid("publication_link",
                   "Enter a web address starting https:// of up to 500 characters.");
  }
  return core::Ok();
}

core::Status ValidateS44For(const Case& record, const std::optional<CareActS44>& s44) {
  if (s44 && record.type == CaseType::kChild) {
    return core::Error::InvalidInput(
        "s44", "The Care Act section 44 questions are for adult and joint cases only.");
  }
  return core::Ok();
}

core::Status ValidateEmbargoReason(std::string_view reason) {
  return ValidateLongText("embargo_reason", reason, 1000, false);
}

core::Status ValidateScreeningReason(std::string_view reason) {
  return ValidateLongText("reason", reason, 1000, false);
}

core::Status ValidateClosureRationale(std::string_view rationale) {
  return ValidateLongText("rationale", rationale, 1000, false);
}

core::Status ValidateInformationRequest(const NewInformationRequest& request,
                                        std::span<const AgencyId> partnership_agencies) {
  if (!Contains(partnership_agencies, request.agency_id)) {
    return Invalid("agency_id", "Choose an agency from the list.");
  }
  if (request.due_on < request.requested_on) {
    return Invalid("due_on", "The due date cannot be before the date of the request.");
  }
  return ValidateLongText("asked", request.asked, 4000, true);
}

core::Status ValidateResponse(std::string_view response) {
  return ValidateLongText("response", response, 20000, true);
}

core::Status ValidateRestricted(const Case& record, const RestrictedDetails& details) {
  ASSURE_TRY(ValidateLongText("restricted.circumstances", details.circumstances, 20000, false));
  std::set<SubjectId> seen;
  for (const SubjectIdentity& identity : details.identities) {
    const auto subject =
        std::find_if(record.subjects.begin(), record.subjects.end(),
                     [&](const Subject& s) { return s.id == identity.subject_id; });
    if (subject == record.subjects.end() || !seen.insert(identity.subject_id).second) {
      return Invalid("restricted.identities",
                     "Each identity must belong to a subject of the case, once.");
    }
    const auto index = static_cast<std::size_t>(std::distance(record.subjects.begin(), subject));
    ASSURE_TRY(ValidateIdentity(Indexed("subjects", index) + ".", identity));
  }
  return core::Ok();
}

std::optional<FullReview> ConvertToFullReview(const Case& record, const RapidReviewInput& input) {
  FullReview review;
  switch (input.review.decision) {
    case ReviewDecision::kCspr:
      review.kind = FullReviewKind::kCspr;
      break;
    case ReviewDecision::kSar:
      review.kind = FullReviewKind::kSar;
      break;
    case ReviewDecision::kJoint:
      review.kind = FullReviewKind::kJoint;
      break;
    case ReviewDecision::kNone:
    case ReviewDecision::kOther:
      return std::nullopt;
  }
  review.case_id = record.id;
  review.decided_on = input.decided_on.value_or(input.review.completed_on);
  for (std::string_view name : ReviewStageNames())
    review.stages.push_back({std::string{name}, {}, {}});
  return review;
}

FullReview WithPlan(FullReview review, const ReviewPlan& plan) {
  review.started_on = plan.started_on;
  for (const ReviewStage& given : plan.stages) {
    if (ReviewStage* stage = FindStage(review.stages, given.name)) {
      *stage = given;
    } else {
      review.stages.push_back(given);
    }
  }
  // Keep the stored order: the order of ReviewStageNames().
  const auto names = ReviewStageNames();
  std::stable_sort(review.stages.begin(), review.stages.end(),
                   [&](const ReviewStage& a, const ReviewStage& b) {
                     return std::find(names.begin(), names.end(), a.name) <
                            std::find(names.begin(), names.end(), b.name);
                   });
  if (const ReviewStage* terms = FindStage(review.stages, "terms of reference")) {
    review.terms_of_reference_on = terms->actual_on;
  }
  if (const ReviewStage* publication = FindStage(review.stages, "publication")) {
    review.planned_publication_on = publication->planned_on;
  }
  // The planned publication moved away from the date the notice was sent for: a new one is due.
  if (review.notice_for_publication_on &&
      review.notice_for_publication_on != review.planned_publication_on) {
    review.notice_sent_on.reset();
    review.secretary_of_state_notice_on.reset();
    review.notice_for_publication_on.reset();
    if (ReviewStage* stage = FindStage(review.stages, "pre-publication notice")) {
      stage->actual_on.reset();
    }
  }
  if (const ReviewStage* sign_off = FindStage(review.stages, "sign-off")) {
    review.concluded_on = sign_off->actual_on;
  }
  return review;
}

FullReview WithFindings(FullReview review, const FindingsInput& input) {
  review.findings.clear();
  for (std::size_t i = 0; i < input.findings.size(); ++i) {
    review.findings.push_back({static_cast<int>(i + 1), input.findings[i]});
  }
  std::vector<Recommendation> recommendations;
  for (std::size_t i = 0; i < input.recommendations.size(); ++i) {
    Recommendation recommendation;
    recommendation.number = static_cast<int>(i + 1);
    recommendation.text = input.recommendations[i];
    for (const auto& stored : review.recommendations) {
      if (stored.number == recommendation.number) recommendation.id = stored.id;
    }
    recommendations.push_back(std::move(recommendation));
  }
  review.recommendations = std::move(recommendations);
  return review;
}

FullReview WithNotice(FullReview review, const NoticeInput& input) {
  review.notice_sent_on = input.sent_on;
  review.secretary_of_state_notice_on = input.secretary_of_state_sent_on;
  if (input.planned_publication_on) {
    review.planned_publication_on = input.planned_publication_on;
    if (ReviewStage* stage = FindStage(review.stages, "publication")) {
      stage->planned_on = input.planned_publication_on;
    }
  }
  review.notice_for_publication_on = review.planned_publication_on;
  if (ReviewStage* stage = FindStage(review.stages, "pre-publication notice")) {
    stage->actual_on = input.sent_on;
  }
  return review;
}

FullReview WithPublication(FullReview review, const PublicationInput& input) {
  review.published_on = input.published_on;
  review.publication_link = TrimName(input.publication_link);
  if (ReviewStage* stage = FindStage(review.stages, "publication")) {
    stage->actual_on = input.published_on;
  }
  return review;
}

}  // namespace assure::domain
