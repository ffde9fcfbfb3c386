#include "cli/demo/demo_cases.h"

#include <array>
#include <chrono>
#include <utility>

#include "cli/demo/demo_texts.h"
#include "domain/reviews/clocks/clock_marks.h"

namespace assure::cli {
namespace {

using demo_texts::kFindings;
using demo_texts::kSummaries;
using demo_texts::kThemes;
using domain::AddDays;
using domain::AddMonths;
using domain::CaseState;
using domain::CaseType;
using domain::CivilDate;

// A small, fixed pseudo-random sequence (xorshift32): the same sketch makes the same case.
std::uint32_t Next(std::uint32_t& state) {
  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  return state;
}

int Pick(std::uint32_t& state, int below) {
  return static_cast<int>(Next(state) % static_cast<std::uint32_t>(below));
}

core::Instant At(CivilDate day) {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::sys_days{day} +
                                                                 std::chrono::hours{10});
}

CivilDate Min(CivilDate a, CivilDate b) { return domain::DaysBetween(a, b) < 0 ? b : a; }

// States by how long ago the referral came, so dates and states agree.
CaseState StateByAge(int days_ago, std::uint32_t& random) {
  if (days_ago < 20) return CaseState::kScoping;
  if (days_ago < 35) return Pick(random, 3) == 0 ? CaseState::kScoping : CaseState::kRapidReview;
  if (days_ago < 240) return Pick(random, 2) == 0 ? CaseState::kFullReview : CaseState::kClosed;
  const int older = Pick(random, 10);  // 1 in 10 embargoed, 3 closed, 6 published
  if (older == 0) return CaseState::kEmbargoed;
  return older <= 3 ? CaseState::kClosed : CaseState::kPublished;
}

CaseType TypeOf(int index) {
  if (index % 7 == 6) return CaseType::kJoint;
  return index % 2 == 0 ? CaseType::kChild : CaseType::kAdult;
}

domain::ReviewDecision DecisionFor(CaseType type, CaseState state, std::uint32_t& random) {
  if (state == CaseState::kClosed) {
    return Pick(random, 4) == 0 ? domain::ReviewDecision::kOther : domain::ReviewDecision::kNone;
  }
  switch (type) {
    case CaseType::kChild:
      return domain::ReviewDecision::kCspr;
    case CaseType::kAdult:
      return domain::ReviewDecision::kSar;
    case CaseType::kJoint:
      return domain::ReviewDecision::kJoint;
  }
  return domain::ReviewDecision::kNone;
}

domain::FullReviewKind KindFor(domain::ReviewDecision decision) {
  switch (decision) {
    case domain::ReviewDecision::kSar:
      return domain::FullReviewKind::kSar;
    case domain::ReviewDecision::kJoint:
      return domain::FullReviewKind::kJoint;
    default:
      return domain::FullReviewKind::kCspr;
  }
}

bool Beyond(CaseState state, CaseState stage) {
  auto rank = [](CaseState s) {
    switch (s) {
      case CaseState::kScoping:
        return 0;
      case CaseState::kRapidReview:
        return 1;
      case CaseState::kClosed:
      case CaseState::kFullReview:
        return 2;
      case CaseState::kEmbargoed:
      case CaseState::kPublished:
        return 3;
    }
    return 0;
  };
  return rank(state) > rank(stage);
}

}  // namespace

