// The demo's meetings of one body (governance_steps.h), as the business officer, oldest first:
// each meeting scheduled six weeks ahead, its agenda (the opening item and three of the body's
// items in turn) and papers out a week ahead, its attendance and decisions on the day (first the
// approval of every earlier draft minutes, then one decision an item, some making an action), its
// minutes drafted a week after; then the body's next meeting, its papers out when it is days
// away. A meeting that is not quorate decides nothing, so its previous minutes wait.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/governance/governance_steps.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "domain/governance/meetings/meeting_service.h"
#include "domain/governance/meetings/quorum.h"

namespace assure::cli::demo_governance {
namespace {

using domain::AttendanceMark;
using domain::AttendanceStatus;
using domain::BodyMember;
using domain::CivilDate;
using domain::Decision;
using domain::Meeting;
using domain::MeetingId;

constexpr int kScheduledAhead = 30;      // working days: a meeting is scheduled six weeks ahead
constexpr int kPapersAhead = 7;          // working days: its agenda and papers go out a week ahead
constexpr int kMinutesAfter = 5;         // working days: its minutes are drafted a week after
constexpr int kItemsTaken = 3;           // items of the body's pool a meeting takes
constexpr int kActionsWithinDays = 200;  // only meetings this recent make actions
constexpr int kActionMonths = 5;         // an action is due five months after its meeting

// One item of a meeting's agenda.
struct Taken {
  const ItemText* text = nullptr;
  std::string title;
};

// A decision and the item it was taken on (none: it approved minutes).
struct Recorded {
  const Taken* item = nullptr;
  Decision decision;
  CivilDate approved;  // the day of the meeting whose minutes it approved
};

// The item's title, "{ref}" made a case reference of the meeting's year ("NS-2025-014").
std::string Title(const ItemText& item, CivilDate held, int index) {
  std::string title{item.title};
  const std::size_t at = title.find("{ref}");
  if (at == std::string::npos) return title;
  const int number = 11 + (index * 7) % 29;
  return title.replace(
      at, 5, "NS-" + std::to_string(static_cast<int>(held.year())) + "-0" + std::to_string(number));
}

// "budget-monitoring-2025-03-11.txt".
std::string FileName(std::string_view title, CivilDate held) {
  std::string name;
  for (const char c : title) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0) {
      name += static_cast<char>(std::tolower(byte));
    } else if (!name.empty() && name.back() != '-') {
      name += '-';
    }
  }
  if (!name.empty() && name.back() != '-') name += '-';
  return name + domain::FormatCivilDate(held) + ".txt";
}

std::string PaperText(std::string_view body, const Taken& taken, CivilDate held) {
  return std::string{body} + "\n" + taken.title + "\nMeeting of " + domain::LongCivilDate(held) +
         "; presented by the " + std::string{taken.text->owner} + ".\n\n" +
         std::string{taken.text->paper} + "\n\nA fictional paper for the Assure demo.\n";
}

// The opening item and three of the body's items, taken in turn from the `index`th.
std::vector<Taken> Agenda(const BodyText& body, CivilDate held, int index) {
  std::vector<Taken> agenda{{&kOpeningItem, std::string{kOpeningItem.title}}};
  for (int t = 0; t < kItemsTaken; ++t) {
    const ItemText& item = body.items[static_cast<std::size_t>(index + t) % body.items.size()];
    agenda.push_back({&item, Title(item, held, index)});
  }
  return agenda;
}

// "Present: A, B." (nothing when `names` is empty).
std::string Line(std::string_view label, const std::vector<std::string>& names) {
  if (names.empty()) return "";
  std::string line = std::string{label} + ": ";
  for (std::size_t i = 0; i < names.size(); ++i) line += (i == 0 ? "" : ", ") + names[i];
  return line + ".\n";
}

class MeetingWriter {
 public:
  MeetingWriter(domain::Store& store, const Partnership& partnership, GovernanceTimes& times,
                const WrittenBody& body, int salt, WrittenGovernance& written)
      : store_(store),
        partnership_(partnership),
        officer_(partnership.people.officer),
        times_(times),
        body_(body),
        text_(*body.text),
        salt_(salt),
        written_(written),
        statutory_(partnership.statutory.begin(), partnership.statutory.end()) {}

