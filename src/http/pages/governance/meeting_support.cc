#include "http/pages/governance/meeting_support.h"

#include <utility>

#include "http/common/display.h"
#include "http/common/numbers.h"

namespace assure::http::pages {

MeetingServices::MeetingServices(const HandlerContext& handler_context)
    : context(handler_context),
      meetings(handler_context.store, handler_context.clock),
      bodies(handler_context.store, handler_context.clock),
      attendance(handler_context.store, handler_context.clock),
      agencies(handler_context.store, handler_context.clock) {}

Handler MeetingPageHandler(const MeetingServices& services, MeetingPageFunction page) {
  return PageHandler(services.context.renderer,
                     [services, page](const Request& request) { return page(services, request); });
}

std::string MeetingHref(domain::MeetingId id) {
  return "/governance/meetings/" + std::to_string(id);
}

std::string MeetingBodyHref(domain::BodyId id) {
  return "/governance/bodies/" + std::to_string(id);
}

std::string PaperHref(domain::MeetingId meeting, domain::PaperId paper) {
  return MeetingHref(meeting) + "/papers/" + std::to_string(paper);
}

std::string QuorumOutcomeText(const domain::Quorum& quorum,
                              const std::map<domain::AgencyId, std::string>& agency_names) {
  if (!quorum.recorded) return "Attendance not recorded";
  std::string text = std::string{quorum.quorate ? "Quorate: " : "Not quorate: "} +
                     std::to_string(quorum.counted) + " counted, at least " +
                     std::to_string(quorum.minimum) + " needed";
  if (!quorum.statutory_missing.empty()) {
    text += "; no one from " + JoinNames(quorum.statutory_missing, agency_names);
  }
  return text;
}

std::string_view QuorumOutcomeLabel(const domain::Quorum& quorum) {
  if (!quorum.recorded) return "Not recorded";
  return quorum.quorate ? "Quorate" : "Not quorate";
}

std::string_view QuorumOutcomeTag(const domain::Quorum& quorum) {
  if (!quorum.recorded) return "govuk-tag--grey";
  return quorum.quorate ? "govuk-tag--green" : "govuk-tag--red";
}

std::string_view MinutesStateLabel(domain::MinutesState state) {
  switch (state) {
    case domain::MinutesState::kNone:
      return "No minutes yet";
    case domain::MinutesState::kDraft:
      return "Draft";
    case domain::MinutesState::kApproved:
      return "Approved";
  }
  return "No minutes yet";
}

std::optional<domain::CivilDate> QueryDate(const Request& request, const std::string& name,
                                           std::string_view what, DateFields& fields,
                                           FormErrors& errors) {
  std::optional<domain::CivilDate> date;
  bool blank = true;
  if (const auto boxes = DateFieldsAsked(request, name)) {
    fields = *boxes;
    blank = boxes->empty();
    date = DateOf(*boxes);
  } else if (const auto whole = request.QueryParam(name); whole && !whole->empty()) {
    blank = false;
    date = domain::ParseCivilDate(*whole);
    if (date) fields = DateFieldsOf(*date);
  }
  if (!date && !blank) {
    errors.Add(name, "Enter " + std::string{what} + " as a real date, like 1 4 2025.");
  }
  return date;
}

domain::MeetingId MeetingIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

bool IsShownOnForm(const core::Error& error) {
  return error.code == core::ErrorCode::kInvalidInput || error.code == core::ErrorCode::kConflict;
}

}  // namespace assure::http::pages