std::vector<CaseSketch> DemoCaseSketches(CivilDate today) {
  // Fixed states for the demo so that each appears: index 0 is the oldest referral.
  constexpr std::array<CaseState, 30> kStates{
      CaseState::kPublished,  CaseState::kClosed,      CaseState::kPublished,
      CaseState::kClosed,     CaseState::kPublished,   CaseState::kEmbargoed,
      CaseState::kClosed,     CaseState::kPublished,   CaseState::kClosed,
      CaseState::kPublished,  CaseState::kClosed,      CaseState::kPublished,
      CaseState::kClosed,     CaseState::kPublished,   CaseState::kClosed,
      CaseState::kEmbargoed,  CaseState::kClosed,      CaseState::kPublished,
      CaseState::kClosed,     CaseState::kFullReview,  CaseState::kClosed,
      CaseState::kFullReview, CaseState::kFullReview,  CaseState::kClosed,
      CaseState::kFullReview, CaseState::kRapidReview, CaseState::kRapidReview,
      CaseState::kScoping,    CaseState::kScoping,     CaseState::kScoping};
  // Days before today of each referral: three years, the last ones recent.
  constexpr std::array<int, 30> kDaysAgo{1080, 1040, 1000, 960, 920, 880, 840, 800, 760, 720,
                                         680,  640,  600,  560, 520, 480, 440, 400, 360, 320,
                                         280,  230,  190,  150, 110, 30,  26,  16,  9,   3};
  std::vector<CaseSketch> sketches;
  std::size_t reported = 0;  // reviews so far that reached publication (or an embargo)
  for (int i = 0; i < 30; ++i) {
    const CivilDate received = AddDays(today, -kDaysAgo[static_cast<std::size_t>(i)]);
    CaseSketch sketch;
    sketch.reference = "NS-" + std::to_string(static_cast<int>(received.year())) + "-" +
                       (i < 9 ? "0" : "") + std::to_string(i + 1);
    sketch.type = TypeOf(i);
    sketch.state = kStates[static_cast<std::size_t>(i)];
    sketch.received_on = received;
    sketch.seed = 2024u + static_cast<std::uint32_t>(i) * 7919u;
    sketch.learning = demo_texts::kDemoRapidLearning[static_cast<std::size_t>(i) % 25];
    if (sketch.state == CaseState::kPublished || sketch.state == CaseState::kEmbargoed) {
      sketch.recommendations = demo_texts::kReviewRecommendations[reported++ % 10];
    }
    sketches.push_back(std::move(sketch));
  }
  return sketches;
}

std::vector<CaseSketch> ScaleCaseSketches(const std::string& prefix, int count, CivilDate today,
                                          std::uint32_t seed) {
  std::vector<CaseSketch> sketches;
  std::uint32_t random = seed == 0 ? 1u : seed;
  for (int i = 0; i < count; ++i) {
    const int days_ago = 3 + Pick(random, 1095);
    CaseSketch sketch;
    sketch.reference = prefix + "-" + std::to_string(i + 1);
    sketch.type = TypeOf(Pick(random, 14));
    sketch.state = StateByAge(days_ago, random);
    sketch.received_on = AddDays(today, -days_ago);
    sketch.seed = Next(random) | 1u;
    // The demo's wordings, chosen by the seed (the random sequence stays as it was).
    sketch.recommendations = demo_texts::kReviewRecommendations[sketch.seed % 10];
    sketch.learning = demo_texts::kDemoRapidLearning[(sketch.seed / 10) % 25];
    sketches.push_back(std::move(sketch));
  }
  return sketches;
}

DemoCaseWriter::DemoCaseWriter(domain::Transaction& tx, domain::PartnershipId partnership_id,
                               std::vector<domain::AgencyId> agencies,
                               std::optional<domain::ReviewerId> reviewer, CivilDate today)
    : tx_(tx),
      partnership_id_(partnership_id),
      agencies_(std::move(agencies)),
      reviewer_(reviewer),
      today_(today) {}

core::Status DemoCaseWriter::EnsureThemes() {
  ASSURE_ASSIGN_OR_RETURN(auto themes, tx_.themes(partnership_id_).List());
  for (std::string_view theme : kThemes) {
    bool present = false;
    for (const auto& existing : themes) present = present || existing == theme;
    if (!present) ASSURE_TRY(tx_.themes(partnership_id_).Add(theme));
  }
  return core::Ok();
}

