#include "http/common/display.h"

#include <chrono>
#include <cstdio>

#include "domain/access/policy.h"
#include "domain/london_date.h"

namespace assure::http {

std::string DateText(const std::optional<domain::CivilDate>& date) {
  return date ? domain::LongCivilDate(*date) : std::string{};
}

std::string LondonTimeText(core::Instant at, bool with_seconds) {
  using namespace std::chrono;
  const auto local = at + (domain::IsBritishSummerTime(at) ? hours{1} : hours{0});
  const auto day = floor<days>(local);
  const hh_mm_ss time{floor<seconds>(local - day)};
  char text[24];
  if (with_seconds) {
    std::snprintf(text, sizeof text, " %02lld:%02lld:%02lld",
                  static_cast<long long>(time.hours().count()),
                  static_cast<long long>(time.minutes().count()),
                  static_cast<long long>(time.seconds().count()));
  } else {
    std::snprintf(text, sizeof text, " %02lld:%02lld", static_cast<long long>(time.hours().count()),
                  static_cast<long long>(time.minutes().count()));
  }
  return domain::LongCivilDate(domain::LondonDate(at)) + text;
}

nlohmann::json TextLines(std::string_view text) {
  nlohmann::json out = nlohmann::json::array();
  while (!text.empty()) {
    const auto end = text.find('\n');
    auto line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty()) out.push_back(std::string{line});
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return out;
}

core::Result<std::map<domain::AgencyId, std::string>> AgencyNames(
    const domain::AgencyService& agencies, const domain::Requester& requester) {
  std::map<domain::AgencyId, std::string> names;
  if (!domain::MayEver(requester.principal, domain::Resource::kAgency, domain::Action::kRead)) {
    return names;
  }
  ASSURE_ASSIGN_OR_RETURN(const auto list, agencies.List(requester));
  for (const auto& agency : list) names[agency.id] = agency.name;
  return names;
}

std::string AgencyName(const std::map<domain::AgencyId, std::string>& names, domain::AgencyId id) {
  const auto found = names.find(id);
  return found == names.end() ? std::string{"An agency no longer listed"} : found->second;
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

core::Result<std::map<domain::UserId, std::string>> PeopleNames(
    const domain::MemberAdminService& members, const domain::Requester& requester) {
  std::map<domain::UserId, std::string> names;
  if (domain::MayEver(requester.principal, domain::Resource::kUser, domain::Action::kRead)) {
    ASSURE_ASSIGN_OR_RETURN(const auto list, members.List(requester));
    for (const auto& member : list) names[member.user.id] = member.user.display_name;
  }
  names[requester.user_id()] = "You";
  return names;
}

std::string RagText(const std::optional<domain::Rag>& rag) {
  return rag ? std::string{domain::RagLabel(*rag)} : std::string{"No rating"};
}

std::string_view RagTagClass(const std::optional<domain::Rag>& rag) {
  if (!rag) return "govuk-tag--grey";
  switch (*rag) {
    case domain::Rag::kRed:
      return "govuk-tag--red";
    case domain::Rag::kAmber:
      return "govuk-tag--orange";
    case domain::Rag::kGreen:
      return "govuk-tag--green";
  }
  return "govuk-tag--grey";
}

std::string FileSizeText(std::int64_t bytes) {
  char text[32];
  if (bytes < 1024) {
    std::snprintf(text, sizeof text, "%lld bytes", static_cast<long long>(bytes));
  } else if (bytes < 1024 * 1024) {
    std::snprintf(text, sizeof text, "%lld KB", static_cast<long long>((bytes + 1023) / 1024));
  } else {
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  return text;
}

std::string CaseHref(domain::CaseId id) { return "/cases/" + std::to_string(id); }

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

std::string_view RequestStatusLabel(domain::RequestStatus status) {
  switch (status) {
    case domain::RequestStatus::kRequested:
      return "Waiting for the answer";
    case domain::RequestStatus::kSubmitted:
      return "Answered";
    case domain::RequestStatus::kWithdrawn:
      return "Withdrawn";
    case domain::RequestStatus::kNoLongerNeeded:
      return "No longer needed: the case finished";
  }
  return "Unknown";
}

nlohmann::json BarChartView(std::span<const reports::BarItem> items) {
  const auto chart = reports::LayOutBars(items);
  nlohmann::json bars = nlohmann::json::array();
  std::string description;
  for (const auto& bar : chart.bars) {
    bars.push_back({{"label", bar.label},
                    {"y", std::to_string(bar.y)},
                    {"width", std::to_string(bar.width)},
                    {"height", std::to_string(bar.height)},
                    {"label_y", std::to_string(bar.label_y)},
                    {"fill", bar.fill}});
    description += (description.empty() ? "" : ", ") + bar.label;
  }
  return {{"view_box", "0 0 " + std::to_string(chart.width) + " " + std::to_string(chart.height)},
          {"description", description + "."},
          {"bars", std::move(bars)}};
}

}  // namespace assure::http
