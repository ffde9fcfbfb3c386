// MeetingService: a body's meetings for the pages, the API and the to-do list: schedule and change
// a meeting, build its agenda and attach papers, record attendance (whose quorum is computed),
// write the minutes, record decisions (which may approve an earlier meeting's minutes or make an
// action with the source "meeting"), read a paper, and list the meetings of a body as iCalendar.
//
// Who may do what: governance_access.h. Each call runs ONE Store transaction with its audit event
// ("governance.meeting.schedule", ".update", ".item", ".paper", ".attendance", ".minutes",
// ".decision", ".read", ".paper.read"); a meeting is audited on every read, since its papers and
// minutes may speak of cases; a refusal is audited too. Thread-safe: references to thread-safe
// collaborators, no mutable state.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/files/file_content_repository.h"
#include "domain/governance/body.h"
#include "domain/governance/meetings/meeting.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "domain/governance/meetings/quorum.h"
#include "domain/identity/requester.h"
#include "domain/store.h"

namespace assure::domain {

struct MeetingView {
  Meeting meeting;  // restricted items and draft minutes removed when the asker may not read them
  Body body;
  Quorum quorum;
  std::vector<BodyMember> expected;  // the members expected, in the body's order
  std::map<AgencyId, std::string> agency_names;
  // The body's earlier meetings whose minutes are drafts (a decision here may approve them).
  std::vector<Meeting> minutes_to_approve;
  bool may_edit = false;
  bool may_read_restricted = false;
};

// One meeting in a list: what the asker may read of it, without its agenda's papers.
struct MeetingSummary {
  Meeting meeting;
  std::string body_name;
  Quorum quorum;
};

// An action made by a decision: what the action plan needs.
struct DecisionAction {
  std::string title;
  AgencyId owner_agency_id = 0;
  std::string lead_name;  // as shown; the lead's display name when lead_user_id is set
  CivilDate due_on;
  std::optional<UserId> lead_user_id;  // a person of the partnership, when the lead has an account
};

struct NewDecision {
  std::string text;
  std::optional<MeetingId> approves_minutes_of;
  std::optional<DecisionAction> action;
};

struct PaperDownload {
  Paper paper;
  std::string bytes;
};

// A to-do of someone's: papers to read for a meeting coming up, or minutes to approve.
struct MeetingDue {
  MeetingId meeting_id = 0;
  std::string body_name;
  CivilDate held_on;
  int papers = 0;  // papers the asker may read (papers to read)
};

class MeetingService {
 public:
  MeetingService(Store& store, const core::Clock& clock) : store_(store), clock_(clock) {}

  core::Result<Meeting> Schedule(const Requester& requester, BodyId body,
                                 MeetingContent content) const;
  core::Result<Meeting> Update(const Requester& requester, MeetingId id, Version version,
                               MeetingContent content) const;
  // The meetings the asker may read, by date; audited as one list read.
  core::Result<std::vector<MeetingSummary>> List(const Requester& requester,
                                                 const MeetingFilter& filter) const;
  core::Result<MeetingView> Get(const Requester& requester, MeetingId id) const;

  core::Result<AgendaItem> AddItem(const Requester& requester, MeetingId id, AgendaItem item) const;
  // Checks the file (domain/files/upload_rules.h) and attaches it to the item.
  core::Result<Paper> AddPaper(const Requester& requester, MeetingId id, AgendaItemId item,
                               std::string file_name, std::string bytes) const;
  core::Result<PaperDownload> ReadPaper(const Requester& requester, MeetingId id,
                                        PaperId paper) const;

  // Replaces the attendance (one mark for each expected member) if `version` is current.
  core::Result<MeetingView> RecordAttendance(const Requester& requester, MeetingId id,
                                             Version version,
                                             std::vector<AttendanceMark> marks) const;
  // Saves the minutes as a draft if `version` is current; approved minutes are fixed.
  core::Result<Meeting> SaveMinutes(const Requester& requester, MeetingId id, Version version,
                                    std::string minutes) const;
  // Records a decision of a meeting that has taken place (not cancelled, not in the future).
  core::Result<Decision> RecordDecision(const Requester& requester, MeetingId id,
                                        NewDecision decision) const;

  // The body's meetings the asker may read, as an iCalendar document (ical.h).
  core::Result<std::string> Calendar(const Requester& requester, BodyId body) const;

  // For the to-do list: meetings in the next 14 days whose papers the asker may read (as a
  // member of the body), and, for the business unit, meetings whose draft minutes a later
  // meeting of the body has now taken place to approve. Not audited.
  core::Result<std::vector<MeetingDue>> PapersDue(const Requester& requester) const;
  core::Result<std::vector<MeetingDue>> MinutesToApprove(const Requester& requester) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
