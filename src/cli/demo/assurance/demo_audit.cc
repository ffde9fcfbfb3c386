// The demo's multi-agency case audit (assurance_steps.h): "Exploitation: multi-agency case audit",
// four questions, twelve records held by pseudonymous references; each taking-part agency's lead
// grades every question of every record, drawn from a fixed seed (the person's voice graded
// lowest, some records better or worse than the rest), with a short comment on some, and submits;
// the business unit agrees each record's grade and themes, then closes the audit.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/assurance/assurance_steps.h"
#include "domain/assurance/audit/case_audit_repository.h"
#include "domain/assurance/audit/case_audit_service.h"

namespace assure::cli::demo_assurance {

namespace {

using domain::AgencyId;
using domain::AuditGrade;
using domain::CaseAudit;

constexpr std::uint32_t kSeed = 20260512;
constexpr int kRecords = 12;

constexpr std::array<std::string_view, 4> kQuestions{
    "Were the risks of exploitation identified early, and acted on?",
    "Was information shared between agencies promptly and with the right people?",
    "Was the child's or adult's own voice heard, recorded and used in decisions?",
    "Was the plan reviewed, and changed when the risks changed?"};
// The questions as the moderation's reasons name them.
constexpr std::array<std::string_view, 4> kTopics{"identifying risk early", "sharing information",
                                                  "hearing the person's voice",
                                                  "reviewing the plan"};

// Weights of outstanding, good, requires improvement and inadequate, by question: the person's
// voice is graded lowest.
constexpr std::array<std::array<int, 4>, 4> kWeights{
    {{10, 45, 35, 10}, {12, 50, 30, 8}, {5, 30, 45, 20}, {8, 42, 38, 12}}};
// Each record's tilt: +1 a grade worse than drawn, -1 a grade better.
constexpr std::array<int, kRecords> kTilt{0, 1, -1, 0, 0, 1, -1, 0, 1, 0, -1, 0};
// Each record's second theme, if the partnership manages it ("" none).
constexpr std::array<std::string_view, kRecords> kSecondTheme{
    "", "Online harm",    "Substance misuse", "", "Mental health", "",
    "", "Domestic abuse", "Online harm",      "", "Self-neglect",  ""};

// Invented comments, by question: on a weak grade, and on an outstanding one.
constexpr std::array<std::array<std::string_view, 2>, 4> kWeakComments{{
    {"Missing episodes were recorded but not linked to the risk of exploitation.",
     "The screening tool was completed three weeks after the first concern."},
    {"Our referral did not say what the concern was; the other agency had to ask.",
     "The strategy meeting went ahead without our notes."},
    {"The record gives the professionals' views only.",
     "The young person's wishes are noted once, at the start, and never revisited."},
    {"The plan was not reviewed after the second missing episode.",
     "Actions were carried over from one review to the next unchanged."},
}};
constexpr std::array<std::string_view, 4> kStrongComments{
    "The first contact recognised the signs and used the screening tool the same day.",
    "Information was shared within a day and the record says with whom and why.",
    "The person's own words are quoted and shaped the plan.",
    "The plan was reviewed after each new incident, with the person present."};

// "NS-EX-001" for the first record (a pseudonymous reference: capitals, digits, hyphens).
std::string Reference(int record) {
  std::string number = std::to_string(record + 1);
  if (number.size() < 3) number.insert(0, 3 - number.size(), '0');
  return "NS-EX-" + number;
}

// Draws from a fixed seed: std::mt19937's raw output is the same everywhere, unlike the standard
// distributions, so every run writes the same grades.
class Draw {
 public:
  Draw() : engine_(kSeed) {}

  int Pick(std::span<const int> weights) {
    int total = 0;
    for (const int weight : weights) total += weight;
    int roll = static_cast<int>(engine_() % static_cast<std::uint32_t>(total));
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (roll < weights[i]) return static_cast<int>(i);
      roll -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
  }

