// `assure partnership add`: creates a partnership (a demo one relaxes MFA) and records it in the
// new partnership's audit chain, in one transaction.
#include <cstdio>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace assure::cli {

int PartnershipAdd(const std::string& db_url, const PartnershipAddOptions& options,
                   const core::Clock& clock) {
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  auto created =
      (*opened)->store().Write([&](domain::Transaction& tx) -> core::Result<domain::Partnership> {
        ASSURE_ASSIGN_OR_RETURN(auto partnership,
                                tx.partnerships().Create({options.slug, options.name, options.demo,
                                                          /*mfa_required=*/!options.demo}));
        ASSURE_TRY(domain::Record(
            tx.audit(), domain::MakeAuditEvent(CliActor(partnership.id), "partnership.create",
                                               domain::AuditOutcome::kSuccess, clock.Now(),
                                               {"partnership", std::to_string(partnership.id)})));
        return partnership;
      });
  if (!created) return Fail(created.error());
  std::printf("%lld\n", static_cast<long long>(created->id));
  return kExitOk;
}

}  // namespace assure::cli
