#include "cli/demo/demo_briefings.h"

#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/demo/demo_briefing_stories.h"
#include "cli/demo/demo_cases.h"
#include "cli/demo/demo_steps.h"
#include "domain/calendar/working_calendar.h"
#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"
#include "domain/learning/dissemination_service.h"
#include "domain/reviews/cases/case_service.h"

namespace assure::cli {
namespace {

using domain::Briefing;
using domain::CivilDate;

// A demo case a story links, as the story needs it.
struct LinkedCase {
  domain::CaseId id = 0;
  std::string pseudonym;                                // of its first subject
  std::map<int, domain::RecommendationId> recommended;  // by number
};
using LinkedCases = std::map<std::size_t, LinkedCase>;  // by place in DemoCaseSketches

core::Result<LinkedCases> ReadCases(domain::Transaction& tx, domain::PartnershipId partnership,
                                    CivilDate today, const std::vector<Story>& stories) {
  const std::vector<CaseSketch> sketches = DemoCaseSketches(today);
  LinkedCases linked;
  for (const Story& story : stories) {
    for (const std::size_t place : story.cases) {
      if (linked.contains(place)) continue;
      if (place >= sketches.size()) return core::Error::Internal("A demo story links no case.");
      const std::string& reference = sketches[place].reference;
      ASSURE_ASSIGN_OR_RETURN(const auto found, tx.cases(partnership).FindByReference(reference));
      if (!found) return core::Error::NotFound("The demo case " + reference + " is missing.");
      LinkedCase& entry = linked[place];
      entry.id = found->id;
      if (!found->subjects.empty()) entry.pseudonym = found->subjects.front().pseudonym;
      ASSURE_ASSIGN_OR_RETURN(const auto review,
                              tx.review_records(partnership).GetFullReview(found->id));
      if (!review) continue;
      for (const auto& recommendation : review->recommendations) {
        entry.recommended[recommendation.number] = recommendation.id;
      }
    }
  }
  return linked;
}

std::string Fill(std::string_view text, std::string_view key, std::string_view value) {
  std::string out{text};
  for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at)) {
    out.replace(at, key.size(), value);
    at += value.size();
  }
  return out;
}

// The body without the text of its last section: "To follow." in its place.
std::string FirstDraft(const std::string& body) {
  const std::size_t last = body.rfind("\n## ");
  const std::size_t end = last == std::string::npos ? last : body.find('\n', last + 1);
  if (end == std::string::npos) return body;
  return body.substr(0, end + 1) + "\nTo follow.\n";
}

// Writes one story through the services; returns the number of dissemination records.
class StoryWriter {
 public:
  StoryWriter(domain::Store& store, const People& people, const LinkedCases& cases, CivilDate today)
      : store_(store), people_(people), cases_(cases), today_(today) {}

  core::Result<int> Write(const Story& story) {
    minute_ = 0;
    const StoryDays& days = story.days;
    const CivilDate created_on = Day(days.written + 1);
    ASSURE_ASSIGN_OR_RETURN(const domain::BriefingContent content, Content(story, created_on));
    domain::BriefingContent empty = content;
    empty.body_markdown.clear();  // starts from its kind's template
    StepClock create_clock(At(created_on));
    ASSURE_ASSIGN_OR_RETURN(
        Briefing briefing,
        domain::BriefingService(store_, create_clock).Create(people_.officer, std::move(empty)));
    domain::BriefingContent draft = content;
    if (days.submitted > 0) draft.body_markdown = FirstDraft(content.body_markdown);
    ASSURE_ASSIGN_OR_RETURN(briefing, Save(briefing, draft, Day(days.written)));
    if (days.submitted == 0) return 0;
    ASSURE_ASSIGN_OR_RETURN(briefing,
                            Save(briefing, content, Day((days.written + days.submitted) / 2)));
    StepClock submit_clock(At(Day(days.submitted)));
    ASSURE_ASSIGN_OR_RETURN(briefing, domain::BriefingPublication(store_, submit_clock)
                                          .Submit(people_.officer, briefing.id, briefing.version));
    if (days.approved == 0) return 0;
    if (!story.helpline.empty()) ASSURE_TRY(AcceptPhones(briefing, story, Day(days.approved)));
    ASSURE_ASSIGN_OR_RETURN(briefing, Checked(briefing, Day(days.approved), false));
    if (days.published == 0) return 0;
    ASSURE_ASSIGN_OR_RETURN(briefing, Checked(briefing, Day(days.published), true));
    int records = 0;
    for (const Shared& shared : story.shared) {
      const auto index = static_cast<std::size_t>(shared.agency);
      if (index >= people_.agencies.size()) continue;
      const CivilDate on = WorkingDaysFrom(calendar_, *briefing.published_on, shared.after);
      if (on >= today_ || (days.withdrawn > 0 && on >= Day(days.withdrawn))) {
        return core::Error::Internal("A demo briefing is shared after it could be.");
      }
      const auto& [agency, recorder] = people_.agencies[index];
      StepClock clock(At(on));
      ASSURE_TRY(domain::DisseminationService(store_, clock)
                     .Record(recorder, briefing.id, {agency, on, shared.method, shared.staff}));
      ++records;
    }
    if (days.withdrawn == 0) return records;
    StepClock withdraw_clock(At(Day(days.withdrawn)));
    ASSURE_TRY(domain::BriefingPublication(store_, withdraw_clock)
                   .Withdraw(people_.manager, briefing.id, briefing.version,
                             std::string{story.withdrawal}));
    return records;
  }

