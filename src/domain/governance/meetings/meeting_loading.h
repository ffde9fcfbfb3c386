// What MeetingService's files share (meeting_service.cc, meeting_record.cc): loading a meeting
// with its body and what the asker may read of it, and the view of a meeting the asker reads.
// Used inside one Store transaction; not thread-safe beyond it.
#pragma once

#include "domain/governance/governance_access.h"
#include "domain/governance/meetings/meeting_service.h"

namespace assure::domain {

struct LoadedMeeting {
  Meeting meeting;
  Body body;
  MeetingAccess access;
};

// The meeting and its body; kNotFound when the asker may not read the meeting.
core::Result<LoadedMeeting> LoadMeeting(Transaction& tx, const Requester& requester, MeetingId id,
                                        CivilDate today);
// As LoadMeeting, then kForbidden unless the asker runs meetings, kConflict when `version` is
// set and stale.
core::Result<LoadedMeeting> LoadMeetingToEdit(Transaction& tx, const Requester& requester,
                                              MeetingId id, CivilDate today,
                                              std::optional<Version> version);
// The meeting as the asker may read it: restricted items and draft minutes removed unless
// `access.restricted`.
Meeting Visible(Meeting meeting, const MeetingAccess& access);
// The whole view of a loaded meeting.
core::Result<MeetingView> ViewOf(Transaction& tx, const Requester& requester, LoadedMeeting loaded);

}  // namespace assure::domain
