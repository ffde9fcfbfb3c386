// ReturnService's improvement actions (return_service.h): what an agency commits to change,
// written to the action plans with the source "self-evaluation".
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/assurance/assurance_access.h"
#include "domain/assurance/self_evaluation/return_loading.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"

namespace assure::domain {

core::Result<PlanAction> ReturnService::AddImprovementAction(const Requester& requester,
                                                             RoundId round, AgencyId agency,
                                                             ImprovementAction input) const {
  const core::Instant now = clock_.Now();
  auto added = store_.Write([&](Transaction& tx) -> core::Result<PlanAction> {
    ASSURE_ASSIGN_OR_RETURN(Loaded loaded, LoadReturn(tx, requester, round, agency));
    ASSURE_TRY(CheckEdit(requester, loaded, loaded.ret.version));
    const Standard* standard = StandardOf(loaded.framework, input.standard_id);
    if (standard == nullptr) {
      return core::Error::InvalidInput("standard_id", "Choose a standard of the round.");
    }
    if (!input.due_on) {
      return core::Error::InvalidInput("due_on", "Enter the date the action is due.");
    }
    if (!(LondonDate(now) < *input.due_on)) {
      return core::Error::InvalidInput("due_on", "The due date must be after today.");
    }
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const auto lead,
                            tx.memberships(partnership).GetMemberUser(requester.user_id()));
    NewAction plan;
    plan.title = TrimName(input.title);
    plan.owner_agency_id = agency;
    plan.lead_user_id = requester.user_id();
    plan.lead_name = lead.display_name;
    plan.success_measure = TrimName(input.success_measure);
    plan.due_on = *input.due_on;
    plan.sources = {
        {SourceKind::kSelfEvaluation, loaded.ret.id,
         "Self-evaluation: " + loaded.round.title + ", standard " + standard->text.code}};
    ASSURE_TRY(ValidateNewAction(plan));
    ASSURE_ASSIGN_OR_RETURN(PlanAction created, tx.actions(partnership).Create(plan));
    ASSURE_TRY(WriteAssuranceAudit(
        tx, requester, now, "action.create", {"action", std::to_string(created.id)},
        "improvement action of self-evaluation round " + std::to_string(round) + ", agency " +
            std::to_string(agency)));
    return created;
  });
  return AuditRefusal(store_, clock_, requester, "action.create", ReturnSubject(round, agency),
                      std::move(added));
}

}  // namespace assure::domain
