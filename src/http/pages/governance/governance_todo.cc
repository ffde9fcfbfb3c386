#include "http/pages/governance/governance_todo.h"

#include <string>
#include <vector>

#include "domain/access/policy.h"
#include "domain/governance/body_service.h"
#include "domain/governance/meetings/meeting_service.h"

namespace assure::http::pages {

namespace {

std::string MeetingPath(domain::MeetingId id) {
  return "/governance/meetings/" + std::to_string(id);
}

std::string TermsPath(domain::BodyId id) {
  return "/governance/bodies/" + std::to_string(id) + "/terms";
}

std::string PapersText(int papers) {
  if (papers == 0) return "No papers yet";
  return std::to_string(papers) + (papers == 1 ? " paper to read" : " papers to read");
}

}  // namespace

TodoSource GovernanceTodo(const HandlerContext& context) {
  const domain::MeetingService meetings(context.store, context.clock);
  const domain::BodyService bodies(context.store, context.clock);
  return [meetings,
          bodies](const domain::Requester& requester) -> core::Result<std::vector<TodoItem>> {
    using domain::Action;
    using domain::Resource;
    std::vector<TodoItem> items;
    const auto& principal = requester.principal;
    if (domain::MayEver(principal, Resource::kMeeting, Action::kRead)) {
      ASSURE_ASSIGN_OR_RETURN(const auto due, meetings.PapersDue(requester));
      for (const auto& meeting : due) {
        items.push_back(
            {"meeting_papers",
             "Papers for " + meeting.body_name + " on " + domain::LongCivilDate(meeting.held_on),
             PapersText(meeting.papers), meeting.held_on, TodoUrgency::kUpcoming,
             MeetingPath(meeting.meeting_id)});
      }
    }
    if (domain::MayEver(principal, Resource::kMeeting, Action::kUpdate)) {
      ASSURE_ASSIGN_OR_RETURN(const auto drafts, meetings.MinutesToApprove(requester));
      for (const auto& meeting : drafts) {
        items.push_back({"minutes",
                         "Minutes to approve: " + meeting.body_name + ", " +
                             domain::LongCivilDate(meeting.held_on),
                         "A later meeting of the body has taken place", std::nullopt,
                         TodoUrgency::kDue, MeetingPath(meeting.meeting_id)});
      }
    }
    if (domain::MayEver(principal, Resource::kGovernance, Action::kUpdate)) {
      ASSURE_ASSIGN_OR_RETURN(const auto terms, bodies.TermsPastReview(requester));
      for (const auto& due : terms) {
        items.push_back({"terms_of_reference",
                         "Terms of reference past their review date: " + due.body_name,
                         "Review was due " + domain::LongCivilDate(due.review_on), due.review_on,
                         TodoUrgency::kOverdue, TermsPath(due.body_id)});
      }
    }
    return items;
  };
}

}  // namespace assure::http::pages
