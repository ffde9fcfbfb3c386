// The JSON form of cases, their records and information requests, for the API under /api/v1
// (doc/openapi.yaml describes each shape). Only what the caller's service call returned is
// written: restricted details (names, dates of birth, circumstances) have their own function,
// used only by GET /api/v1/cases/{id}/restricted. Dates are "YYYY-MM-DD", instants
// core::FormatInstant text, enums their wire names; an unset optional value is null. Pure;
// thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/civil_date.h"
#include "domain/reviews/cases/case_service.h"
#include "domain/reviews/clocks/case_clock_service.h"
#include "domain/reviews/requests/information_request_service.h"

namespace assure::http {

// The case's own fields (no restricted details).
nlohmann::json CaseJson(const domain::Case& record);
// A row of the case list: the case's own fields and "next_clock", its unmet clock due soonest
// (null when every clock is met).
nlohmann::json ListedCaseJson(const domain::ListedCase& listed);
// The case page as data: the case, its records, requests, timeline, clocks, reviewer, the
// Care Act s44 basis and the steps the caller may take.
nlohmann::json CaseViewJson(const domain::CaseView& view);
nlohmann::json RestrictedJson(const domain::RestrictedDetails& details);

nlohmann::json RequestJson(const domain::InformationRequest& request);
// A request as its reader sees it: with its case's reference and type, whether it is overdue
// on `today`, and (from Get) its files.
nlohmann::json RequestViewJson(const domain::RequestView& view, domain::CivilDate today);
nlohmann::json ResponseFileJson(const domain::ResponseFile& file);

}  // namespace assure::http
