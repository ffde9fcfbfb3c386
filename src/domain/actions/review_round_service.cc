#include "domain/actions/review_round_service.h"

#include <map>
#include <set>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

AuditSubject RoundSubject(ReviewRoundId id) { return {"review_round", std::to_string(id)}; }
AuditSubject EntrySubject(ReviewEntryId id) { return {"review_entry", std::to_string(id)}; }

core::Error NotAllowed(Action action) {
  switch (action) {
    case Action::kCreate:
      return core::Error::Forbidden("Only the business manager can open or close a review round.");
    case Action::kUpdate:
      return core::Error::Forbidden("Your role does not allow you to review actions.");
    default:
      return core::Error::Forbidden("Your role does not allow you to see review rounds.");
  }
}

core::Error NoSuchRound() { return core::Error::NotFound("There is no such review round."); }

// The store's answer for a round or entry, with kNotFound as `missing` and `refused` saying so.
template <typename T>
core::Result<T> Found(core::Result<T> result, core::Error missing, std::string_view what,
                      std::optional<std::string>& refused) {
  if (!result.ok() && result.error().code == core::ErrorCode::kNotFound) {
    refused = "no such " + std::string{what} + " in this partnership";
    return missing;
  }
  return result;
}

// Every action of the partnership, due first.
core::Result<std::vector<PlanAction>> AllActions(Transaction& tx, PartnershipId partnership) {
  ActionQuery query;
  query.limit = 0;
  ASSURE_ASSIGN_OR_RETURN(auto page, tx.actions(partnership).List(query));
  return std::move(page.actions);
}

}  // namespace

