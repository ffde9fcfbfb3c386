// The action plan pages' forms read back into domain inputs, for the form handlers of this folder:
// an action's plan (the new and edit forms: domain/actions/action.h NewAction), a progress update
// (ActionUpdateInput, without its file, which comes from the multipart body) and a quarterly
// review entry (ReviewInput). Problems go into FormErrors by field key (common/errors.h), with
// messages that name the field and never repeat what was typed; what the domain checks (lengths,
// the status rule, the RAG rule, the review outcome's needs) is left to it.
//
// The plan form's sources: up to PlanFormRows().recommendations selects "recommendation_<i>" (a
// RecommendationId), rapid review selects "rapid_review_<i>" (a CaseId) and pairs
// "other_kind_<i>" (a SourceKind name without a record) with "other_label_<i>" (its name). A
// domain error on "sources" belongs on the first source field, SourcesKey(). Pure functions;
// thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "domain/actions/action.h"
#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "http/common/errors.h"
#include "http/common/url_encoding.h"

namespace assure::http::pages {

// How many source rows of each kind the plan form offers.
struct PlanFormRows {
  int recommendations = 3;
  int rapid_reviews = 1;
  int others = 1;
};
// Enough rows for `sources` with one blank recommendation row to spare, and at least the
// defaults.
PlanFormRows RowsFor(const std::vector<domain::ActionSource>& sources);
// Enough rows for what the form sent (its highest row of each kind), and at least the defaults.
PlanFormRows RowsFor(const FormData& form);

std::string RecommendationKey(int row);  // "recommendation_0"
std::string RapidReviewKey(int row);     // "rapid_review_0"
std::string OtherKindKey(int row);       // "other_kind_0"
std::string OtherLabelKey(int row);      // "other_label_0"
std::string SourcesKey();                // "recommendation_0"
// The source kinds named by a label, not chosen from the records: national review, thematic
// review, audit finding, board decision.
std::vector<domain::SourceKind> LabelledSourceKinds();

// The plan fields: title, owner_agency_id, lead_user_id (optional), lead_name, success_measure,
// due_on, priority, and the sources in form order (recommendations, rapid reviews, others),
// blank rows left out. At least one source, unless `sources_kept`: the action has sources the
// form does not show (domain::SourceKeptByItsRecord), which the service keeps.
domain::NewAction ParseActionPlan(const FormData& form, FormErrors& errors,
                                  bool sources_kept = false);
// The form pairs that show `action` on the edit form (its version included).
FormData ActionPlanValues(const domain::PlanAction& action);
// A domain error moved to the form: "sources" to SourcesKey(); others by FieldKey.
void AddPlanError(FormErrors& errors, const core::Error& error);

// The update form: on (date), narrative, status, status_reason, rag, evidence (texts with LF
// line ends). `version` is left 0: the caller reads it (a missing one is a bad request).
domain::ActionUpdateInput ParseActionUpdate(const FormData& form, FormErrors& errors);

// The review entry form: outcome, note, new_due_on (read only for extend).
domain::ReviewInput ParseReviewEntry(const FormData& form, FormErrors& errors);

}  // namespace assure::http::pages
