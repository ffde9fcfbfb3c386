#include "storage/repositories/governance/sql_meeting_repository.h"

#include <map>
#include <optional>
#include <utility>

#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"

namespace assure::storage {
namespace {

constexpr std::string_view kMeetingColumns =
    "id, body_id, held_on, starts_at, duration_minutes, location, cancelled, minutes,"
    " minutes_state, minutes_approved_by, version";

core::Result<domain::Meeting> MeetingFromRow(const sql::Row& row,
                                             domain::PartnershipId partnership_id) {
  domain::Meeting m;
  m.id = row.Int64(0);
  m.partnership_id = partnership_id;
  m.body_id = row.Int64(1);
  ASSURE_ASSIGN_OR_RETURN(m.content.held_on, DateAt(row, 2, "meetings.held_on"));
  m.content.starts_at = row.Text(3);
  m.content.duration_minutes = static_cast<int>(row.Int64(4));
  m.content.location = row.Text(5);
  m.content.cancelled = row.Bool(6);
  m.minutes = row.Text(7);
  ASSURE_ASSIGN_OR_RETURN(
      m.minutes_state,
      EnumAt<domain::MinutesState>(row, 8, "meetings.minutes_state", domain::ParseMinutesState));
  m.minutes_approved_by = row.OptionalInt64(9);
  m.version = row.Int64(10);
  return m;
}

// Columns: meeting_id, id, year, number, text, approves_minutes_of, action_id.
domain::Decision DecisionFromRow(const sql::Row& row) {
  domain::Decision d;
  d.meeting_id = row.Int64(0);
  d.id = row.Int64(1);
  d.year = static_cast<int>(row.Int64(2));
  d.number = static_cast<int>(row.Int64(3));
  d.text = row.Text(4);
  d.approves_minutes_of = row.OptionalInt64(5);
  d.action_id = row.OptionalInt64(6);
  return d;
}

core::Result<domain::Paper> InsertPaper(sql::Connection& connection,
                                        domain::PartnershipId partnership_id,
                                        domain::MeetingId meeting, domain::AgendaItemId item,
                                        const domain::Paper& paper) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection.Query("INSERT INTO meeting_papers (partnership_id, meeting_id, item_id,"
                       " file_name, media_type, size, sha256) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " RETURNING id",
                       {partnership_id, meeting, item, paper.file_name, paper.media_type,
                        paper.size, paper.sha256}));
  domain::Paper stored = paper;
  stored.id = rows.rows.front().Int64(0);
  return stored;
}

// The body of the partnership's meeting `meeting`, or nullopt if there is no such meeting.
core::Result<std::optional<domain::BodyId>> BodyOf(sql::Connection& connection,
                                                   domain::PartnershipId partnership_id,
                                                   domain::MeetingId meeting) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection.Query("SELECT body_id FROM meetings"
                                                      " WHERE partnership_id = ? AND id = ?",
                                                      {partnership_id, meeting}));
  if (rows.empty()) return std::optional<domain::BodyId>{};
  return std::optional<domain::BodyId>{rows.rows.front().Int64(0)};
}

// kConflict: another transaction took the position or number this one was taking.
core::Error AddedMeanwhile(std::string_view what) {
  return core::Error::Conflict("Someone else added " + std::string{what} +
                               " at the same moment. Open it again, then try again.");
}

}  // namespace

core::Result<domain::Meeting> SqlMeetingRepository::Create(domain::BodyId body,
                                                           const domain::MeetingContent& c) {
  ASSURE_TRY(ExpectRecord(connection_, "bodies", "body", partnership_id_, body));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO meetings (partnership_id, body_id, held_on, starts_at,"
                        " duration_minutes, location, cancelled, minutes, minutes_state,"
                        " minutes_approved_by, version)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, '', 'none', NULL, 1) RETURNING id",
                        {partnership_id_, body, DateValue(c.held_on), c.starts_at,
                         std::int64_t{c.duration_minutes}, c.location, sql::Bool(c.cancelled)}));
  return Get(rows.rows.front().Int64(0));
}

