// The verbs of the governance scenarios (tests/scenarios/governance/*.txt): a partnership's
// agencies, its bodies with their quorum rules and members, and meetings with their attendance,
// checked by the rules of domain/governance/ (MemberOn, ExpectedMembers, ValidateAttendance,
// ComputeQuorum, ComputeAttendance) exactly as the meeting services apply them. Called only by
// scenario_runner_test.cc. Not thread-safe: one GovernanceState per file.
//
// Names (of agencies, bodies and members) are single words; a member's name is looked up in the
// current body.
//
// The partnership:
//   agency NAME [statutory]                  (statutory: one of the statutory partners)
//   body NAME quorum N [with statutory partners]   a new body, now the current one
//   body NAME                                the current body again (for its later meetings)
//   member NAME [of AGENCY] from DATE [to DATE] [as deputy|adviser]
//          [-> allowed | refused FIELD]      a member of the current body (checked by
//                                            ValidateMember; kept only when allowed). Without
//                                            "as": a full member; "deputy": a standing deputy.
// Meetings (of the current body; a new `meeting` starts a new one):
//   meeting DATE [cancelled]
//   NAME present | NAME apologies | NAME absent | NAME deputy [DEPUTY NAME...]
//                                            the member's attendance mark (a deputy sent, named)
// Checks, after "->":
//   quorum -> quorate counted N [missing AGENCY...] | not quorate counted N [missing AGENCY...]
//          | not recorded                    the current meeting's quorum (missing: statutory
//                                            partners with no one counted)
//   expected -> NAME... | nobody             the members expected at the meeting (any order)
//   attendance marks -> allowed | refused FIELD   the marks so far, by ValidateAttendance
//   attendance from DATE to DATE AGENCY BODY -> [expected N] [in_person N] [by_deputy N]
//          [percent N|none]                  the agency's attendance figure for the body over the
//                                            period (no figure: every count 0, percent none)
//   attended N of M -> percent P|none        the share of a figure with N attended of M expected
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/governance/body.h"
#include "domain/governance/meetings/meeting.h"
#include "scenarios/scenario.h"

namespace assure::scenarios {

struct GovernanceState {
  std::map<std::string, domain::AgencyId, std::less<>> agencies;  // by name
  std::vector<domain::AgencyId> statutory;                        // in the order declared
  std::vector<domain::Body> bodies;                               // body id: index + 1
  std::vector<domain::Meeting> meetings;                          // meeting id: index + 1
  std::optional<std::size_t> body;                                // the current body's index
  std::optional<std::size_t> meeting;                             // the current meeting's index
  domain::BodyMemberId next_member_id = 1;
};

Verbs<GovernanceState> GovernanceVerbs();

}  // namespace assure::scenarios
