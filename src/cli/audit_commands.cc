// `assure audit verify` and `assure audit export`: the operator's view of the hash-chained audit
// trail (storage/audit). Both only read, in one snapshot.
//
// verify prints a summary and each chain's head (its last event and hash: keep them, since a later
// run can only show that newest events were removed or rewritten by comparison with them), or
// names the first broken event and exits kExitAuditBroken. export writes JSON lines to standard
// output for whole UTC days, both ends inclusive.
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/command_store.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/utc_day.h"
#include "storage/audit/audit_export.h"
#include "storage/audit/audit_verifier.h"

namespace assure::cli {

int AuditVerify(const std::string& db_url, const core::Clock& clock) {
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  auto verification = storage::VerifyAuditTrail((*opened)->database());
  if (!verification) return Fail(verification.error());
  if (const auto& broken = verification->broken) {
    // The description names the event and its chain.
    std::fprintf(stderr, "assure: audit trail broken (%s): %s\n",
                 std::string{storage::AuditBreakName(broken->what)}.c_str(),
                 broken->description.c_str());
    return kExitAuditBroken;
  }
  std::printf("audit trail intact: %lld events in %zu chains\n",
              static_cast<long long>(verification->events_checked), verification->chains.size());
  for (const auto& head : verification->chains) {
    std::printf("chain %lld: %lld events, last event %lld, hash %s\n",
                static_cast<long long>(head.chain), static_cast<long long>(head.events),
                static_cast<long long>(head.last_id), head.last_hash.c_str());
  }
  return kExitOk;
}

int AuditExport(const std::string& db_url, const AuditExportOptions& options,
                const core::Clock& clock) {
  auto from = ParseUtcDay(options.from, "from");
  if (!from) return Fail(from.error());
  auto to = ParseUtcDay(options.to, "to");
  if (!to) return Fail(to.error());
  if (*to < *from) {
    return Fail(core::Error::InvalidInput("to", "--to must not be before --from"));
  }
  auto opened = CommandStore::Open(db_url, clock);
  if (!opened) return Fail(opened.error());
  storage::AuditExportFilter filter;
  filter.from = *from;
  filter.to = *to + std::chrono::days{1};  // the whole of the last day
  auto written = storage::ExportAuditEvents((*opened)->database(), filter, std::cout);
  std::cout.flush();
  if (!written) return Fail(written.error());
  std::fprintf(stderr, "audit export: %lld events from %s to %s (UTC, inclusive)\n",
               static_cast<long long>(*written), options.from.c_str(), options.to.c_str());
  return kExitOk;
}

}  // namespace assure::cli