core::Result<std::vector<domain::Meeting>> SqlMeetingRepository::Query(
    const std::string& where, std::vector<sql::Value> values) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT " + std::string{kMeetingColumns} +
                                                " FROM meetings WHERE partnership_id = ?" + where +
                                                " ORDER BY held_on, id",
                                            values));
  std::vector<domain::Meeting> meetings;
  meetings.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto meeting, MeetingFromRow(row, partnership_id_));
    meetings.push_back(std::move(meeting));
  }
  ASSURE_TRY(LoadParts(meetings));
  return meetings;
}

core::Status SqlMeetingRepository::LoadParts(std::vector<domain::Meeting>& meetings) {
  if (meetings.empty()) return core::Ok();
  std::map<domain::MeetingId, domain::Meeting*> by_id;
  std::vector<std::int64_t> ids;
  for (domain::Meeting& meeting : meetings) {
    by_id.emplace(meeting.id, &meeting);
    ids.push_back(meeting.id);
  }
  std::vector<sql::Value> values{partnership_id_};
  const std::string list = AppendIdList(SortedUnique(ids), values);

  ASSURE_ASSIGN_OR_RETURN(
      auto items,
      connection_.Query("SELECT meeting_id, id, position, title, owner, restricted"
                        " FROM agenda_items WHERE partnership_id = ? AND meeting_id IN " +
                            list + " ORDER BY meeting_id, position",
                        values));
  for (const sql::Row& row : items) {
    domain::AgendaItem item;
    item.id = row.Int64(1);
    item.position = static_cast<int>(row.Int64(2));
    item.title = row.Text(3);
    item.owner = row.Text(4);
    item.restricted = row.Bool(5);
    by_id[row.Int64(0)]->agenda.push_back(std::move(item));
  }
  // Every agenda is complete now, so pointers to its items stay valid.
  std::map<domain::AgendaItemId, domain::AgendaItem*> items_by_id;
  for (domain::Meeting& meeting : meetings) {
    for (domain::AgendaItem& item : meeting.agenda) items_by_id.emplace(item.id, &item);
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto papers,
      connection_.Query("SELECT item_id, id, file_name, media_type, size, sha256"
                        " FROM meeting_papers WHERE partnership_id = ? AND meeting_id IN " +
                            list + " ORDER BY meeting_id, item_id, id",
                        values));
  for (const sql::Row& row : papers) {
    domain::Paper paper;
    paper.id = row.Int64(1);
    paper.file_name = row.Text(2);
    paper.media_type = row.Text(3);
    paper.size = row.Int64(4);
    paper.sha256 = row.Text(5);
    items_by_id[row.Int64(0)]->papers.push_back(std::move(paper));
  }

  ASSURE_ASSIGN_OR_RETURN(
      auto marks, connection_.Query("SELECT meeting_id, member_id, status, deputy FROM attendance"
                                    " WHERE partnership_id = ? AND meeting_id IN " +
                                        list + " ORDER BY meeting_id, member_id",
                                    values));
  for (const sql::Row& row : marks) {
    domain::AttendanceMark mark;
    mark.member_id = row.Int64(1);
    ASSURE_ASSIGN_OR_RETURN(mark.status,
                            EnumAt<domain::AttendanceStatus>(row, 2, "attendance.status",
                                                             domain::ParseAttendanceStatus));
    mark.deputy = row.Text(3);
    by_id[row.Int64(0)]->attendance.push_back(std::move(mark));
  }

  ASSURE_ASSIGN_OR_RETURN(
      auto decisions,
      connection_.Query("SELECT meeting_id, id, year, number, text, approves_minutes_of,"
                        " action_id FROM decisions WHERE partnership_id = ? AND meeting_id IN " +
                            list + " ORDER BY meeting_id, year, number",
                        values));
  for (const sql::Row& row : decisions) {
    by_id[row.Int64(0)]->decisions.push_back(DecisionFromRow(row));
  }
  return core::Ok();
}

core::Result<domain::Meeting> SqlMeetingRepository::Get(domain::MeetingId id) {
  ASSURE_ASSIGN_OR_RETURN(auto meetings, Query(" AND id = ?", {partnership_id_, id}));
  if (meetings.empty()) return NoSuch("meeting");
  return std::move(meetings.front());
}

