#include "storage/sql_store.h"

#include <map>
#include <memory>

#include "storage/audit/sql_audit_log.h"
#include "storage/repositories/actions/sql_action_repository.h"
#include "storage/repositories/actions/sql_reminder_run_repository.h"
#include "storage/repositories/actions/sql_review_round_repository.h"
#include "storage/repositories/assurance/sql_assurance_repository.h"
#include "storage/repositories/assurance/sql_case_audit_repository.h"
#include "storage/repositories/assurance/sql_self_evaluation_repository.h"
#include "storage/repositories/assurance/sql_survey_repository.h"
#include "storage/repositories/assurance/sql_thematic_review_repository.h"
#include "storage/repositories/calendar/sql_calendar_repository.h"
#include "storage/repositories/files/sql_file_content_repository.h"
#include "storage/repositories/governance/sql_body_repository.h"
#include "storage/repositories/governance/sql_meeting_repository.h"
#include "storage/repositories/identity/sql_api_token_repository.h"
#include "storage/repositories/identity/sql_invitation_repository.h"
#include "storage/repositories/identity/sql_membership_repository.h"
#include "storage/repositories/identity/sql_recovery_code_repository.h"
#include "storage/repositories/identity/sql_session_repository.h"
#include "storage/repositories/identity/sql_sign_in_throttle.h"
#include "storage/repositories/identity/sql_user_repository.h"
#include "storage/repositories/learning/sql_briefing_repository.h"
#include "storage/repositories/learning/sql_library_repository.h"
#include "storage/repositories/learning/sql_recurring_repository.h"
#include "storage/repositories/partnership/sql_agency_repository.h"
#include "storage/repositories/partnership/sql_partnership_repository.h"
#include "storage/repositories/reviews/sql_case_repository.h"
#include "storage/repositories/reviews/sql_information_request_repository.h"
#include "storage/repositories/reviews/sql_review_figures_repository.h"
#include "storage/repositories/reviews/sql_review_record_repository.h"
#include "storage/repositories/reviews/sql_reviewer_repository.h"
#include "storage/repositories/reviews/sql_theme_repository.h"

namespace assure::storage {
namespace {

// The repositories of one transaction, each made on first use.
class SqlTransaction final : public domain::Transaction {
 public:
  SqlTransaction(sql::Connection& connection, const core::Clock& clock)
      : connection_(connection), clock_(clock) {}