core::Status DemoCaseWriter::Event(domain::Case& record, std::string_view action,
                                   domain::CaseState to, CivilDate on, std::string note) {
  domain::CaseEvent event;
  event.case_id = record.id;
  event.at = At(on);
  event.action = std::string{action};
  event.from_state = record.state;
  event.to_state = to;
  event.note = std::move(note);
  ASSURE_TRY(tx_.cases(partnership_id_).AppendEvent(event));
  if (record.state != to) {
    record.state = to;
    ASSURE_ASSIGN_OR_RETURN(auto updated, tx_.cases(partnership_id_).Update(record));
    record = std::move(updated);
  }
  return core::Ok();
}

core::Result<domain::Case> DemoCaseWriter::Open(const CaseSketch& sketch, std::uint32_t& random) {
  domain::NewCase draft;
  draft.reference = sketch.reference;
  draft.type = sketch.type;
  const char letter = static_cast<char>('A' + Pick(random, 26));
  const bool adult = sketch.type == CaseType::kAdult;
  draft.subjects.push_back({0, std::string{adult ? "Adult " : "Child "} + letter,
                            adult ? "65-74" : (Pick(random, 2) == 0 ? "1-4" : "10-15"),
                            Pick(random, 2) == 0 ? "female" : "male",
                            std::string{domain::Ethnicities()[static_cast<std::size_t>(
                                Pick(random, static_cast<int>(domain::Ethnicities().size())))]},
                            Pick(random, 3) == 0 ? "yes" : "unknown"});
  if (sketch.type == CaseType::kJoint) {
    draft.subjects.push_back(
        {0, std::string{"Adult "} + letter, "25-64", "female", "unknown", "unknown"});
  }
  const CivilDate aware_on = AddDays(sketch.received_on, -Pick(random, 3));
  draft.aware_on = aware_on;
  draft.incident_on = AddDays(aware_on, -1 - Pick(random, 10));
  draft.referring_agency_id =
      agencies_[static_cast<std::size_t>(Pick(random, static_cast<int>(agencies_.size())))];
  draft.referral = {
      sketch.received_on,
      adult ? "Adult social care team manager" : "Designated safeguarding nurse",
      "Serious harm; abuse or neglect suspected; agencies' joint working in question"};
  draft.summary = std::string{
      kSummaries[static_cast<std::size_t>(Pick(random, static_cast<int>(kSummaries.size())))]};
  draft.themes.push_back(std::string{
      kThemes[static_cast<std::size_t>(Pick(random, static_cast<int>(kThemes.size())))]});
  std::string second{
      kThemes[static_cast<std::size_t>(Pick(random, static_cast<int>(kThemes.size())))]};
  if (second != draft.themes.front()) draft.themes.push_back(second);
  draft.restricted.circumstances =
      "Fictional demo record: the circumstances of the incident would be recorded here.";
  draft.restricted.identities.push_back(
      {0, demo_texts::IdentityName(adult, draft.subjects[0].sex == "female", sketch.seed),
       std::nullopt});
  return tx_.cases(partnership_id_).Create(draft);
}

core::Result<bool> DemoCaseWriter::Add(const CaseSketch& sketch) {
  auto written = Write(sketch);
  if (!written.ok() || !*written) return written;
  ASSURE_ASSIGN_OR_RETURN(auto stored,
                          tx_.cases(partnership_id_).FindByReference(sketch.reference));
  if (!stored) return core::Error::Internal("the demo case just written was not found");
  ASSURE_TRY(domain::MarkCase(tx_, partnership_id_, (stored)->id, domain::PartnershipDeadlines()));
  return true;
}

