#include "storage/repositories/reviews/sql_case_repository.h"

#include <cstdio>
#include <limits>
#include <string>
#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/reviews/case_parts.h"
#include "storage/repositories/reviews/case_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/full_text.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::string_view kCaseColumns =
    "cases.id, cases.partnership_id, cases.reference, cases.type, cases.state, cases.incident_on,"
    " cases.aware_on, cases.referring_agency_id, cases.referral_received_on, cases.referrer,"
    " cases.criteria_considered, cases.summary, cases.version, cases.s44_needs_care_and_support,"
    " cases.s44_concern_about_joint_working, cases.s44_adult_died,"
    " cases.s44_abuse_or_neglect_caused_death, cases.s44_serious_abuse_or_neglect,"
    " cases.closed_on, cases.notifiable, cases.looked_after, cases.child_died,"
    " cases.not_notifiable_reason, cases.screened_on, cases.rapid_review_criteria_not_met";
constexpr std::string_view kEventColumns =
    "id, case_id, at, user_id, action, from_state, to_state, note";
constexpr std::size_t kMaxCircumstances = 20000;
constexpr std::size_t kMaxEventText = 1000;

core::Result<domain::Case> CaseFromRow(const sql::Row& row) {
  domain::Case c;
  c.id = row.Int64(0);
  c.partnership_id = row.Int64(1);
  c.reference = row.Text(2);
  ASSURE_ASSIGN_OR_RETURN(auto type,
                          EnumAt<domain::CaseType>(row, 3, "cases.type", domain::ParseCaseType));
  c.type = type;
  ASSURE_ASSIGN_OR_RETURN(auto state,
                          EnumAt<domain::CaseState>(row, 4, "cases.state", domain::ParseCaseState));
  c.state = state;
  ASSURE_ASSIGN_OR_RETURN(auto incident_on, OptionalDateAt(row, 5, "cases.incident_on"));
  c.incident_on = incident_on;
  ASSURE_ASSIGN_OR_RETURN(auto aware_on, AwareOnAt(row, 6));
  c.aware_on = aware_on;
  c.referring_agency_id = row.OptionalInt64(7);
  ASSURE_ASSIGN_OR_RETURN(auto received_on, DateAt(row, 8, "cases.referral_received_on"));
  c.referral = {received_on, row.Text(9), row.Text(10)};
  c.summary = row.Text(11);
  c.version = row.Int64(12);
  c.s44 = S44At(row, 13);
  ASSURE_ASSIGN_OR_RETURN(c.closed_on, OptionalDateAt(row, 18, "cases.closed_on"));
  ASSURE_ASSIGN_OR_RETURN(c.screening, ScreeningAt(row, 19));
  c.rapid_review_criteria_not_met = row.Bool(24);
  return c;
}

// `values`, then the s44 answers' five, the closing date, the screening's five and the finding
// on the rapid review's criteria.
std::vector<sql::Value> WithS44(std::vector<sql::Value> values, const domain::Case& record) {
  for (auto& value : S44Values(record.s44)) values.push_back(std::move(value));
  values.push_back(OptionalDateValue(record.closed_on));
  for (auto& value : ScreeningValues(record.screening)) values.push_back(std::move(value));
  values.push_back(sql::Bool(record.rapid_review_criteria_not_met));
  return values;
}

// The full-text document: reference, pseudonyms, summary and the referral's text.
template <typename C>
std::string SearchText(const C& c) {
  std::vector<std::string> parts{c.reference};
  for (const domain::Subject& subject : c.subjects) parts.push_back(subject.pseudonym);
  parts.push_back(c.summary);
  parts.push_back(c.referral.referrer);
  parts.push_back(c.referral.criteria_considered);
  return sql::FullTextDocument(parts);
}

sql::Value TypeValue(domain::CaseType type) { return sql::Text(domain::CaseTypeName(type)); }
sql::Value StateValue(domain::CaseState state) { return sql::Text(domain::CaseStateName(state)); }

std::string YearStart(int year) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-01-01", year);
  return text;
}

core::Status ValidateRestricted(const domain::RestrictedDetails& details) {
  ASSURE_TRY(domain::ValidateLongText("restricted.circumstances", details.circumstances,
                                      kMaxCircumstances, false));
  for (const domain::SubjectIdentity& identity : details.identities) {
    ASSURE_TRY(domain::ValidateIdentity("restricted.", identity));
  }
  return core::Ok();
}