ReviewRoundService::ReviewRoundService(Store& store, const core::Clock& clock,
                                       const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

template <typename T, typename Work>
core::Result<T> ReviewRoundService::Run(const Requester& requester, Action action,
                                        const std::string& audit, AuditSubject subject,
                                        Work&& work) const {
  const RecordScope everything = InPartnership(requester);
  if (!Permits(requester.principal, Resource::kReviewRound, action, everything)) {
    return RecordRefusal(store_, clock_, requester, audit, std::move(subject),
                         "role does not allow review_round:" + std::string{ActionName(action)},
                         NotAllowed(action));
  }
  if (action == Action::kRead &&
      !Permits(requester.principal, Resource::kAction, Action::kRead, everything)) {
    return RecordRefusal(store_, clock_, requester, audit, std::move(subject),
                         "role does not allow action:read for the partnership", NotAllowed(action));
  }
  std::optional<std::string> refused;
  auto result = store_.Write([&](Transaction& tx) -> core::Result<T> {
    refused.reset();
    core::Result<T> out = work(tx, subject, refused);
    if (!out.ok()) return out.error();
    ASSURE_TRY(WriteActionAudit(tx, requester, clock_.Now(), audit, subject));
    return out;
  });
  if (!result.ok() && refused) {
    return RecordRefusal(store_, clock_, requester, audit, std::move(subject), *refused,
                         result.error());
  }
  return result;
}

core::Result<ReviewRound> ReviewRoundService::Open(const Requester& requester,
                                                   Quarter quarter) const {
  const PartnershipId partnership = requester.partnership_id();
  return Run<ReviewRound>(requester, Action::kCreate, "review_round.open", {"review_round", ""},
                          [&](Transaction& tx, AuditSubject& subject,
                              std::optional<std::string>&) -> core::Result<ReviewRound> {
                            const CivilDate today = LondonDate(clock_.Now());
                            if (quarter > QuarterOf(today)) {
                              return core::Error::InvalidInput(
                                  "quarter", "Choose the current quarter or one that has passed.");
                            }
                            ActionQuery query;
                            query.open = true;
                            query.limit = 0;
                            ASSURE_ASSIGN_OR_RETURN(auto open, tx.actions(partnership).List(query));
                            std::vector<ActionId> ids;
                            for (const PlanAction& action : open.actions) ids.push_back(action.id);
                            ReviewRound round;
                            round.quarter = quarter;
                            round.opened_on = today;
                            round.opened_by = requester.user_id();
                            ASSURE_ASSIGN_OR_RETURN(auto opened,
                                                    tx.review_rounds(partnership).Open(round, ids));
                            subject = RoundSubject(opened.id);
                            return opened;
                          });
}

core::Result<std::vector<ReviewRound>> ReviewRoundService::List(const Requester& requester) const {
  const PartnershipId partnership = requester.partnership_id();
  return Run<std::vector<ReviewRound>>(
      requester, Action::kRead, "review_round.list", {"review_round", ""},
      [&](Transaction& tx, AuditSubject&, std::optional<std::string>&) {
        return tx.review_rounds(partnership).List();
      });
}

core::Result<RoundView> ReviewRoundService::Get(const Requester& requester,
                                                ReviewRoundId id) const {
  const PartnershipId partnership = requester.partnership_id();
  return Run<RoundView>(
      requester, Action::kRead, "review_round.read", RoundSubject(id),
      [&](Transaction& tx, AuditSubject&,
          std::optional<std::string>& refused) -> core::Result<RoundView> {
        auto& rounds = tx.review_rounds(partnership);
        ASSURE_ASSIGN_OR_RETURN(auto round,
                                Found(rounds.Get(id), NoSuchRound(), "review round", refused));
        ASSURE_ASSIGN_OR_RETURN(auto entries, rounds.Entries(id));
        ASSURE_ASSIGN_OR_RETURN(auto actions, AllActions(tx, partnership));
        std::map<ActionId, const PlanAction*> by_id;
        for (const PlanAction& action : actions) by_id.emplace(action.id, &action);
        ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
        const CivilDate today = LondonDate(clock_.Now());
        RoundView view;
        for (ReviewEntry& entry : entries) {
          const PlanAction& action = *by_id.at(entry.action_id);
          RoundEntryView row;
          row.entry = std::move(entry);
          row.action_title = action.title;
          row.owner_agency_id = action.owner_agency_id;
          row.due_on = action.due_on;
          row.status = action.status;
          row.effective_rag = EffectiveRag(action, today, settings.calendar);
          view.entries.push_back(std::move(row));
        }
        const bool open = !round.closed_on.has_value();
        const RecordScope everything = InPartnership(requester);
        view.may_review = open && Permits(requester.principal, Resource::kReviewRound,
                                          Action::kUpdate, everything);
        view.may_close = open && Permits(requester.principal, Resource::kReviewRound,
                                         Action::kCreate, everything);
        view.round = std::move(round);
        return view;
      });
}

core::Result<ReviewEntry> ReviewRoundService::Review(const Requester& requester, ReviewEntryId id,
                                                     ReviewInput input,
                                                     std::optional<ReviewRoundId> in_round) const {
  const PartnershipId partnership = requester.partnership_id();
  return Run<ReviewEntry>(
      requester, Action::kUpdate, "review_round.review", EntrySubject(id),
      [&](Transaction& tx, AuditSubject&,
          std::optional<std::string>& refused) -> core::Result<ReviewEntry> {
        auto& rounds = tx.review_rounds(partnership);
        ASSURE_ASSIGN_OR_RETURN(
            auto entry,
            Found(rounds.GetEntry(id), core::Error::NotFound("There is no such review entry."),
                  "review entry", refused));
        if (in_round && *in_round != entry.round_id) {
          refused = "review entry of another round";
          return core::Error::NotFound("There is no such review entry.");
        }
        ASSURE_ASSIGN_OR_RETURN(auto round, rounds.Get(entry.round_id));
        if (round.closed_on) {
          return core::Error::Conflict("This review round is closed, so it cannot be changed.");
        }
        const core::Error stale = core::Error::Conflict(
            "Someone else reviewed this action in this round; reload it and try again.");
        if (entry.version != input.version) return stale;
        auto& actions = tx.actions(partnership);
        ASSURE_ASSIGN_OR_RETURN(auto action, actions.Get(entry.action_id));
        const CivilDate today = LondonDate(clock_.Now());
        ReviewEntry reviewed = entry;
        reviewed.outcome = input.outcome;
        reviewed.note = input.note;
        reviewed.new_due_on =
            input.outcome == ReviewOutcome::kExtend ? input.new_due_on : std::nullopt;
        reviewed.reviewed_by = requester.user_id();
        reviewed.reviewed_on = today;
        ASSURE_TRY(ValidateReviewEntry(reviewed, action, today));
        auto stored = rounds.UpdateEntry(reviewed);
        if (!stored.ok()) {
          if (stored.error().code == core::ErrorCode::kConflict) return stale;
          return stored.error();
        }
        const PlanAction moved = ApplyReviewOutcome(action, reviewed);
        if (moved.due_on != action.due_on) {
          auto updated = actions.Update(moved);  // counts the move (due_date_changes)
          if (!updated.ok()) {
            if (updated.error().code == core::ErrorCode::kConflict) return StaleAction();
            return updated.error();
          }
        }
        return stored;
      });
}

core::Result<ReviewRound> ReviewRoundService::Close(const Requester& requester, ReviewRoundId id,
                                                    Version version) const {
  const PartnershipId partnership = requester.partnership_id();
  return Run<ReviewRound>(requester, Action::kCreate, "review_round.close", RoundSubject(id),
                          [&](Transaction& tx, AuditSubject&,
                              std::optional<std::string>& refused) -> core::Result<ReviewRound> {
                            auto& rounds = tx.review_rounds(partnership);
                            ASSURE_ASSIGN_OR_RETURN(auto round, Found(rounds.Get(id), NoSuchRound(),
                                                                      "review round", refused));
                            if (round.closed_on)
                              return core::Error::Conflict("This review round is closed already.");
                            const core::Error stale = core::Error::Conflict(
                                "Someone else changed this review round; reload it and try again.");
                            if (round.version != version) return stale;
                            round.closed_on = LondonDate(clock_.Now());
                            auto closed = rounds.Update(round);
                            if (!closed.ok() && closed.error().code == core::ErrorCode::kConflict)
                              return stale;
                            return closed;
                          });
}

core::Result<ReviewDashboard> ReviewRoundService::Dashboard(const Requester& requester) const {
  const PartnershipId partnership = requester.partnership_id();
  return Run<ReviewDashboard>(
      requester, Action::kRead, "review_round.dashboard", {"review_round", ""},
      [&](Transaction& tx, AuditSubject&,
          std::optional<std::string>&) -> core::Result<ReviewDashboard> {
        const CivilDate today = LondonDate(clock_.Now());
        ReviewDashboard dashboard;
        dashboard.quarter = QuarterOf(today);
        auto& rounds = tx.review_rounds(partnership);
        ASSURE_ASSIGN_OR_RETURN(auto round, rounds.ForQuarter(dashboard.quarter));
        dashboard.round = std::move(round);
        std::set<ActionId> reviewed;
        if (dashboard.round) {
          ASSURE_ASSIGN_OR_RETURN(auto entries, rounds.Entries(dashboard.round->id));
          for (const ReviewEntry& entry : entries) {
            if (entry.outcome) reviewed.insert(entry.action_id);
          }
        }
        ASSURE_ASSIGN_OR_RETURN(auto actions, AllActions(tx, partnership));
        ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines_.For(tx, partnership));
        for (PlanAction& action : actions) {
          const bool unreviewed = IsOpen(action.status) && !reviewed.contains(action.id);
          const bool overdue = IsOverdue(action, today);
          const bool moved = DatesMovedMoreThanOnce(action);
          if (!unreviewed && !overdue && !moved) continue;
          const RatedAction rated = Rate(std::move(action), today, settings.calendar);
          if (unreviewed) dashboard.not_reviewed.push_back(rated);
          if (overdue) dashboard.overdue.push_back(rated);
          if (moved) dashboard.dates_moved.push_back(rated);
        }
        return dashboard;
      });
}

}  // namespace assure::domain