  core::Status Write() {
    const CivilDate base = times_.Day(text_.anchor);
    const int first = text_.anchor < 0 ? 1 : 0;  // the anchor is the next meeting
    for (int i = 0; i < text_.held; ++i) {
      const int back = text_.months * (first + text_.held - 1 - i);
      const CivilDate held = times_.Working(domain::AddMonths(base, -back));
      ASSURE_TRY(Hold(held, i, text_.last_inquorate && i == text_.held - 1));
    }
    const CivilDate next =
        text_.anchor < 0 ? base : times_.Working(domain::AddMonths(base, text_.months));
    ASSURE_ASSIGN_OR_RETURN(const Meeting meeting, Schedule(next, text_.held));
    if (text_.anchor < 0) ASSURE_TRY(Publish(meeting, text_.held));
    return core::Ok();
  }

 private:
  core::Status Hold(CivilDate held, int index, bool inquorate) {
    ASSURE_ASSIGN_OR_RETURN(const Meeting meeting, Schedule(held, index));
    ASSURE_ASSIGN_OR_RETURN(const std::vector<Taken> agenda, Publish(meeting, index));
    const auto expected = domain::ExpectedMembers(body_.body.members, held);
    const std::vector<AttendanceMark> marks = Marks(expected, index, inquorate);
    ASSURE_ASSIGN_OR_RETURN(domain::Version version, VersionOf(meeting.id));
    {
      StepClock clock(times_.At(held));
      ASSURE_TRY(domain::MeetingService(store_, clock)
                     .RecordAttendance(officer_, meeting.id, version, marks));
      ++written_.held;
    }
    const domain::Quorum quorum =
        domain::ComputeQuorum(body_.body.content.quorum, body_.body.members, marks, statutory_);
    std::vector<Recorded> decisions;
    if (quorum.quorate) {
      for (const auto& [id, day] : drafts_) {
        domain::NewDecision approval;
        approval.text = "The minutes of the meeting of " + domain::LongCivilDate(day) +
                        " were approved as a true record.";
        approval.approves_minutes_of = id;
        ASSURE_ASSIGN_OR_RETURN(Decision decision, Decide(meeting, std::move(approval)));
        decisions.push_back({nullptr, std::move(decision), day});
      }
      drafts_.clear();
      for (const Taken& item : agenda) {
        if (item.text->decision.empty()) continue;
        ASSURE_ASSIGN_OR_RETURN(Decision decision,
                                Decide(meeting, DecisionOn(item, expected, held)));
        decisions.push_back({&item, std::move(decision), held});
      }
    }
    const std::string minutes = Minutes(held, expected, marks, quorum, agenda, decisions);
    ASSURE_ASSIGN_OR_RETURN(version, VersionOf(meeting.id));
    StepClock clock(times_.At(times_.Past(times_.AddWorking(held, kMinutesAfter))));
    ASSURE_TRY(
        domain::MeetingService(store_, clock).SaveMinutes(officer_, meeting.id, version, minutes));
    drafts_.emplace_back(meeting.id, held);
    return core::Ok();
  }

  core::Result<domain::Version> VersionOf(MeetingId id) {
    return store_.Read([&](domain::Transaction& tx) -> core::Result<domain::Version> {
      ASSURE_ASSIGN_OR_RETURN(const Meeting meeting,
                              tx.meetings(officer_.partnership_id()).Get(id));
      return meeting.version;
    });
  }

  core::Result<Meeting> Schedule(CivilDate day, int index) {
    domain::MeetingContent content;
    content.held_on = day;
    content.starts_at = std::string{text_.starts_at};
    content.duration_minutes = text_.duration;
    content.location = index % 3 == 2 ? "Online" : std::string{text_.location};
    const CivilDate on =
        std::max(times_.SetUp(), times_.Past(times_.AddWorking(day, -kScheduledAhead)));
    StepClock clock(times_.At(on));
    ASSURE_ASSIGN_OR_RETURN(
        Meeting meeting,
        domain::MeetingService(store_, clock).Schedule(officer_, body_.body.id, content));
    ++written_.meetings;
    return meeting;
  }

