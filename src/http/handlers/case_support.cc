#include "http/handlers/case_support.h"

#include <chrono>
#include <cstdio>

#include "domain/london_date.h"

namespace assure::http::handlers {

CaseServices::CaseServices(const AdminDependencies& dependencies,
                           const domain::DeadlineSettingsSource& deadlines)
    : deps(dependencies),
      cases(deps.store, deps.clock, deadlines),
      clocks(deps.store, deps.clock, deadlines),
      requests(deps.store, deps.clock),
      reviewers(deps.store, deps.clock),
      agencies(deps.store, deps.clock),
      members(deps.store, deps.clock, deps.random) {}

std::string CaseHref(domain::CaseId id) { return "/cases/" + std::to_string(id); }

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

std::string_view CaseTypeLabel(domain::CaseType type) {
  switch (type) {
    case domain::CaseType::kChild:
      return "Child";
    case domain::CaseType::kAdult:
      return "Adult";
    case domain::CaseType::kJoint:
      return "Joint (child and adult)";
  }
  return "Unknown";
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

std::string_view RequestStatusLabel(domain::RequestStatus status) {
  switch (status) {
    case domain::RequestStatus::kRequested:
      return "Waiting for the answer";
    case domain::RequestStatus::kSubmitted:
      return "Answered";
    case domain::RequestStatus::kWithdrawn:
      return "Withdrawn";
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
  }
  return {};
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

std::string DateText(const std::optional<domain::CivilDate>& date) {
  return date ? domain::LongCivilDate(*date) : std::string{};
}

std::string LondonTimeText(core::Instant at) {
  using namespace std::chrono;
  const auto local = at + (domain::IsBritishSummerTime(at) ? hours{1} : hours{0});
  const auto day = floor<days>(local);
  const hh_mm_ss time{floor<minutes>(local - day)};
  char text[16];
  std::snprintf(text, sizeof text, " %02lld:%02lld", static_cast<long long>(time.hours().count()),
                static_cast<long long>(time.minutes().count()));
  return domain::LongCivilDate(domain::LondonDate(at)) + text;
}

std::map<domain::AgencyId, std::string> AgencyNames(const CaseServices& services,
                                                    const domain::Requester& requester) {
  return AgencyNames(services.agencies, requester);
}

std::map<domain::AgencyId, std::string> AgencyNames(const domain::AgencyService& agencies,
                                                    const domain::Requester& requester) {
  std::map<domain::AgencyId, std::string> names;
  if (!domain::MayEver(requester.principal, domain::Resource::kAgency, domain::Action::kRead)) {
    return names;
  }
  auto list = agencies.List(requester);
  if (!list) return names;
  for (const auto& agency : *list) names[agency.id] = agency.name;
  return names;
}

std::map<domain::UserId, std::string> PeopleNames(const CaseServices& services,
                                                  const domain::Requester& requester) {
  std::map<domain::UserId, std::string> names;
  if (domain::MayEver(requester.principal, domain::Resource::kUser, domain::Action::kRead)) {
    if (auto list = services.members.List(requester)) {
      for (const auto& member : *list) names[member.user.id] = member.user.display_name;
    }
  }
  names[requester.user_id()] = "You";
  return names;
}

std::string JoinNames(const std::vector<domain::AgencyId>& ids,
                      const std::map<domain::AgencyId, std::string>& names) {
  std::string joined;
  for (const auto id : ids) {
    const auto name = names.find(id);
    joined += (joined.empty() ? "" : ", ") +
              (name == names.end() ? std::string{"an agency no longer listed"} : name->second);
  }
  return joined;
}

std::string QueryString(const std::vector<std::pair<std::string, std::string>>& pairs) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto encode = [](std::string_view text) {
    std::string out;
    for (const char signed_c : text) {
      const auto c = static_cast<unsigned char>(signed_c);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_' || c == '.' || c == '~') {
        out.push_back(static_cast<char>(c));
      } else if (c == ' ') {
        out.push_back('+');
      } else {
        out.push_back('%');
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0x0F]);
      }
    }
    return out;
  };
  std::string query;
  for (const auto& [name, value] : pairs) {
    query += (query.empty() ? "" : "&") + encode(name) + "=" + encode(value);
  }
  return query;
}

}  // namespace assure::http::handlers
