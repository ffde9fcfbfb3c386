// The case list's filters and paging as query parameters, one reading for the list page and for
// GET /api/v1/cases: type (child|adult|joint), state (a CaseState name), theme (a theme's name),
// year (of the referral, 4 digits), q (full-text search), page (from 1) and per_page (1 to 200;
// default 50). Empty values mean "any". Pure; thread-safe.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "domain/reviews/case_repository.h"
#include "http/request.h"

namespace assure::http::handlers {

inline constexpr std::int64_t kDefaultCasesPerPage = 50;
inline constexpr std::int64_t kMaxCasesPerPage = 200;

struct CaseListParams {
  domain::CaseQuery query;  // offset and limit from page and per_page
  std::int64_t page = 1;
  std::int64_t per_page = kDefaultCasesPerPage;
};

// kInvalidInput naming the parameter for a value that is not one of its kind.
core::Result<CaseListParams> ParseCaseListParams(const Request& request);

}  // namespace assure::http::handlers