core::Result<std::vector<domain::Meeting>> SqlMeetingRepository::List(
    const domain::MeetingFilter& filter) {
  std::string where;
  std::vector<sql::Value> values{partnership_id_};
  if (filter.body_id) {
    where += " AND body_id = ?";
    values.emplace_back(*filter.body_id);
  }
  if (filter.from) {
    where += " AND held_on >= ?";
    values.push_back(DateValue(*filter.from));
  }
  if (filter.to) {
    where += " AND held_on <= ?";
    values.push_back(DateValue(*filter.to));
  }
  return Query(where, std::move(values));
}

core::Result<domain::Meeting> SqlMeetingRepository::Update(const domain::Meeting& m) {
  ASSURE_TRY(UpdateVersioned(
      connection_, {"meetings", "meeting", partnership_id_, m.id, m.version},
      "held_on = ?, starts_at = ?, duration_minutes = ?, location = ?, cancelled = ?,"
      " minutes = ?, minutes_state = ?, minutes_approved_by = ?",
      {DateValue(m.content.held_on), m.content.starts_at, std::int64_t{m.content.duration_minutes},
       m.content.location, sql::Bool(m.content.cancelled), m.minutes,
       sql::Text(domain::MinutesStateName(m.minutes_state)),
       sql::OptionalInt64(m.minutes_approved_by)},
      "id"));
  return Get(m.id);
}

core::Result<domain::AgendaItem> SqlMeetingRepository::AddItem(domain::MeetingId meeting,
                                                               const domain::AgendaItem& item) {
  ASSURE_TRY(ExpectRecord(connection_, "meetings", "meeting", partnership_id_, meeting));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO agenda_items (partnership_id, meeting_id, position, title, owner,"
          " restricted) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT),"
          " COALESCE(MAX(position), 0) + 1, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS INTEGER)"
          " FROM agenda_items WHERE partnership_id = ? AND meeting_id = ?"
          " ON CONFLICT (partnership_id, meeting_id, position) DO NOTHING RETURNING id, position",
          {partnership_id_, meeting, item.title, item.owner, sql::Bool(item.restricted),
           partnership_id_, meeting}));
  if (rows.empty()) return AddedMeanwhile("an item to this agenda");
  domain::AgendaItem stored = item;
  stored.id = rows.rows.front().Int64(0);
  stored.position = static_cast<int>(rows.rows.front().Int64(1));
  stored.papers.clear();
  for (const domain::Paper& paper : item.papers) {
    ASSURE_ASSIGN_OR_RETURN(auto added,
                            InsertPaper(connection_, partnership_id_, meeting, stored.id, paper));
    stored.papers.push_back(std::move(added));
  }
  return stored;
}

core::Status SqlMeetingRepository::UpdateItem(domain::MeetingId meeting,
                                              const domain::AgendaItem& item) {
  ASSURE_ASSIGN_OR_RETURN(
      auto changed,
      connection_.Execute(
          "UPDATE agenda_items SET title = ?, owner = ?, restricted = ?"
          " WHERE partnership_id = ? AND meeting_id = ? AND id = ?",
          {item.title, item.owner, sql::Bool(item.restricted), partnership_id_, meeting, item.id}));
  if (changed != 1) return NoSuch("agenda item");
  return core::Ok();
}

core::Result<domain::Paper> SqlMeetingRepository::AddPaper(domain::MeetingId meeting,
                                                           domain::AgendaItemId item,
                                                           const domain::Paper& paper) {
  ASSURE_TRY(ExpectRecord(connection_, "meetings", "meeting", partnership_id_, meeting));
  ASSURE_ASSIGN_OR_RETURN(auto found,
                          connection_.Query("SELECT 1 FROM agenda_items WHERE partnership_id = ?"
                                            " AND meeting_id = ? AND id = ?",
                                            {partnership_id_, meeting, item}));
  if (found.empty()) return NoSuch("agenda item");
  return InsertPaper(connection_, partnership_id_, meeting, item, paper);
}

