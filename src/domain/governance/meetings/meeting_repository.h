// The repository of bodies' meetings (meeting.h): each meeting with its agenda and papers, its
// attendance, minutes and decisions. Bound to one partnership (from Transaction, domain/store.h):
// every query is scoped to it, and an id of another partnership's meeting is kNotFound. Meetings
// are versioned: a stale version is kConflict and changes nothing. Implemented by storage; used
// inside one Store transaction, so by one thread at a time.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/governance/meetings/meeting.h"

namespace assure::domain {

// Which meetings List returns: of one body or all, held in [from, to] when set.
struct MeetingFilter {
  std::optional<BodyId> body_id;
  std::optional<CivilDate> from;
  std::optional<CivilDate> to;
};

class MeetingRepository {
 public:
  virtual ~MeetingRepository() = default;

  // Stores the meeting (version 1), with no agenda, attendance, minutes or decisions.
  virtual core::Result<Meeting> Create(BodyId body, const MeetingContent& content) = 0;
  virtual core::Result<Meeting> Get(MeetingId id) = 0;
  // By date then id, each with everything it holds.
  virtual core::Result<std::vector<Meeting>> List(const MeetingFilter& filter) = 0;
  // Stores the content, the minutes and their state if meeting.version is current, and moves the
  // version on.
  virtual core::Result<Meeting> Update(const Meeting& meeting) = 0;

  // Appends the item at the end of the agenda (its papers too).
  virtual core::Result<AgendaItem> AddItem(MeetingId meeting, const AgendaItem& item) = 0;
  // Stores the item's title, owner and marking (not its papers).
  virtual core::Status UpdateItem(MeetingId meeting, const AgendaItem& item) = 0;
  virtual core::Result<Paper> AddPaper(MeetingId meeting, AgendaItemId item,
                                       const Paper& paper) = 0;
  // Replaces the meeting's attendance with `marks`.
  virtual core::Status SetAttendance(MeetingId meeting,
                                     const std::vector<AttendanceMark>& marks) = 0;
  // Stores the decision with the next number of its body and year.
  virtual core::Result<Decision> AddDecision(BodyId body, const Decision& decision) = 0;
  // Sets the action a decision made.
  virtual core::Status SetDecisionAction(DecisionId decision, std::int64_t action_id) = 0;
};

}  // namespace assure::domain