  bool Chance(int percent) { return engine_() % 100U < static_cast<std::uint32_t>(percent); }

 private:
  std::mt19937 engine_;
};

AuditGrade GradeAt(int index) { return static_cast<AuditGrade>(std::clamp(index, 0, 3)); }

// One agency's grades of every question of every record.
std::vector<domain::AuditGradeEntry> Grades(Draw& draw, const CaseAudit& audit) {
  std::vector<domain::AuditGradeEntry> grades;
  for (std::size_t r = 0; r < audit.records.size(); ++r) {
    for (std::size_t q = 0; q < kQuestions.size(); ++q) {
      domain::AuditGradeEntry entry;
      entry.record_id = audit.records[r].id;
      entry.question = static_cast<int>(q + 1);
      const int drawn = draw.Pick(kWeights[q]) + kTilt[r % kTilt.size()];
      const bool applies = q + 1 < kQuestions.size() || !draw.Chance(5);
      entry.grade = applies ? GradeAt(drawn) : AuditGrade::kNotApplicable;
      if (!applies) {
        entry.comment = "The plan was not yet due for review.";
      } else if (*entry.grade >= AuditGrade::kRequiresImprovement && draw.Chance(35)) {
        entry.comment = kWeakComments[q][draw.Chance(50) ? 0 : 1];
      } else if (*entry.grade == AuditGrade::kOutstanding && draw.Chance(50)) {
        entry.comment = kStrongComments[q];
      }
      grades.push_back(std::move(entry));
    }
  }
  return grades;
}

std::string_view Clause(AuditGrade overall) {
  switch (overall) {
    case AuditGrade::kOutstanding:
      return "the record shows the agencies acting together from the first concern";
    case AuditGrade::kGood:
      return "the gaps did not leave the person at greater risk";
    case AuditGrade::kRequiresImprovement:
      return "the gaps delayed the response to the risk of exploitation";
    default:
      return "the person was left at risk of exploitation for longer than they should have been";
  }
}

// The moderation of one record from every agency's grades of it: the upper median grade, the
// strongest and weakest questions, the themes.
domain::Moderation Agree(domain::AuditRecordId record, std::size_t place,
                         std::span<const domain::AuditGradeEntry> all,
                         const std::vector<std::string>& managed) {
  std::vector<int> grades;
  std::array<int, kQuestions.size()> sum{};
  std::array<int, kQuestions.size()> count{};
  for (const domain::AuditGradeEntry& entry : all) {
    if (entry.record_id != record || !entry.grade || *entry.grade == AuditGrade::kNotApplicable) {
      continue;
    }
    const int grade = static_cast<int>(*entry.grade);
    grades.push_back(grade);
    const auto q = static_cast<std::size_t>(entry.question - 1);
    sum[q] += grade;
    ++count[q];
  }
  std::sort(grades.begin(), grades.end());
  domain::Moderation moderation;
  moderation.overall = grades.empty() ? AuditGrade::kGood : GradeAt(grades[grades.size() / 2]);
  // Averages compared as fractions: a / b < c / d when a * d < c * b.
  std::size_t strong = 0;
  std::size_t weak = 0;
  for (std::size_t q = 1; q < kQuestions.size(); ++q) {
    if (count[q] == 0) continue;
    if (count[strong] == 0 || sum[q] * count[strong] < sum[strong] * count[q]) strong = q;
    if (count[weak] == 0 || sum[q] * count[weak] > sum[weak] * count[q]) weak = q;
  }
  moderation.reasons = strong == weak
                           ? std::string{"Practice was even across the four questions; "}
                           : "Practice was strongest on " + std::string{kTopics[strong]} +
                                 " and weakest on " + std::string{kTopics[weak]} + "; ";
  moderation.reasons += std::string{Clause(moderation.overall)} + ".";
  for (const std::string_view theme : {std::string_view{"Exploitation"}, kSecondTheme[place]}) {
    if (std::find(managed.begin(), managed.end(), theme) != managed.end()) {
      moderation.themes.emplace_back(theme);
    }
  }
  return moderation;
}

}  // namespace

core::Result<CaseAudit> WriteAudit(domain::Store& store, const People& people, StepTimes& times,
                                   const domain::Activity& activity) {
  const std::vector<AgencyId>& agencies = activity.content.agency_ids;
  if (agencies.empty()) return core::Error::Internal("The demo's case audit has no agencies.");
  const domain::Requester& officer = people.officer;
  domain::NewCaseAudit input;
  input.activity_id = activity.id;
  input.title = "Exploitation: multi-agency case audit";
  input.questions.assign(kQuestions.begin(), kQuestions.end());
  for (int r = 0; r < kRecords; ++r) input.references.push_back(Reference(r));
  input.agency_ids = agencies;
  input.due_on = times.Day(kAuditDue);
  StepClock open_clock(times.At(times.Day(kAuditOpened)));
  ASSURE_ASSIGN_OR_RETURN(CaseAudit audit,
                          domain::CaseAuditService(store, open_clock).Open(officer, input));

  // Each agency's lead grades and submits on their day, two working days apart.
  Draw draw;
  std::vector<domain::AuditGradeEntry> all;
  for (std::size_t i = 0; i < agencies.size(); ++i) {
    const AgencyId agency = agencies[i];
    const auto lead = std::find_if(people.agencies.begin(), people.agencies.end(),
                                   [&](const auto& pair) { return pair.first == agency; });
    const domain::Requester& by = lead == people.agencies.end() ? officer : lead->second;
    ASSURE_ASSIGN_OR_RETURN(const domain::AuditPart part, store.Read([&](domain::Transaction& tx) {
      return tx.case_audits(officer.partnership_id()).GetPart(audit.id, agency);
    }));
    std::vector<domain::AuditGradeEntry> grades = Grades(draw, audit);
    all.insert(all.end(), grades.begin(), grades.end());
    const int days_ago = kAuditDue + 6 - static_cast<int>(i) * 2;
    StepClock clock(times.At(times.Day(std::max(days_ago, kAuditDue))));
    ASSURE_TRY(domain::CaseAuditService(store, clock)
                   .Submit(by, audit.id, agency, part.version, std::move(grades)));
  }

  // The moderation meeting agrees every record; the business unit closes the audit next day.
  ASSURE_ASSIGN_OR_RETURN(const auto themes, store.Read([&](domain::Transaction& tx) {
    return tx.themes(officer.partnership_id()).List();
  }));
  for (std::size_t r = 0; r < audit.records.size(); ++r) {
    StepClock clock(times.At(times.Day(kAuditModerated)));
    ASSURE_ASSIGN_OR_RETURN(
        audit, domain::CaseAuditService(store, clock)
                   .Moderate(officer, audit.id, audit.version, audit.records[r].id,
                             Agree(audit.records[r].id, r % kSecondTheme.size(), all, themes)));
  }
  StepClock close_clock(times.At(times.Day(kAuditClosed)));
  ASSURE_ASSIGN_OR_RETURN(
      audit, domain::CaseAuditService(store, close_clock).Close(officer, audit.id, audit.version));

  // Its activity, opened with the audit, moves on to analysis and reporting (one already further
  // on stays where it is).
  ASSURE_ASSIGN_OR_RETURN(const domain::Activity current, store.Read([&](domain::Transaction& tx) {
    return tx.assurance(officer.partnership_id()).GetActivity(activity.id);
  }));
  if (current.state == domain::ActivityState::kOpen) {
    const ActivityMove moves[] = {{domain::ActivityState::kAnalysing, kAuditAnalysis},
                                  {domain::ActivityState::kReporting, kAuditReporting}};
    ASSURE_TRY(MoveActivity(store, officer, times, activity.id, moves));
  }
  return audit;
}

}  // namespace assure::cli::demo_assurance
