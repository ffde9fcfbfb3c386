// The JSON forms of the partnership's bodies in API answers (doc/openapi.yaml, "Governance"): a
// body with its members and current terms of reference, the view of one body (its children, its
// agencies named, the statutory partners without a member), a version of its terms, a member; and
// the readers of their request bodies. Enum values are their *Name() forms
// ("task_and_finish_group", "adviser"); dates "YYYY-MM-DD". Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/governance/body.h"
#include "domain/governance/body_service.h"

namespace assure::http::api {

// A list's row: the body without its members or the text of its terms.
nlohmann::json BodySummaryJson(const domain::Body& body);
// The body with every member (past and present) and its current terms, or null terms.
nlohmann::json BodyJson(const domain::Body& body);
// BodyJson, each member's agency named, with parent_name, child_ids, statutory_without_member
// and may_edit.
nlohmann::json BodyViewJson(const domain::BodyView& view);
nlohmann::json TermsJson(const domain::TermsOfReference& terms);
nlohmann::json MemberJson(const domain::BodyMember& member);

// {"name", "kind", "parent_id", "chair_id", "vice_chair_id", "quorum_minimum",
// "quorum_statutory_partners"}: the whole content (the version is read apart).
core::Result<domain::BodyContent> BodyContentFrom(const nlohmann::json& body);
// {"person", "post", "user_id", "agency_id", "role", "from_on", "to_on"}; the ids of the member
// and its body are the caller's to set.
core::Result<domain::BodyMember> MemberFrom(const nlohmann::json& body);

// POST /api/v1/bodies/{id}/terms: {"text", "review_on"}.
struct TermsInput {
  std::string text;
  std::optional<domain::CivilDate> review_on;
};
core::Result<TermsInput> TermsFrom(const nlohmann::json& body);

// `error` naming the API's field `api_field` where the domain named `domain_field` (the domain's
// "terms" and "minutes" are the API's "text"); any other error as it is.
core::Error WithApiField(core::Error error, std::string_view domain_field,
                         std::string_view api_field);

}  // namespace assure::http::api
