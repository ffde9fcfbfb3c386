// Store: the domain's view of the database as transactions. Write(fn) runs fn(Transaction&) as
// ONE transaction: every repository fn touches commits together if fn returns ok, and nothing is
// written if it returns an error or throws. Read(fn) runs fn in a read-only snapshot.
//
// Repositories come from the Transaction and must not outlive fn. Partnership-owned data is only
// reachable through a repository bound to one partnership (agencies(id), memberships(id)), so a
// query cannot forget its partnership. Implemented by storage (storage::SqlStore); thread-safe as
// the underlying Database is.
#pragma once

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

#include "core/result.h"
#include "domain/actions/action_repository.h"
#include "domain/actions/reminder_run_repository.h"
#include "domain/assurance/assurance_repository.h"
#include "domain/calendar/calendar_repository.h"
#include "domain/files/file_content_repository.h"
#include "domain/identity/audit_log.h"
#include "domain/identity/session_repository.h"
#include "domain/identity/user_repository.h"
#include "domain/learning/briefing_repository.h"
#include "domain/learning/library_repository.h"
#include "domain/learning/recurring/recurring_repository.h"
#include "domain/partnership/agency_repository.h"
#include "domain/partnership/partnership_repository.h"
#include "domain/reviews/cases/case_repository.h"
#include "domain/reviews/figures/review_figures_repository.h"

namespace assure::domain {

// domain/assurance/survey/survey_repository.h
class SurveyRepository;
class SurveyLinkDirectory;
// domain/assurance/audit/case_audit_repository.h
class CaseAuditRepository;
// domain/assurance/thematic/thematic_review_repository.h
class ThematicReviewRepository;
// domain/governance/body_repository.h, meeting_repository.h
class BodyRepository;
class MeetingRepository;

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual PartnershipRepository& partnerships() = 0;
  virtual AgencyRepository& agencies(PartnershipId partnership_id) = 0;
  virtual UserRepository& users() = 0;
  virtual MembershipRepository& memberships(PartnershipId partnership_id) = 0;
  virtual SessionRepository& sessions() = 0;
  virtual SignInThrottle& sign_in_throttle() = 0;
  virtual RecoveryCodeRepository& recovery_codes() = 0;
  virtual InvitationRepository& invitations() = 0;
  virtual ApiTokenRepository& api_tokens() = 0;
  virtual AuditLog& audit() = 0;
  virtual CaseRepository& cases(PartnershipId partnership_id) = 0;
  virtual ReviewRecordRepository& review_records(PartnershipId partnership_id) = 0;
  virtual InformationRequestRepository& information_requests(PartnershipId partnership_id) = 0;
  virtual ReviewerRepository& reviewers(PartnershipId partnership_id) = 0;
  virtual ThemeRepository& themes(PartnershipId partnership_id) = 0;
  virtual CalendarRepository& calendar(PartnershipId partnership_id) = 0;
  virtual ReviewFiguresRepository& review_figures(PartnershipId partnership_id) = 0;
  virtual FileContentRepository& file_contents(PartnershipId partnership_id) = 0;
  virtual ActionRepository& actions(PartnershipId partnership_id) = 0;
  virtual ReviewRoundRepository& review_rounds(PartnershipId partnership_id) = 0;
  virtual ReminderRunRepository& reminder_runs(PartnershipId partnership_id) = 0;
  virtual BriefingRepository& briefings(PartnershipId partnership_id) = 0;
  virtual RecurringLearningRepository& recurring_learning(PartnershipId partnership_id) = 0;
  virtual LibraryRepository& library(PartnershipId partnership_id) = 0;
  virtual AssuranceRepository& assurance(PartnershipId partnership_id) = 0;
  virtual SelfEvaluationRepository& self_evaluations(PartnershipId partnership_id) = 0;
  virtual SurveyRepository& surveys(PartnershipId partnership_id) = 0;
  // Not bound to a partnership: finds a survey link by its token, for the public answer form.
  virtual SurveyLinkDirectory& survey_links() = 0;
  virtual CaseAuditRepository& case_audits(PartnershipId partnership_id) = 0;
  virtual ThematicReviewRepository& thematic_reviews(PartnershipId partnership_id) = 0;
  virtual BodyRepository& bodies(PartnershipId partnership_id) = 0;
  virtual MeetingRepository& meetings(PartnershipId partnership_id) = 0;
};

class Store {
 public:
  using Work = std::function<core::Status(Transaction&)>;
  virtual ~Store() = default;

  virtual core::Status RunWrite(const Work& work) = 0;
  virtual core::Status RunRead(const Work& work) = 0;

  // fn returns Status or Result<T>; Write and Read return the same.
  template <typename Fn>
  auto Write(Fn&& fn) -> std::invoke_result_t<Fn&, Transaction&> {
    return Run(&Store::RunWrite, fn);
  }
  template <typename Fn>
  auto Read(Fn&& fn) -> std::invoke_result_t<Fn&, Transaction&> {
    return Run(&Store::RunRead, fn);
  }

 private:
  template <typename Fn>
  auto Run(core::Status (Store::*run)(const Work&), Fn& fn)
      -> std::invoke_result_t<Fn&, Transaction&> {
    using R = std::invoke_result_t<Fn&, Transaction&>;
    if constexpr (std::is_same_v<R, core::Status>) {
      return (this->*run)(Work{std::ref(fn)});
    } else {
      std::optional<R> out;
      core::Status status = (this->*run)([&](Transaction& transaction) -> core::Status {
        R result = fn(transaction);
        if (!result.ok()) return result.error();
        out.emplace(std::move(result));
        return core::Ok();
      });
      if (!status.ok()) return status.error();
      return std::move(*out);
    }
  }
};

}  // namespace assure::domain