core::Result<domain::CaseEvent> EventFromRow(const sql::Row& row) {
  domain::CaseEvent event;
  event.id = row.Int64(0);
  event.case_id = row.Int64(1);
  ASSURE_ASSIGN_OR_RETURN(auto at, sql::InstantAt(row, 2, "case_events.at"));
  event.at = at;
  event.user_id = row.OptionalInt64(3);
  event.action = row.Text(4);
  if (!row.IsNull(5)) {
    ASSURE_ASSIGN_OR_RETURN(auto from, EnumAt<domain::CaseState>(row, 5, "case_events.from_state",
                                                                 domain::ParseCaseState));
    event.from_state = from;
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto to, EnumAt<domain::CaseState>(row, 6, "case_events.to_state", domain::ParseCaseState));
  event.to_state = to;
  event.note = row.Text(7);
  return event;
}

// The WHERE clause of a case list query and its values.
struct CaseFilter {
  std::string where;
  std::vector<sql::Value> values;
};

// nullopt when nothing can match (an empty `only`, a year out of range).
std::optional<CaseFilter> FilterFor(sql::Dialect dialect, domain::PartnershipId partnership_id,
                                    const domain::CaseQuery& query) {
  CaseFilter filter{"cases.partnership_id = ?", {partnership_id}};
  if (query.type) {
    filter.where += " AND cases.type = ?";
    filter.values.push_back(TypeValue(*query.type));
  }
  if (query.state) {
    filter.where += " AND cases.state = ?";
    filter.values.push_back(StateValue(*query.state));
  }
  if (query.year) {
    if (*query.year < domain::kFirstListedYear || *query.year > domain::kLastListedYear) {
      return std::nullopt;
    }
    filter.where += " AND cases.referral_received_on >= ? AND cases.referral_received_on < ?";
    filter.values.push_back(YearStart(*query.year));
    filter.values.push_back(YearStart(*query.year + 1));
  }
  if (query.theme) {
    filter.where +=
        " AND cases.id IN (SELECT ct.case_id FROM case_themes ct JOIN themes t"
        " ON t.partnership_id = ct.partnership_id AND t.id = ct.theme_id"
        " WHERE t.partnership_id = ? AND t.name = ?)";
    filter.values.push_back(partnership_id);
    filter.values.push_back(*query.theme);
  }
  if (query.stage) {
    filter.where +=
        " AND cases.state = 'full_review' AND cases.id IN (SELECT s.case_id FROM review_stages s"
        " WHERE s.partnership_id = ? AND s.name = ? AND s.actual_on IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM review_stages e WHERE e.partnership_id = s.partnership_id"
        " AND e.case_id = s.case_id AND e.position < s.position AND e.actual_on IS NULL))";
    filter.values.push_back(partnership_id);
    filter.values.push_back(*query.stage);
  }
  if (query.only) {
    if (query.only->empty()) return std::nullopt;
    const std::vector<std::int64_t> ids = SortedUnique(*query.only);
    filter.where += " AND cases.id IN " + AppendIdList(ids, filter.values);
  }
  if (query.next_clock_due_before) {
    filter.where +=
        " AND cases.id IN (SELECT m.case_id FROM case_clock_marks m"
        " WHERE m.partnership_id = ? AND m.due_on < ?)";
    filter.values.push_back(partnership_id);
    filter.values.push_back(DateValue(*query.next_clock_due_before));
  }
  if (std::optional<std::string> text = sql::FullTextQuery(dialect, query.text)) {
    filter.where += " AND " + sql::FullTextMatch(dialect, "cases", "search_text");
    filter.values.push_back(std::move(*text));
  }
  return filter;
}

}  // namespace

core::Status SqlCaseRepository::CheckReferringAgency(
    const std::optional<domain::AgencyId>& agency_id) {
  if (!agency_id) return core::Ok();
  ASSURE_ASSIGN_OR_RETURN(auto exists,
                          RecordExists(connection_, "agencies", partnership_id_, *agency_id));
  if (!exists) {
    return core::Error::InvalidInput("referring_agency_id",
                                     "Choose a referring agency of this partnership.");
  }
  return core::Ok();
}

core::Result<std::vector<domain::Case>> SqlCaseRepository::Complete(const sql::Rows& rows) {
  std::vector<domain::Case> cases;
  cases.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto c, CaseFromRow(row));
    cases.push_back(std::move(c));
  }
  ASSURE_TRY(LoadCaseParts(connection_, partnership_id_, cases));
  return cases;
}

