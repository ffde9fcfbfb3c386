#include "scenarios/governance_verbs.h"

#include <algorithm>
#include <string>

#include "domain/governance/meetings/attendance_figures.h"
#include "domain/governance/meetings/quorum.h"

namespace assure::scenarios {

namespace {

using domain::AgencyId;
using domain::Body;
using domain::BodyMember;
using domain::CivilDate;
using domain::Meeting;

std::optional<CivilDate> DateAt(const Step& step, std::size_t index) {
  auto date = index < step.words.size() ? domain::ParseCivilDate(step.words[index]) : std::nullopt;
  if (!date) Fail(step, "expected a date YYYY-MM-DD at word " + std::to_string(index + 1));
  return date;
}

std::optional<int> NumberAt(const Step& step, const std::vector<std::string>& words,
                            std::size_t index) {
  const std::string word = index < words.size() ? words[index] : std::string{};
  if (word.empty() || word.size() > 6 ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    Fail(step, "expected a whole number, not '" + word + "'");
    return std::nullopt;
  }
  return std::stoi(word);
}

std::string AgencyName(const GovernanceState& state, AgencyId id) {
  for (const auto& [name, agency] : state.agencies) {
    if (agency == id) return name;
  }
  return "agency-" + std::to_string(id);
}

std::optional<AgencyId> AgencyNamed(const GovernanceState& state, const Step& step,
                                    const std::string& name) {
  const auto found = state.agencies.find(name);
  if (found == state.agencies.end()) {
    Fail(step, "no agency '" + name + "': say 'agency " + name + "' first");
    return std::nullopt;
  }
  return found->second;
}

std::optional<std::size_t> BodyNamed(const GovernanceState& state, const std::string& name) {
  for (std::size_t i = 0; i < state.bodies.size(); ++i) {
    if (state.bodies[i].content.name == name) return i;
  }
  return std::nullopt;
}

Body* CurrentBody(GovernanceState& state, const Step& step) {
  if (!state.body) {
    Fail(step, "no body yet: start with 'body NAME quorum N'");
    return nullptr;
  }
  return &state.bodies[*state.body];
}

const Meeting* CurrentMeeting(const GovernanceState& state, const Step& step) {
  if (!state.meeting) {
    Fail(step, "no meeting yet: say 'meeting DATE' first");
    return nullptr;
  }
  return &state.meetings[*state.meeting];
}

const Body& BodyOf(const GovernanceState& state, const Meeting& meeting) {
  return state.bodies[static_cast<std::size_t>(meeting.body_id - 1)];
}

// The member of `body` called `name`: the one sitting on `day` if any, else the last added.
const BodyMember* MemberNamed(const Body& body, const std::string& name, CivilDate day) {
  const BodyMember* found = nullptr;
  for (const BodyMember& member : body.members) {
    if (domain::MemberName(member) != name) continue;
    if (domain::MemberOn(member, day)) return &member;
    found = &member;
  }
  return found;
}

// ---- The partnership ----

void AgencyVerb(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  if (w.size() < 2 || w.size() > 3 || (w.size() == 3 && w[2] != "statutory")) {
    return Fail(step, "expected: agency NAME [statutory]");
  }
  if (state.agencies.contains(w[1])) return Fail(step, "agency '" + w[1] + "' is already there");
  const auto id = static_cast<AgencyId>(state.agencies.size() + 1);
  state.agencies.emplace(w[1], id);
  if (w.size() == 3) state.statutory.push_back(id);
}

void BodyVerb(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  const std::string form = "expected: body NAME quorum N [with statutory partners] | body NAME";
  if (w.size() < 2) return Fail(step, form);
  const auto existing = BodyNamed(state, w[1]);
  if (w.size() == 2) {
    if (!existing) return Fail(step, "no body '" + w[1] + "' yet: " + form);
    state.body = existing;
    state.meeting.reset();
    return;
  }
  const bool statutory =
      w.size() == 7 && w[4] == "with" && w[5] == "statutory" && w[6] == "partners";
  if ((w.size() != 4 && !statutory) || w[2] != "quorum") return Fail(step, form);
  if (existing) return Fail(step, "body '" + w[1] + "' is already there");
  const auto minimum = NumberAt(step, w, 3);
  if (!minimum) return;
  Body body;
  body.id = static_cast<domain::BodyId>(state.bodies.size() + 1);
  body.partnership_id = 1;
  body.content.name = w[1];
  body.content.kind = domain::BodyKind::kBoard;
  body.content.quorum = domain::QuorumRule{*minimum, statutory};
  const auto valid = domain::ValidateBodyContent(body.content, {});
  if (!valid.ok()) return Fail(step, "refused: " + valid.error().message);
  state.bodies.push_back(std::move(body));
  state.body = state.bodies.size() - 1;
  state.meeting.reset();
}

void MemberVerb(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  const std::string form =
      "expected: member NAME [of AGENCY] from DATE [to DATE] [as deputy|adviser]";
  Body* body = CurrentBody(state, step);
  if (body == nullptr) return;
  if (w.size() < 4) return Fail(step, form);
  BodyMember member;
  member.id = state.next_member_id;
  member.body_id = body->id;
  member.person = w[1];
  std::size_t i = 2;
  if (w[i] == "of") {
    const auto agency = AgencyNamed(state, step, w[i + 1]);
    if (!agency) return;
    member.agency_id = agency;
    i += 2;
  }
  if (i + 1 >= w.size() || w[i] != "from") return Fail(step, form);
  const auto from = DateAt(step, i + 1);
  if (!from) return;
  member.from_on = *from;
  i += 2;
  if (i < w.size() && w[i] == "to") {
    const auto to = DateAt(step, i + 1);
    if (!to) return;
    member.to_on = to;
    i += 2;
  }
  if (i + 1 < w.size() && w[i] == "as") {
    const auto role = domain::ParseMemberRole(w[i + 1]);
    if (!role) return Fail(step, "unknown role '" + w[i + 1] + "' (member, deputy, adviser)");
    member.role = *role;
    i += 2;
  }
  if (i != w.size()) return Fail(step, form);
  if (Outcome(step, domain::ValidateMember(member))) {
    body->members.push_back(std::move(member));
    ++state.next_member_id;
  }
}

// ---- Meetings ----

void MeetingVerb(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  const Body* body = CurrentBody(state, step);
  if (body == nullptr) return;
  if (w.size() < 2 || w.size() > 3 || (w.size() == 3 && w[2] != "cancelled")) {
    return Fail(step, "expected: meeting DATE [cancelled]");
  }
  const auto day = DateAt(step, 1);
  if (!day) return;
  Meeting meeting;
  meeting.id = static_cast<domain::MeetingId>(state.meetings.size() + 1);
  meeting.partnership_id = body->partnership_id;
  meeting.body_id = body->id;
  meeting.content.held_on = *day;
  meeting.content.cancelled = w.size() == 3;
  const auto valid = domain::ValidateMeetingContent(meeting.content);
  if (!valid.ok()) return Fail(step, "refused: " + valid.error().message);
  state.meetings.push_back(std::move(meeting));
  state.meeting = state.meetings.size() - 1;
}

// "NAME present|apologies|absent|deputy [DEPUTY NAME...]": a step whose first word is no verb.
void MarkVerb(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  const Body* body = state.body ? &state.bodies[*state.body] : nullptr;
  const CivilDate day =
      state.meeting ? state.meetings[*state.meeting].content.held_on : CivilDate{};
  const BodyMember* member = body ? MemberNamed(*body, w[0], day) : nullptr;
  if (member == nullptr) {
    return Fail(step, "unknown verb '" + w[0] + "' (nor a member of the current body)");
  }
  if (CurrentMeeting(state, step) == nullptr) return;
  const auto status = w.size() > 1 ? domain::ParseAttendanceStatus(w[1]) : std::nullopt;
  if (!status || (*status != domain::AttendanceStatus::kDeputy && w.size() != 2)) {
    return Fail(step, "expected: NAME present | apologies | absent | deputy [DEPUTY NAME]");
  }
  domain::AttendanceMark mark;
  mark.member_id = member->id;
  mark.status = *status;
  mark.deputy = Rest(w, 2);
  state.meetings[*state.meeting].attendance.push_back(std::move(mark));
}

// ---- Checks ----

// True when the step is VERB alone with an expectation after the arrow.
bool Bare(const Step& step, const std::string& form) {
  if (step.words.size() != 1 || step.then.empty()) {
    Fail(step, "expected: " + form);
    return false;
  }
  return true;
}

void QuorumVerb(GovernanceState& state, const Step& step) {
  if (!Bare(step, "quorum -> [not] quorate counted N [missing AGENCY...] | not recorded")) return;
  const Meeting* meeting = CurrentMeeting(state, step);
  if (meeting == nullptr) return;
  const Body& body = BodyOf(state, *meeting);
  const domain::Quorum quorum = domain::ComputeQuorum(body.content.quorum, body.members,
                                                      meeting->attendance, state.statutory);
  std::string actual = "not recorded";
  if (quorum.recorded) {
    actual = std::string{quorum.quorate ? "" : "not "} + "quorate counted " +
             std::to_string(quorum.counted);
    if (!quorum.statutory_missing.empty()) actual += " missing";
    for (const AgencyId agency : quorum.statutory_missing)
      actual += " " + AgencyName(state, agency);
  }
  if (Rest(step.then, 0) != actual) Fail(step, "it is: " + actual);
}

void ExpectedVerb(GovernanceState& state, const Step& step) {
  if (!Bare(step, "expected -> NAME... | nobody")) return;
  const Meeting* meeting = CurrentMeeting(state, step);
  if (meeting == nullptr) return;
  std::vector<std::string> actual;
  for (const BodyMember& member :
       domain::ExpectedMembers(BodyOf(state, *meeting).members, meeting->content.held_on)) {
    actual.push_back(domain::MemberName(member));
  }
  std::sort(actual.begin(), actual.end());
  std::vector<std::string> wanted = step.then;
  if (wanted == std::vector<std::string>{"nobody"}) wanted.clear();
  std::sort(wanted.begin(), wanted.end());
  if (actual != wanted) Fail(step, "expected: " + (actual.empty() ? "nobody" : Rest(actual, 0)));
}

void FigureCheck(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  const std::string form =
      "attendance from DATE to DATE AGENCY BODY -> [expected N] [in_person N] [by_deputy N] "
      "[percent N|none]";
  if (w.size() != 7 || w[3] != "to" || step.then.empty() || step.then.size() % 2 != 0) {
    return Fail(step, "expected: " + form);
  }
  const auto from = DateAt(step, 2);
  const auto to = DateAt(step, 4);
  const auto agency = AgencyNamed(state, step, w[5]);
  const auto body = BodyNamed(state, w[6]);
  if (!body) Fail(step, "no body '" + w[6] + "'");
  if (!from || !to || !agency || !body) return;
  domain::AttendanceFigure figure;
  for (const auto& each : domain::ComputeAttendance(state.bodies, state.meetings, *from, *to)) {
    if (each.agency_id == *agency && each.body_id == state.bodies[*body].id) figure = each;
  }
  const auto percent = figure.percent();
  const std::map<std::string, std::string, std::less<>> actual{
      {"expected", std::to_string(figure.expected)},
      {"in_person", std::to_string(figure.in_person)},
      {"by_deputy", std::to_string(figure.by_deputy)},
      {"percent", percent ? std::to_string(*percent) : "none"}};
  bool differs = false;
  for (std::size_t i = 0; i < step.then.size(); i += 2) {
    const auto found = actual.find(step.then[i]);
    if (found == actual.end()) return Fail(step, "expected: " + form);
    differs = differs || found->second != step.then[i + 1];
  }
  if (differs) {
    Fail(step, "it is: expected " + actual.at("expected") + " in_person " + actual.at("in_person") +
                   " by_deputy " + actual.at("by_deputy") + " percent " + actual.at("percent"));
  }
}

void AttendanceVerb(GovernanceState& state, const Step& step) {
  const auto& w = step.words;
  if (w.size() > 1 && w[1] == "from") return FigureCheck(state, step);
  if (w.size() != 2 || w[1] != "marks" || step.then.empty()) {
    return Fail(step,
                "expected: attendance marks -> allowed | refused FIELD, or attendance from ...");
  }
  const Meeting* meeting = CurrentMeeting(state, step);
  if (meeting == nullptr) return;
  Outcome(step, domain::ValidateAttendance(meeting->attendance,
                                           domain::ExpectedMembers(BodyOf(state, *meeting).members,
                                                                   meeting->content.held_on)));
}

void AttendedVerb(GovernanceState&, const Step& step) {
  const auto& w = step.words;
  const auto& t = step.then;
  if (w.size() != 4 || w[2] != "of" || t.size() != 2 || t[0] != "percent") {
    return Fail(step, "expected: attended N of M -> percent P|none");
  }
  const auto attended = NumberAt(step, w, 1);
  const auto expected = NumberAt(step, w, 3);
  if (!attended || !expected) return;
  if (*attended > *expected) return Fail(step, "cannot attend more meetings than expected");
  domain::AttendanceFigure figure;
  figure.expected = *expected;
  figure.in_person = *attended;
  const auto percent = figure.percent();
  const std::string actual = percent ? std::to_string(*percent) : "none";
  if (t[1] != actual) Fail(step, "it is: percent " + actual);
}

}  // namespace

Verbs<GovernanceState> GovernanceVerbs() {
  Verbs<GovernanceState> verbs;
  verbs.Add("agency", AgencyVerb);
  verbs.Add("body", BodyVerb);
  verbs.Add("member", MemberVerb, /*takes_then=*/true);
  verbs.Add("meeting", MeetingVerb);
  verbs.Add("quorum", QuorumVerb, /*takes_then=*/true);
  verbs.Add("expected", ExpectedVerb, /*takes_then=*/true);
  verbs.Add("attendance", AttendanceVerb, /*takes_then=*/true);
  verbs.Add("attended", AttendedVerb, /*takes_then=*/true);
  verbs.Otherwise(MarkVerb);
  return verbs;
}

}  // namespace assure::scenarios
