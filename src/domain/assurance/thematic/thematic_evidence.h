// Where a thematic review's evidence may come from (thematic_review_service.h): every item of the
// activities the review's activity draws on (each standard of a self-evaluation round, each
// question of a closed staff survey, each moderated record of a closed case audit), with the
// label a piece of evidence keeps; and the lead of an action made from a recommendation. Used by
// ThematicReviewService only, inside its transaction; not thread-safe (the transaction is not).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/assurance/thematic/thematic_review_service.h"
#include "domain/store.h"

namespace assure::domain {

core::Result<std::vector<EvidenceChoice>> EvidenceChoices(Transaction& tx,
                                                          PartnershipId partnership,
                                                          const Activity& review_activity);

// The label of `evidence`, after checking its source is one of EvidenceChoices (kInvalidInput
// "source" otherwise); a conversation's is "Conversation held on <date>".
core::Result<std::string> EvidenceLabel(Transaction& tx, PartnershipId partnership,
                                        const Activity& review_activity,
                                        const ReviewEvidence& evidence);

// The agency's lead (the first agency lead member of it), or none with the agency's name.
core::Result<std::pair<std::optional<UserId>, std::string>> ActionLead(Transaction& tx,
                                                                       PartnershipId partnership,
                                                                       const Agency& agency);

// At most `count` characters (code points) of `text`, with "..." when cut.
std::string FirstCharacters(const std::string& text, std::size_t count);

}  // namespace assure::domain