core::Result<domain::Case> SqlCaseRepository::Create(const domain::NewCase& draft) {
  ASSURE_TRY(domain::ValidateCase(draft));
  ASSURE_TRY(CheckReferringAgency(draft.referring_agency_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO cases (partnership_id, reference, type, state, incident_on, aware_on,"
          " referring_agency_id, referral_received_on, referrer, criteria_considered, summary,"
          " circumstances, search_text, version, created_at)"
          " VALUES (?, ?, ?, 'scoping', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
          " ON CONFLICT (partnership_id, reference) DO NOTHING RETURNING id",
          {partnership_id_, draft.reference, TypeValue(draft.type),
           OptionalDateValue(draft.incident_on), AwareOnValue(draft.aware_on),
           sql::OptionalInt64(draft.referring_agency_id), DateValue(draft.referral.received_on),
           draft.referral.referrer, draft.referral.criteria_considered, draft.summary,
           draft.restricted.circumstances, SearchText(draft), sql::InstantValue(clock_.Now())}));
  if (rows.empty()) {
    return core::Error::Conflict("Another case already has this reference.", "reference");
  }
  const domain::CaseId id = rows.rows.front().Int64(0);

  ASSURE_ASSIGN_OR_RETURN(auto subject_ids,
                          InsertSubjects(connection_, partnership_id_, id, draft.subjects));
  ASSURE_TRY(ReplaceThemes(connection_, partnership_id_, id, draft.themes));
  // A draft's identities name subjects by their index in draft.subjects (ValidateCase checked).
  std::vector<domain::SubjectIdentity> identities = draft.restricted.identities;
  for (domain::SubjectIdentity& identity : identities) {
    identity.subject_id = (subject_ids)[static_cast<std::size_t>(identity.subject_id)];
  }
  ASSURE_TRY(ReplaceIdentities(connection_, partnership_id_, id, identities));
  return Get(id);
}

core::Result<domain::Case> SqlCaseRepository::Get(domain::CaseId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kCaseColumns} +
                            " FROM cases WHERE cases.partnership_id = ? AND cases.id = ?",
                        {partnership_id_, id}));
  if (rows.empty()) return NoSuch("case");
  ASSURE_ASSIGN_OR_RETURN(auto cases, Complete(rows));
  return std::move(cases.front());
}

core::Result<std::optional<domain::Case>> SqlCaseRepository::FindByReference(
    std::string_view reference) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT " + std::string{kCaseColumns} +
                            " FROM cases WHERE cases.partnership_id = ? AND cases.reference = ?",
                        {partnership_id_, std::string{reference}}));
  if (rows.empty()) return std::optional<domain::Case>{};
  ASSURE_ASSIGN_OR_RETURN(auto cases, Complete(rows));
  return std::optional<domain::Case>{std::move(cases.front())};
}

core::Result<domain::Case> SqlCaseRepository::Update(const domain::Case& record) {
  ASSURE_TRY(domain::ValidateCase(record));
  // Another partnership's case is kNotFound before anything else is said about it.
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, record.id));
  ASSURE_TRY(CheckReferringAgency(record.referring_agency_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto taken, connection_.Query(
                      "SELECT 1 FROM cases WHERE partnership_id = ? AND reference = ? AND id <> ?",
                      {partnership_id_, record.reference, record.id}));
  if (!taken.empty()) {
    return core::Error::Conflict("Another case already has this reference.", "reference");
  }
  ASSURE_TRY(UpdateVersioned(
      connection_, {"cases", "case", partnership_id_, record.id, record.version},
      "reference = ?, type = ?, state = ?, incident_on = ?, aware_on = ?,"
      " referring_agency_id = ?, referral_received_on = ?, referrer = ?,"
      " criteria_considered = ?, summary = ?, search_text = ?,"
      " s44_needs_care_and_support = ?, s44_concern_about_joint_working = ?,"
      " s44_adult_died = ?, s44_abuse_or_neglect_caused_death = ?,"
      " s44_serious_abuse_or_neglect = ?, closed_on = ?, notifiable = ?, looked_after = ?,"
      " child_died = ?, not_notifiable_reason = ?, screened_on = ?,"
      " rapid_review_criteria_not_met = ?",
      WithS44({record.reference, TypeValue(record.type), StateValue(record.state),
               OptionalDateValue(record.incident_on), AwareOnValue(record.aware_on),
               sql::OptionalInt64(record.referring_agency_id),
               DateValue(record.referral.received_on), record.referral.referrer,
               record.referral.criteria_considered, record.summary, SearchText(record)},
              record),
      "id"));
  ASSURE_TRY(SyncSubjects(connection_, partnership_id_, record.id, record.subjects));
  ASSURE_TRY(ReplaceThemes(connection_, partnership_id_, record.id, record.themes));
  return Get(record.id);
}