  // The agenda and its papers, a week before the meeting.
  core::Result<std::vector<Taken>> Publish(const Meeting& meeting, int index) {
    const CivilDate held = meeting.content.held_on;
    const CivilDate on = times_.Past(times_.AddWorking(held, -kPapersAhead));
    std::vector<Taken> agenda = Agenda(text_, held, index);
    for (const Taken& taken : agenda) {
      domain::AgendaItem item;
      item.title = taken.title;
      item.owner = std::string{taken.text->owner};
      item.restricted = taken.text->restricted;
      StepClock item_clock(times_.At(on));
      ASSURE_ASSIGN_OR_RETURN(
          const domain::AgendaItem added,
          domain::MeetingService(store_, item_clock).AddItem(officer_, meeting.id, item));
      if (taken.text->paper.empty()) continue;
      StepClock paper_clock(times_.At(on));
      ASSURE_TRY(domain::MeetingService(store_, paper_clock)
                     .AddPaper(officer_, meeting.id, added.id, FileName(taken.title, held),
                               PaperText(text_.name, taken, held)));
      ++written_.papers;
    }
    return agenda;
  }

  // Mostly present: in turn one member sends apologies and one a deputy, and now and then one is
  // absent; a statutory partner's member of a body with the statutory partners rule sends a
  // deputy instead. At the inquorate meeting the police's and health's members send apologies.
  std::vector<AttendanceMark> Marks(const std::vector<BodyMember>& expected, int index,
                                    bool inquorate) const {
    const int n = static_cast<int>(expected.size());
    const int apologies = (index * 5 + salt_) % n;
    const int deputy = (index * 3 + salt_ + 1) % n;
    const int absent = (index + salt_) % 7 == 4 ? (index * 2 + salt_ + 2) % n : -1;
    const domain::AgencyId police = partnership_.agencies.at(AgencyType::kPolice).id;
    const domain::AgencyId health = partnership_.agencies.at(AgencyType::kHealth).id;
    std::vector<AttendanceMark> marks;
    for (int j = 0; j < n; ++j) {
      const BodyMember& member = expected[static_cast<std::size_t>(j)];
      AttendanceStatus status = AttendanceStatus::kPresent;
      if (inquorate) {
        if (member.agency_id == police || member.agency_id == health) {
          status = AttendanceStatus::kApologies;
        }
      } else {
        if (j == absent) {
          status = AttendanceStatus::kAbsent;
        } else if (j == apologies) {
          status = AttendanceStatus::kApologies;
        } else if (j == deputy) {
          status = AttendanceStatus::kDeputy;
        }
        const bool statutory =
            member.agency_id && partnership_.statutory.contains(*member.agency_id);
        if (text_.statutory && statutory && status != AttendanceStatus::kPresent) {
          status = AttendanceStatus::kDeputy;
        }
      }
      const std::string_view sent = body_.members.at(member.id)->deputy;
      if (status == AttendanceStatus::kDeputy && sent.empty()) status = AttendanceStatus::kPresent;
      marks.push_back(
          {member.id, status, status == AttendanceStatus::kDeputy ? std::string{sent} : ""});
    }
    return marks;
  }

  // The item's decision, with its action when the meeting is recent enough; the body's member of
  // the owning agency leads it.
  domain::NewDecision DecisionOn(const Taken& item, const std::vector<BodyMember>& expected,
                                 CivilDate held) const {
    domain::NewDecision decision;
    decision.text = std::string{item.text->decision};
    const AgencyType owner = item.text->action_owner;
    if (item.text->action.empty() || owner == AgencyType::kOther ||
        domain::DaysBetween(held, times_.today()) > kActionsWithinDays) {
      return decision;
    }
    const domain::AgencyId agency = partnership_.agencies.at(owner).id;
    std::string lead = "Safeguarding lead";
    const auto found = std::find_if(expected.begin(), expected.end(), [&](const BodyMember& m) {
      return m.agency_id == agency && m.role != domain::MemberRole::kAdviser;
    });
    if (found != expected.end()) lead = domain::MemberName(*found);
    decision.action = domain::DecisionAction{std::string{item.text->action}, agency, lead,
                                             domain::AddMonths(held, kActionMonths), std::nullopt};
    // The owning agency's lead leads it, as every action of the demo is led.
    for (const auto& [lead_agency, lead_requester] : partnership_.people.agencies) {
      if (lead_agency == agency) decision.action->lead_user_id = lead_requester.user_id();
    }
    return decision;
  }