core::Result<bool> DemoCaseWriter::Write(const CaseSketch& sketch) {
  auto& cases = tx_.cases(partnership_id_);
  ASSURE_ASSIGN_OR_RETURN(auto existing, cases.FindByReference(sketch.reference));
  if (existing.has_value()) return false;

  std::uint32_t random = sketch.seed == 0 ? 1u : sketch.seed;
  ASSURE_ASSIGN_OR_RETURN(auto opened, Open(sketch, random));
  domain::Case record = std::move(opened);
  ASSURE_TRY(Event(record, "refer", CaseState::kScoping, sketch.received_on));

  // Scoping: two or three agencies asked for their chronology.
  const CivilDate requested = WorkingDaysFrom(calendar_, sketch.received_on, 1);
  const int asked = 2 + Pick(random, 2);
  for (int i = 0; i < asked && i < static_cast<int>(agencies_.size()); ++i) {
    const domain::AgencyId agency = agencies_[static_cast<std::size_t>(
        (static_cast<int>(sketch.seed % 7u) + i) % static_cast<int>(agencies_.size()))];
    domain::NewInformationRequest request{agency, Min(requested, today_),
                                          WorkingDaysFrom(calendar_, requested, 10),
                                          "A chronology of your agency's involvement and a "
                                          "summary of what it knew."};
    ASSURE_ASSIGN_OR_RETURN(auto created,
                            tx_.information_requests(partnership_id_).Create(record.id, request));
    ASSURE_TRY(Event(record, "request_information", record.state, request.requested_on));
    // Answered once due, except now and then in a case still being scoped.
    const CivilDate answered = WorkingDaysFrom(calendar_, requested, 6 + Pick(random, 7));
    const bool late_one = record.state == CaseState::kScoping && Pick(random, 3) == 0;
    if (domain::DaysBetween(answered, today_) > 0 && !late_one) {
      domain::InformationRequest response = std::move(created);
      response.status = domain::RequestStatus::kSubmitted;
      response.response = "Fictional demo response: chronology of contacts and a summary.";
      response.submitted_at = At(answered);
      ASSURE_TRY(tx_.information_requests(partnership_id_).Update(response));
    }
  }

  // Children's cases: the serious incident notification, usually on time.
  CivilDate clock_start = sketch.received_on;
  if (domain::NotifiesPanel(sketch.type)) {
    const CivilDate sent = WorkingDaysFrom(calendar_, *record.aware_on, 2 + Pick(random, 5));
    if (domain::DaysBetween(sent, today_) < 0) return true;  // not yet sent
    ASSURE_TRY(tx_.review_records(partnership_id_)
                   .PutNotification({record.id, sent,
                                     "CSPRP-" + std::to_string(10000 + sketch.seed % 90000u), 0}));
    ASSURE_TRY(Event(record, "notify_panel", record.state, sent));
    clock_start = sent;
  }
  if (sketch.state == CaseState::kScoping) return true;

  const CivilDate meeting = WorkingDaysFrom(calendar_, clock_start, 11 + Pick(random, 6));
  ASSURE_TRY(Event(record, "arrange_rapid_review", CaseState::kRapidReview,
                   WorkingDaysFrom(calendar_, clock_start, 2)));
  if (sketch.state == CaseState::kRapidReview) return true;

  domain::RapidReview review;
  review.case_id = record.id;
  review.meeting_on = meeting;
  review.completed_on = meeting;
  review.agencies_present = agencies_;
  review.facts = "Fictional demo facts gathered from the agencies' chronologies.";
  review.immediate_actions = "Safety plans for other children and adults in the household.";
  review.learning = std::string{sketch.learning};
  review.decision = DecisionFor(sketch.type, sketch.state, random);
  review.rationale = domain::LeadsToFullReview(review.decision)
                         ? "The criteria for a local review are met; there is learning for "
                           "the partnership."
                         : "The learning is already being addressed through single-agency "
                           "action plans.";
  if (sketch.type != CaseType::kChild) {  // mandatory where a review follows, else discretionary
    const bool review_follows = domain::LeadsToFullReview(review.decision);
    record.s44 =
        domain::CareActS44{true, review_follows, sketch.type == CaseType::kAdult,
                           sketch.type == CaseType::kAdult, sketch.type != CaseType::kAdult};
  }
  review.sent_to_panel_on = WorkingDaysFrom(calendar_, meeting, 2);
  review.panel_response = domain::NotifiesPanel(sketch.type) ? domain::PanelResponse::kAgree
                                                             : domain::PanelResponse::kNone;
  if (domain::NotifiesPanel(sketch.type)) {
    review.panel_response_on = WorkingDaysFrom(calendar_, meeting, 15);
  }
  ASSURE_TRY(tx_.review_records(partnership_id_).PutRapidReview(review));
  if (!domain::LeadsToFullReview(review.decision)) {
    record.closed_on = meeting;
    ASSURE_TRY(Event(record, "record_rapid_review", CaseState::kClosed, meeting,
                     "Decision: no full review"));
    return true;
  }
  ASSURE_TRY(Event(record, "record_rapid_review", CaseState::kFullReview, meeting,
                   "Converted into a full review"));

  domain::FullReview full;
  full.case_id = record.id;
  full.kind = KindFor(review.decision);
  full.decided_on = meeting;
  full.started_on = AddDays(meeting, 14);
  full.reviewer_id = reviewer_;
  full.terms_of_reference_on = AddDays(meeting, 28);
  full.planned_publication_on = AddMonths(meeting, 6);
  const CivilDate planned = *full.planned_publication_on;
  const std::array<int, 7> offsets{28, 70, 110, 140, 160, 0, 0};
  for (std::size_t i = 0; i < domain::ReviewStageNames().size(); ++i) {
    domain::ReviewStage stage;
    stage.name = std::string{domain::ReviewStageNames()[i]};
    stage.planned_on = i == 5   ? WorkingDaysFrom(calendar_, planned, -7)
                       : i == 6 ? planned
                                : AddDays(meeting, offsets[i]);
    const int slip = Pick(random, 4) == 0 ? 14 + Pick(random, 30) : Pick(random, 5);
    const CivilDate actual = AddDays(*stage.planned_on, slip);
    if (domain::DaysBetween(actual, today_) >= 0 && i < 5) stage.actual_on = actual;
    full.stages.push_back(std::move(stage));
  }
  full.concluded_on = full.stages[4].actual_on;  // sign-off: the board agreed the final report
  if (reviewer_) ASSURE_TRY(Event(record, "appoint_reviewer", record.state, *full.started_on));
  if (Beyond(sketch.state, CaseState::kFullReview)) {
    for (std::size_t i = 0; i < kFindings.size(); ++i) {
      full.findings.push_back({static_cast<int>(i + 1), std::string{kFindings[i]}});
    }
    for (std::size_t i = 0; i < sketch.recommendations.size(); ++i) {
      full.recommendations.push_back(
          {0, static_cast<int>(i + 1), std::string{sketch.recommendations[i]}});
    }
    full.notice_sent_on = WorkingDaysFrom(calendar_, planned, -(7 + Pick(random, 3)));
    full.secretary_of_state_notice_on = full.notice_sent_on;  // both copies the same day
    full.notice_for_publication_on = planned;
    full.stages[5].actual_on = full.notice_sent_on;
  }
  if (sketch.state == CaseState::kPublished) {
    full.published_on = AddDays(planned, Pick(random, 30) - 8);
    full.stages[6].actual_on = full.published_on;
    full.publication_link = "https://northshire.example/reviews/" + sketch.reference;
  }
  if (sketch.state == CaseState::kEmbargoed) {
    full.embargo_reason = "Criminal proceedings are ongoing.";
    full.embargoed_on = Min(planned, today_);
  }
  ASSURE_TRY(tx_.review_records(partnership_id_).PutFullReview(full));
  if (full.notice_sent_on) {
    ASSURE_TRY(Event(record, "send_prepublication_notice", record.state, *full.notice_sent_on));
  }
  if (sketch.state == CaseState::kPublished) {
    ASSURE_TRY(Event(record, "publish", CaseState::kPublished, *full.published_on));
  } else if (sketch.state == CaseState::kEmbargoed) {
    ASSURE_TRY(Event(record, "embargo", CaseState::kEmbargoed, planned, full.embargo_reason));
  }
  return true;
}

}  // namespace assure::cli