core::Result<domain::CasePage> SqlCaseRepository::List(const domain::CaseQuery& query) {
  if (query.offset < 0) {
    return core::Error::InvalidInput("offset", "The offset cannot be negative.");
  }
  if (query.limit < 0) return core::Error::InvalidInput("limit", "The limit cannot be negative.");
  std::optional<CaseFilter> filter = FilterFor(connection_.dialect(), partnership_id_, query);
  if (!filter) return domain::CasePage{};

  ASSURE_ASSIGN_OR_RETURN(
      auto counted,
      connection_.Query("SELECT count(*) FROM cases WHERE " + filter->where, filter->values));
  domain::CasePage page;
  page.total = counted.rows.front().Int64(0);
  if (page.total <= query.offset) return page;

  std::vector<sql::Value> values = std::move(filter->values);
  values.emplace_back(query.limit == 0 ? std::numeric_limits<std::int64_t>::max() : query.limit);
  values.emplace_back(query.offset);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT " + std::string{kCaseColumns} + " FROM cases WHERE " + filter->where +
              " ORDER BY cases.referral_received_on DESC, cases.reference COLLATE \"C\", cases.id"
              " LIMIT ? OFFSET ?",
          values));
  ASSURE_ASSIGN_OR_RETURN(auto cases, Complete(rows));
  page.cases = std::move(cases);
  return page;
}

core::Result<domain::RestrictedDetails> SqlCaseRepository::GetRestricted(domain::CaseId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT circumstances FROM cases WHERE partnership_id = ? AND id = ?",
                        {partnership_id_, id}));
  if (rows.empty()) return NoSuch("case");
  domain::RestrictedDetails details;
  details.circumstances = rows.rows.front().Text(0);
  ASSURE_ASSIGN_OR_RETURN(auto identities, LoadIdentities(connection_, partnership_id_, id));
  details.identities = std::move(identities);
  return details;
}

core::Status SqlCaseRepository::SetRestricted(domain::CaseId id,
                                              const domain::RestrictedDetails& details) {
  ASSURE_TRY(ValidateRestricted(details));
  ASSURE_ASSIGN_OR_RETURN(
      auto updated,
      connection_.Execute("UPDATE cases SET circumstances = ? WHERE partnership_id = ? AND id = ?",
                          {details.circumstances, partnership_id_, id}));
  if (updated == 0) return NoSuch("case");
  return ReplaceIdentities(connection_, partnership_id_, id, details.identities);
}

core::Result<domain::CaseEvent> SqlCaseRepository::AppendEvent(const domain::CaseEvent& event) {
  ASSURE_TRY(domain::ValidateLongText("action", event.action, domain::kNameMaxCharacters, true));
  ASSURE_TRY(domain::ValidateLongText("note", event.note, kMaxEventText, false));
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, event.case_id));
  sql::Value from = nullptr;
  if (event.from_state) from = StateValue(*event.from_state);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO case_events (partnership_id, case_id, at, user_id, action, from_state,"
          " to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING " +
              std::string{kEventColumns},
          {partnership_id_, event.case_id, sql::InstantValue(event.at),
           sql::OptionalInt64(event.user_id), event.action, from, StateValue(event.to_state),
           event.note}));
  return EventFromRow(rows.rows.front());
}

core::Result<std::vector<domain::CaseEvent>> SqlCaseRepository::Events(domain::CaseId id) {
  ASSURE_TRY(ExpectRecord(connection_, "cases", "case", partnership_id_, id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT " + std::string{kEventColumns} +
                                       " FROM case_events WHERE partnership_id = ? AND case_id = ?"
                                       " ORDER BY at, id",
                                   {partnership_id_, id}));
  std::vector<domain::CaseEvent> events;
  events.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto event, EventFromRow(row));
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace assure::storage
