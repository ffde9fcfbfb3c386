// SqlMeetingRepository: domain::MeetingRepository over meetings, agenda_items, meeting_papers,
// attendance and decisions (migration 0025), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's meeting, item, decision or
// body is kNotFound, and so is a body member marked at a meeting of another body, or a decision
// that names a meeting of another body. Meetings are versioned: Update with a stale version is
// kConflict and changes nothing; items, papers, attendance and decisions do not move the version.
// Agenda positions and decision numbers are the next free ones, taken in the insert itself (two
// at the same moment: the second is kConflict). A decision's year is its meeting's year. Reading
// meetings takes five queries however many there are. A paper's bytes must be stored
// (FileContentRepository) before it is added. Works on the Connection of one transaction;
// borrows it; not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/governance/meetings/meeting_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlMeetingRepository final : public domain::MeetingRepository {
 public:
  SqlMeetingRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::Meeting> Create(domain::BodyId body,
                                       const domain::MeetingContent& content) override;
  core::Result<domain::Meeting> Get(domain::MeetingId id) override;
  core::Result<std::vector<domain::Meeting>> List(const domain::MeetingFilter& filter) override;
  core::Result<domain::Meeting> Update(const domain::Meeting& meeting) override;

  core::Result<domain::AgendaItem> AddItem(domain::MeetingId meeting,
                                           const domain::AgendaItem& item) override;
  core::Status UpdateItem(domain::MeetingId meeting, const domain::AgendaItem& item) override;
  core::Result<domain::Paper> AddPaper(domain::MeetingId meeting, domain::AgendaItemId item,
                                       const domain::Paper& paper) override;
  core::Status SetAttendance(domain::MeetingId meeting,
                             const std::vector<domain::AttendanceMark>& marks) override;
  core::Result<domain::Decision> AddDecision(domain::BodyId body,
                                             const domain::Decision& decision) override;
  core::Status SetDecisionAction(domain::DecisionId decision, std::int64_t action_id) override;

 private:
  core::Result<std::vector<domain::Meeting>> Query(const std::string& where,
                                                   std::vector<sql::Value> values);
  // Loads the agenda with its papers, the attendance and the decisions of `meetings`.
  core::Status LoadParts(std::vector<domain::Meeting>& meetings);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
