// How pages show values, one way for every feature: dates, times on the London clock (every time
// a person reads; UTC stays in logs and exports), lines of text, the names of agencies and
// people, file sizes, and the link and words for records that more than one feature shows (a
// case, a case's type, a request's status, an action's RAG rating), and the context of a page's
// bar chart. Pure functions, apart from the
// name look-ups, which read through thread-safe services.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/civil_date.h"
#include "domain/identity/member_admin_service.h"
#include "domain/identity/requester.h"
#include "domain/ids.h"
#include "domain/partnership/agency_service.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "reports/bar_chart.h"

namespace assure::http {

// "6 January 2025"; "" for none.
std::string DateText(const std::optional<domain::CivilDate>& date);
// "6 January 2025 14:05" (or "14:05:09" `with_seconds`): the instant on a London clock, GMT or
// BST as the day was.
std::string LondonTimeText(core::Instant at, bool with_seconds = false);

// The text's lines, for paragraphs or <br>-separated lines; CR LF as LF, empty lines dropped.
nlohmann::json TextLines(std::string_view text);

// The partnership's agencies by id (empty if the asker may never read them); a failed read is
// its error, never an empty list.
core::Result<std::map<domain::AgencyId, std::string>> AgencyNames(
    const domain::AgencyService& agencies, const domain::Requester& requester);
// The agency's name, or "An agency no longer listed".
std::string AgencyName(const std::map<domain::AgencyId, std::string>& names, domain::AgencyId id);
// The names of `ids`, joined by ", ".
std::string JoinNames(const std::vector<domain::AgencyId>& ids,
                      const std::map<domain::AgencyId, std::string>& names);
// The display names of the partnership's people by user id, when the asker may read them
// (user:read); otherwise only the asker's own ("You").
core::Result<std::map<domain::UserId, std::string>> PeopleNames(
    const domain::MemberAdminService& members, const domain::Requester& requester);

// "840 bytes", "12 KB", "2.4 MB".
std::string FileSizeText(std::int64_t bytes);

// An action's RAG rating: "Red", "Amber", "Green", or "No rating" for none; and its GOV.UK tag,
// govuk-tag--red, --orange (amber), --green, --grey (no rating).
std::string RagText(const std::optional<domain::Rag>& rag);
std::string_view RagTagClass(const std::optional<domain::Rag>& rag);

std::string CaseHref(domain::CaseId id);                // "/cases/12"
std::string_view CaseTypeLabel(domain::CaseType type);  // "Child", "Adult", "Joint ..."
std::string_view RequestStatusLabel(domain::RequestStatus status);

// The context of an inline SVG bar chart in a page template (reports/bar_chart.h lays it out):
// {"view_box", "description" (every bar's label, for the chart's <desc>), "bars": [{"label", "y",
// "width", "height", "label_y", "fill"}]}. The template draws it and shows the same numbers as a
// table.
nlohmann::json BarChartView(std::span<const reports::BarItem> items);

}  // namespace assure::http
