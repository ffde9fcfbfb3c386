// The action list's filters and paging as query parameters, read by GET /api/v1/actions
// (action_api_handlers.cc): agency (an owner agency's id), source_kind (a SourceKind name), status
// (an ActionStatus name), open (true: not started or in progress only; false: completed, not
// implemented or superseded only), due_before (YYYY-MM-DD, included), theme (a theme of a case a
// source names), case (a case id a source names), lead (the named lead's user id), page (from 1)
// and per_page (1 to 200; default 50). Empty values mean "any". An agency lead's list is narrowed
// to their agencies by the service, whatever the filters say. Pure; thread-safe.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "domain/actions/action_repository.h"
#include "http/request.h"

namespace assure::http::api {

inline constexpr std::int64_t kDefaultActionsPerPage = 50;
inline constexpr std::int64_t kMaxActionsPerPage = 200;

struct ActionListParams {
  domain::ActionQuery query;  // offset and limit from page and per_page
  std::int64_t page = 1;
  std::int64_t per_page = kDefaultActionsPerPage;
};

// kInvalidInput naming the parameter for a value that is not one of its kind.
core::Result<ActionListParams> ParseActionListParams(const Request& request);

}  // namespace assure::http::api
