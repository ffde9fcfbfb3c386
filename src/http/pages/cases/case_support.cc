#include "http/pages/cases/case_support.h"

#include "domain/london_date.h"

namespace assure::http::pages {

CaseServices::CaseServices(const HandlerContext& handler_context)
    : context(handler_context),
      cases(context.store, context.clock, context.deadlines),
      clocks(context.store, context.clock, context.deadlines),
      requests(context.store, context.clock),
      reviewers(context.store, context.clock),
      agencies(context.store, context.clock),
      members(context.store, context.clock, context.random) {}

std::string StepSlug(domain::Transition transition) {
  std::string slug{domain::TransitionName(transition)};
  for (char& c : slug) {
    if (c == '_') c = '-';
  }
  return slug;
}

std::string StepHref(domain::CaseId id, domain::Transition transition) {
  return CaseHref(id) + "/" + StepSlug(transition);
}

std::string_view DecisionLabel(domain::ReviewDecision decision) {
  switch (decision) {
    case domain::ReviewDecision::kCspr:
      return "Child Safeguarding Practice Review (CSPR)";
    case domain::ReviewDecision::kSar:
      return "Safeguarding Adults Review (SAR)";
    case domain::ReviewDecision::kJoint:
      return "Joint review";
    case domain::ReviewDecision::kNone:
      return "No review";
    case domain::ReviewDecision::kOther:
      return "Other";
  }
  return "Unknown";
}

std::string_view PanelResponseLabel(domain::PanelResponse response) {
  switch (response) {
    case domain::PanelResponse::kNone:
      return "Not yet answered";
    case domain::PanelResponse::kAgree:
      return "Agrees";
    case domain::PanelResponse::kDisagree:
      return "Disagrees";
    case domain::PanelResponse::kNationalReview:
      return "National review";
  }
  return "Unknown";
}

std::string_view FullReviewKindLabel(domain::FullReviewKind kind) {
  switch (kind) {
    case domain::FullReviewKind::kCspr:
      return "CSPR";
    case domain::FullReviewKind::kSar:
      return "SAR";
    case domain::FullReviewKind::kDhr:
      return "Domestic Homicide Review";
    case domain::FullReviewKind::kJoint:
      return "Joint review";
  }
  return "Unknown";
}

std::string_view ClockTagClass(domain::ClockStatus status) {
  switch (status) {
    case domain::ClockStatus::kOnTime:
      return "govuk-tag--blue";
    case domain::ClockStatus::kAtRisk:
      return "govuk-tag--yellow";
    case domain::ClockStatus::kOverdue:
      return "govuk-tag--red";
    case domain::ClockStatus::kMet:
      return "govuk-tag--green";
    case domain::ClockStatus::kMetLate:
      return "govuk-tag--orange";
    case domain::ClockStatus::kMissed:
      return "govuk-tag--red";
    case domain::ClockStatus::kPaused:
      return "govuk-tag--grey";
  }
  return "govuk-tag--grey";
}

std::string WorkingDaysText(const domain::StatutoryClock& clock) {
  const int days = clock.working_days;
  const std::string count = std::to_string(days) + (days == 1 ? " working day" : " working days");
  switch (clock.status) {
    case domain::ClockStatus::kOnTime:
    case domain::ClockStatus::kAtRisk:
      return days == 0 ? "Due today" : count + " left";
    case domain::ClockStatus::kOverdue:
      return count + " late";
    case domain::ClockStatus::kMet:
      return days == 0 ? "Met on the day" : "Met " + count + " early";
    case domain::ClockStatus::kMetLate:
      return "Met " + count + " late";
    case domain::ClockStatus::kMissed:
      return "Missed: " + count + " late when the case finished";
    case domain::ClockStatus::kPaused: {
      const int held = days < 0 ? -days : days;
      return "Paused by the embargo: " + std::to_string(held) +
             (held == 1 ? " working day" : " working days") + (days < 0 ? " late" : " left") +
             " when it began";
    }
  }
  return {};
}

std::string SubjectText(const domain::Subject& subject) {
  return subject.pseudonym + "\nAge band: " + subject.age_band + "\nSex: " + subject.sex +
         "\nEthnic group: " + subject.ethnicity + "\nDisability: " + subject.disability;
}

std::string NhsNumberText(std::string_view nhs_number) {
  if (nhs_number.size() != 10) return std::string{nhs_number};
  return std::string{nhs_number.substr(0, 3)} + " " + std::string{nhs_number.substr(3, 3)} + " " +
         std::string{nhs_number.substr(6)};
}

nlohmann::json ClockRow(const domain::StatutoryClock& clock) {
  return {{"label", clock.label},
          {"due", domain::LongCivilDate(clock.due_on)},
          {"status", domain::ClockStatusLabel(clock.status)},
          {"status_name", domain::ClockStatusName(clock.status)},
          {"tag_class", ClockTagClass(clock.status)},
          {"days", WorkingDaysText(clock)},
          {"rule", clock.rule_code + " v" + std::to_string(clock.rule_version)}};
}

}  // namespace assure::http::pages