  core::Result<Decision> Decide(const Meeting& meeting, domain::NewDecision input) {
    StepClock clock(times_.At(meeting.content.held_on));
    ASSURE_ASSIGN_OR_RETURN(Decision decision,
                            domain::MeetingService(store_, clock)
                                .RecordDecision(officer_, meeting.id, std::move(input)));
    ++written_.decisions;
    if (decision.action_id) ++written_.actions;
    return decision;
  }

  std::string AgencyName(domain::AgencyId id) const {
    for (const auto& [type, agency] : partnership_.agencies) {
      if (agency.id == id) return agency.name;
    }
    return "a statutory partner";
  }

  std::string Minutes(CivilDate held, const std::vector<BodyMember>& expected,
                      const std::vector<AttendanceMark>& marks, const domain::Quorum& quorum,
                      const std::vector<Taken>& agenda,
                      const std::vector<Recorded>& decisions) const {
    std::vector<std::string> present, apologies, deputies, absent;
    for (std::size_t i = 0; i < marks.size(); ++i) {
      const std::string name = domain::MemberName(expected[i]);
      switch (marks[i].status) {
        case AttendanceStatus::kPresent:
          present.push_back(name);
          break;
        case AttendanceStatus::kApologies:
          apologies.push_back(name);
          break;
        case AttendanceStatus::kDeputy:
          deputies.push_back(marks[i].deputy + " for " + name);
          break;
        case AttendanceStatus::kAbsent:
          absent.push_back(name);
          break;
      }
    }
    std::string text = "# " + std::string{text_.name} + ": minutes of the meeting of " +
                       domain::LongCivilDate(held) + "\n\n" + Line("Present", present) +
                       Line("Apologies", apologies) + Line("Deputies", deputies) +
                       Line("Absent", absent) + "\n";
    const std::string counted = std::to_string(quorum.counted) + " members counted, quorum " +
                                std::to_string(quorum.minimum);
    if (quorum.quorate) {
      text += "The meeting was quorate (" + counted + ").\n";
    } else {
      std::string missing;
      for (const domain::AgencyId id : quorum.statutory_missing) {
        missing += (missing.empty() ? "" : " and ") + AgencyName(id);
      }
      text += "The meeting was not quorate (" + counted + "; no one for " + missing +
              "). The items were taken for information only; their decisions, and the approval "
              "of the last minutes, wait for the next meeting.\n";
    }
    int number = 0;
    for (const Taken& item : agenda) {
      text += "\n## " + std::to_string(++number) + ". " + item.title + "\n\n";
      if (item.text == &kOpeningItem) {
        for (const Recorded& recorded : decisions) {
          if (recorded.item != nullptr) continue;
          text += "The minutes of the meeting of " + domain::LongCivilDate(recorded.approved) +
                  " were approved (decision " + domain::DecisionReference(recorded.decision) +
                  ").\n";
        }
        text += "The action log was reviewed; completed actions were closed.\n";
        continue;
      }
      text += "Presented by the " + std::string{item.text->owner} + ".";
      if (item.text->restricted) text += " Taken in the restricted part of the meeting.";
      text += "\n";
      for (const Recorded& recorded : decisions) {
        if (recorded.item != &item) continue;
        text += "\n**Decision " + domain::DecisionReference(recorded.decision) + ":** " +
                recorded.decision.text + "\n";
        if (recorded.decision.action_id) {
          text +=
              "An action was added to the action plan: " + std::string{item.text->action} + ".\n";
        }
      }
    }
    return text;
  }

  domain::Store& store_;
  const Partnership& partnership_;
  const domain::Requester& officer_;
  GovernanceTimes& times_;
  const WrittenBody& body_;
  const BodyText& text_;
  int salt_;
  WrittenGovernance& written_;
  std::vector<domain::AgencyId> statutory_;
  std::vector<std::pair<MeetingId, CivilDate>> drafts_;  // held meetings whose minutes wait
};

}  // namespace

core::Status WriteMeetings(domain::Store& store, const Partnership& partnership,
                           GovernanceTimes& times, const WrittenBody& body, int salt,
                           WrittenGovernance& written) {
  return MeetingWriter(store, partnership, times, body, salt, written).Write();
}

}  // namespace assure::cli::demo_governance