  domain::PartnershipRepository& partnerships() override {
    return Lazy(partnerships_, connection_, clock_);
  }
  domain::AgencyRepository& agencies(domain::PartnershipId partnership_id) override {
    return Lazy(agencies_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::UserRepository& users() override { return Lazy(users_, connection_, clock_); }
  domain::MembershipRepository& memberships(domain::PartnershipId partnership_id) override {
    return Lazy(memberships_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::SessionRepository& sessions() override { return Lazy(sessions_, connection_); }
  domain::SignInThrottle& sign_in_throttle() override { return Lazy(throttle_, connection_); }
  domain::RecoveryCodeRepository& recovery_codes() override {
    return Lazy(recovery_codes_, connection_);
  }
  domain::InvitationRepository& invitations() override { return Lazy(invitations_, connection_); }
  domain::ApiTokenRepository& api_tokens() override { return Lazy(api_tokens_, connection_); }
  domain::AuditLog& audit() override { return Lazy(audit_, connection_); }
  domain::CaseRepository& cases(domain::PartnershipId partnership_id) override {
    return Lazy(cases_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ReviewRecordRepository& review_records(domain::PartnershipId partnership_id) override {
    return Lazy(review_records_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::InformationRequestRepository& information_requests(
      domain::PartnershipId partnership_id) override {
    return Lazy(information_requests_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ReviewerRepository& reviewers(domain::PartnershipId partnership_id) override {
    return Lazy(reviewers_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ThemeRepository& themes(domain::PartnershipId partnership_id) override {
    return Lazy(themes_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::CalendarRepository& calendar(domain::PartnershipId partnership_id) override {
    return Lazy(calendar_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ReviewFiguresRepository& review_figures(domain::PartnershipId partnership_id) override {
    return Lazy(review_figures_[partnership_id], connection_, partnership_id);
  }
  domain::FileContentRepository& file_contents(domain::PartnershipId partnership_id) override {
    return Lazy(file_contents_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ActionRepository& actions(domain::PartnershipId partnership_id) override {
    return Lazy(actions_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ReviewRoundRepository& review_rounds(domain::PartnershipId partnership_id) override {
    return Lazy(review_rounds_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::ReminderRunRepository& reminder_runs(domain::PartnershipId partnership_id) override {
    return Lazy(reminder_runs_[partnership_id], connection_, clock_, partnership_id);
  }
  domain::BriefingRepository& briefings(domain::PartnershipId partnership_id) override {
    return Lazy(briefings_[partnership_id], connection_, partnership_id);
  }
  domain::RecurringLearningRepository& recurring_learning(
      domain::PartnershipId partnership_id) override {
    return Lazy(recurring_learning_[partnership_id], connection_, partnership_id);
  }
  domain::LibraryRepository& library(domain::PartnershipId partnership_id) override {
    return Lazy(library_[partnership_id], connection_, partnership_id);
  }
  domain::AssuranceRepository& assurance(domain::PartnershipId partnership_id) override {
    return Lazy(assurance_[partnership_id], connection_, partnership_id);
  }
  domain::SelfEvaluationRepository& self_evaluations(
      domain::PartnershipId partnership_id) override {
    return Lazy(self_evaluations_[partnership_id], connection_, partnership_id);
  }
  domain::SurveyRepository& surveys(domain::PartnershipId partnership_id) override {
    return Lazy(surveys_[partnership_id], connection_, partnership_id);
  }
  domain::SurveyLinkDirectory& survey_links() override { return Lazy(survey_links_, connection_); }
  domain::CaseAuditRepository& case_audits(domain::PartnershipId partnership_id) override {
    return Lazy(case_audits_[partnership_id], connection_, partnership_id);
  }
  domain::ThematicReviewRepository& thematic_reviews(
      domain::PartnershipId partnership_id) override {
    return Lazy(thematic_reviews_[partnership_id], connection_, partnership_id);
  }
  domain::BodyRepository& bodies(domain::PartnershipId partnership_id) override {
    return Lazy(bodies_[partnership_id], connection_, partnership_id);
  }
  domain::MeetingRepository& meetings(domain::PartnershipId partnership_id) override {
    return Lazy(meetings_[partnership_id], connection_, partnership_id);
  }

 private:
  template <typename T, typename... Args>
  static T& Lazy(std::unique_ptr<T>& slot, Args&&... args) {
    if (slot == nullptr) slot = std::make_unique<T>(std::forward<Args>(args)...);
    return *slot;
  }

  sql::Connection& connection_;
  const core::Clock& clock_;
  std::unique_ptr<SqlPartnershipRepository> partnerships_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlAgencyRepository>> agencies_;
  std::unique_ptr<SqlUserRepository> users_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlMembershipRepository>> memberships_;
  std::unique_ptr<SqlSessionRepository> sessions_;
  std::unique_ptr<SqlSignInThrottle> throttle_;
  std::unique_ptr<SqlRecoveryCodeRepository> recovery_codes_;
  std::unique_ptr<SqlInvitationRepository> invitations_;
  std::unique_ptr<SqlApiTokenRepository> api_tokens_;
  std::unique_ptr<SqlAuditLog> audit_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlCaseRepository>> cases_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlReviewRecordRepository>> review_records_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlInformationRequestRepository>>
      information_requests_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlReviewerRepository>> reviewers_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlThemeRepository>> themes_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlCalendarRepository>> calendar_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlReviewFiguresRepository>> review_figures_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlFileContentRepository>> file_contents_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlActionRepository>> actions_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlReviewRoundRepository>> review_rounds_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlReminderRunRepository>> reminder_runs_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlBriefingRepository>> briefings_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlRecurringLearningRepository>>
      recurring_learning_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlLibraryRepository>> library_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlAssuranceRepository>> assurance_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlSelfEvaluationRepository>> self_evaluations_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlSurveyRepository>> surveys_;
  std::unique_ptr<SqlSurveyLinkDirectory> survey_links_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlCaseAuditRepository>> case_audits_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlThematicReviewRepository>> thematic_reviews_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlBodyRepository>> bodies_;
  std::map<domain::PartnershipId, std::unique_ptr<SqlMeetingRepository>> meetings_;
};

}  // namespace

core::Status SqlStore::RunWrite(const Work& work) {
  return database_.RunWrite([&](sql::Connection& connection) {
    SqlTransaction transaction{connection, clock_};
    return work(transaction);
  });
}

core::Status SqlStore::RunRead(const Work& work) {
  return database_.RunRead([&](sql::Connection& connection) {
    SqlTransaction transaction{connection, clock_};
    return work(transaction);
  });
}

}  // namespace assure::storage