core::Status SqlMeetingRepository::SetAttendance(domain::MeetingId meeting,
                                                 const std::vector<domain::AttendanceMark>& marks) {
  ASSURE_ASSIGN_OR_RETURN(auto body, BodyOf(connection_, partnership_id_, meeting));
  if (!body) return NoSuch("meeting");
  if (!marks.empty()) {
    std::vector<std::int64_t> members;
    for (const domain::AttendanceMark& mark : marks) members.push_back(mark.member_id);
    members = SortedUnique(std::move(members));
    if (members.size() != marks.size()) {
      return core::Error::InvalidInput("attendance", "Mark each member once.");
    }
    std::vector<sql::Value> values{partnership_id_, *body};
    const std::string list = AppendIdList(members, values);
    ASSURE_ASSIGN_OR_RETURN(
        auto found, connection_.Query("SELECT COUNT(DISTINCT id) FROM body_members"
                                      " WHERE partnership_id = ? AND body_id = ? AND id IN " +
                                          list,
                                      values));
    if (found.rows.front().Int64(0) != static_cast<std::int64_t>(members.size())) {
      return NoSuch("member");
    }
  }
  ASSURE_TRY(
      connection_.Execute("DELETE FROM attendance WHERE partnership_id = ? AND meeting_id = ?",
                          {partnership_id_, meeting}));
  for (const domain::AttendanceMark& mark : marks) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO attendance (partnership_id, meeting_id, member_id, status, deputy)"
        " VALUES (?, ?, ?, ?, ?)",
        {partnership_id_, meeting, mark.member_id,
         sql::Text(domain::AttendanceStatusName(mark.status)), mark.deputy}));
  }
  return core::Ok();
}

core::Result<domain::Decision> SqlMeetingRepository::AddDecision(domain::BodyId body,
                                                                 const domain::Decision& decision) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT held_on FROM meetings"
                                            " WHERE partnership_id = ? AND body_id = ? AND id = ?",
                                            {partnership_id_, body, decision.meeting_id}));
  if (rows.empty()) return NoSuch("meeting");
  ASSURE_ASSIGN_OR_RETURN(auto held_on, DateAt(rows.rows.front(), 0, "meetings.held_on"));
  if (decision.approves_minutes_of) {
    ASSURE_ASSIGN_OR_RETURN(auto of,
                            BodyOf(connection_, partnership_id_, *decision.approves_minutes_of));
    if (of != body) return NoSuch("meeting");
  }
  const auto year = std::int64_t{static_cast<int>(held_on.year())};
  ASSURE_ASSIGN_OR_RETURN(
      auto inserted,
      connection_.Query(
          "INSERT INTO decisions (partnership_id, meeting_id, body_id, year, number, text,"
          " approves_minutes_of, action_id) SELECT CAST(? AS BIGINT), CAST(? AS BIGINT),"
          " CAST(? AS BIGINT), CAST(? AS INTEGER), COALESCE(MAX(number), 0) + 1,"
          " CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT)"
          " FROM decisions WHERE partnership_id = ? AND body_id = ? AND year = ?"
          " ON CONFLICT (partnership_id, body_id, year, number) DO NOTHING"
          " RETURNING meeting_id, id, year, number, text, approves_minutes_of, action_id",
          {partnership_id_, decision.meeting_id, body, year, decision.text,
           sql::OptionalInt64(decision.approves_minutes_of), sql::OptionalInt64(decision.action_id),
           partnership_id_, body, year}));
  if (inserted.empty()) return AddedMeanwhile("a decision of this body");
  return DecisionFromRow(inserted.rows.front());
}

core::Status SqlMeetingRepository::SetDecisionAction(domain::DecisionId decision,
                                                     std::int64_t action_id) {
  ASSURE_ASSIGN_OR_RETURN(auto changed,
                          connection_.Execute("UPDATE decisions SET action_id = ?"
                                              " WHERE partnership_id = ? AND id = ?",
                                              {action_id, partnership_id_, decision}));
  if (changed != 1) return NoSuch("decision");
  return core::Ok();
}

}  // namespace assure::storage