 private:
  CivilDate Day(int working_days_ago) const {
    return WorkingDaysFrom(calendar_, today_, -working_days_ago);
  }

  // Nine in the morning (UTC) on `day`, a minute later for each step, so the steps keep their
  // order.
  core::Instant At(CivilDate day) {
    return std::chrono::time_point_cast<std::chrono::microseconds>(
        std::chrono::sys_days{day} + std::chrono::hours{9} + std::chrono::minutes{minute_++});
  }

  // The briefing's content: its links, and its words with the pseudonym and (read as the
  // officer, audited, on `on`) the given name of its first linked case put in.
  core::Result<domain::BriefingContent> Content(const Story& story, CivilDate on) {
    domain::BriefingContent content;
    content.kind = story.kind;
    content.title = std::string{story.text->title};
    content.body_markdown = std::string{story.text->body};
    content.audiences = story.audiences;
    content.themes = story.themes;
    for (const std::size_t place : story.cases) content.case_ids.push_back(cases_.at(place).id);
    for (const auto& [place, number] : story.recommendations) {
      const auto& recommended = cases_.at(place).recommended;
      const auto found = recommended.find(number);
      if (found != recommended.end()) content.recommendation_ids.push_back(found->second);
    }
    if (story.cases.empty()) return content;
    const LinkedCase& first = cases_.at(story.cases.front());
    content.title = Fill(content.title, "{pseudonym}", first.pseudonym);
    content.body_markdown = Fill(content.body_markdown, "{pseudonym}", first.pseudonym);
    if (content.body_markdown.find("{name}") == std::string::npos) return content;
    StepClock clock(At(on));
    ASSURE_ASSIGN_OR_RETURN(
        const auto details,
        domain::CaseService(store_, clock).GetRestricted(people_.officer, first.id));
    if (details.identities.empty()) return core::Error::NotFound("The demo case has no name.");
    const std::string& name = details.identities.front().name;
    content.body_markdown = Fill(content.body_markdown, "{name}", name.substr(0, name.find(' ')));
    return content;
  }

  core::Result<Briefing> Save(const Briefing& briefing, domain::BriefingContent content,
                              CivilDate on) {
    StepClock clock(At(on));
    return domain::BriefingService(store_, clock)
        .Save(people_.officer, briefing.id, std::move(content), briefing.version);
  }

  // The business manager accepts each telephone number the check finds, for the story's reason.
  core::Status AcceptPhones(const Briefing& briefing, const Story& story, CivilDate on) {
    StepClock clock(At(on));
    const domain::BriefingPublication publication(store_, clock);
    ASSURE_ASSIGN_OR_RETURN(const auto report, publication.Check(people_.manager, briefing.id));
    for (const domain::BriefingHit& hit : report.hits) {
      if (hit.acceptance || hit.hit.kind != domain::IdentifierKind::kPhonePattern) continue;
      ASSURE_TRY(
          publication.AcceptHit(people_.manager, briefing.id, hit.id, std::string{story.helpline}));
    }
    return core::Ok();
  }

  // Approves or publishes as the business manager; the publication check must find nothing
  // unresolved (a demo text that names a linked case's detail is a bug).
  core::Result<Briefing> Checked(const Briefing& briefing, CivilDate on, bool publish) {
    StepClock clock(At(on));
    const domain::BriefingPublication publication(store_, clock);
    ASSURE_ASSIGN_OR_RETURN(
        auto outcome, publish
                          ? publication.Publish(people_.manager, briefing.id, briefing.version)
                          : publication.Approve(people_.manager, briefing.id, briefing.version));
    if (!outcome.briefing) {
      return core::Error::Internal(
          "The publication check stopped the demo briefing \"" + briefing.content.title +
          "\": " + std::to_string(outcome.unresolved.size()) + " unresolved hits.");
    }
    return std::move(*outcome.briefing);
  }

  domain::Store& store_;
  const People& people_;
  const LinkedCases& cases_;
  CivilDate today_;
  domain::WorkingCalendar calendar_;
  int minute_ = 0;
};

}  // namespace

core::Result<WrittenBriefings> AddDemoBriefings(domain::Store& store,
                                                domain::PartnershipId partnership_id,
                                                CivilDate today) {
  ASSURE_ASSIGN_OR_RETURN(const auto existing, store.Read([&](domain::Transaction& tx) {
    return tx.briefings(partnership_id).List(domain::BriefingQuery{});
  }));
  if (!existing.empty()) return WrittenBriefings{};
  const std::vector<Story> stories = DemoBriefingStories();
  ASSURE_ASSIGN_OR_RETURN(const People people, store.Read([&](domain::Transaction& tx) {
    return ReadPeople(tx, partnership_id);
  }));
  ASSURE_ASSIGN_OR_RETURN(const LinkedCases cases, store.Read([&](domain::Transaction& tx) {
    return ReadCases(tx, partnership_id, today, stories);
  }));
  StoryWriter writer(store, people, cases, today);
  WrittenBriefings written;
  for (const Story& story : stories) {
    ASSURE_ASSIGN_OR_RETURN(const int records, writer.Write(story));
    ++written.briefings;
    written.disseminations += records;
  }
  return written;
}

}  // namespace assure::cli
