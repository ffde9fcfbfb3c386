#include "domain/assurance/survey/survey_service.h"

#include <algorithm>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/assurance/survey/survey_repository.h"
#include "domain/london_date.h"
#include "domain/text_rules.h"
#include "security/tokens.h"

namespace assure::domain {

namespace {

// A new survey activity runs for about a quarter unless the business unit changes it.
constexpr int kSurveyActivityDays = 91;

core::Error MayNotRun() {
  return core::Error::Forbidden("Only the business unit builds, opens and closes surveys.");
}

core::Status CheckAgencies(Transaction& tx, PartnershipId partnership,
                           const std::vector<AgencyId>& agency_ids) {
  ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(tx, partnership));
  for (const AgencyId agency : agency_ids) {
    if (!names.contains(agency)) {
      return core::Error::InvalidInput("agency_ids", "Choose agencies of this partnership.");
    }
  }
  return core::Ok();
}

// The staff survey activity a new draft belongs to: the one named, or a new planned one.
core::Result<ActivityId> SurveyActivity(Transaction& tx, const Requester& requester,
                                        const SurveyContent& content,
                                        std::optional<ActivityId> activity_id, core::Instant now) {
  auto& repository = tx.assurance(requester.partnership_id());
  if (activity_id) {
    auto found = repository.GetActivity(*activity_id);
    if (!found.ok() && found.error().code != core::ErrorCode::kNotFound) return found.error();
    if (!found.ok() || found->content.kind != ActivityKind::kStaffSurvey ||
        found->state == ActivityState::kClosed) {
      return core::Error::InvalidInput(
          "activity_id", "Choose a staff survey of the framework that is not closed.");
    }
    return found->id;
  }
  const CivilDate today = LondonDate(now);
  Activity activity;
  activity.content.kind = ActivityKind::kStaffSurvey;
  activity.content.title = content.title;
  activity.content.agency_ids = content.agency_ids;
  activity.content.starts_on = today;
  activity.content.ends_on = AddDays(today, kSurveyActivityDays);
  activity.created_by = requester.user_id();
  activity.created_at = now;
  activity.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(const Activity stored, repository.CreateActivity(activity));
  return stored.id;
}

core::Result<Survey> StoreDraft(Transaction& tx, const Requester& requester, SurveyContent content,
                                std::optional<ActivityId> activity_id,
                                std::optional<SurveyId> copied_from, core::Instant now) {
  if (!MayRunAssurance(requester)) return MayNotRun();
  ASSURE_TRY(ValidateSurveyContent(content));
  const PartnershipId partnership = requester.partnership_id();
  ASSURE_TRY(CheckAgencies(tx, partnership, content.agency_ids));
  Survey survey;
  ASSURE_ASSIGN_OR_RETURN(survey.activity_id,
                          SurveyActivity(tx, requester, content, activity_id, now));
  survey.content = std::move(content);
  survey.copied_from = copied_from;
  survey.created_by = requester.user_id();
  survey.created_at = now;
  survey.updated_at = now;
  ASSURE_ASSIGN_OR_RETURN(Survey stored, tx.surveys(partnership).Create(survey));
  ASSURE_TRY(WriteAssuranceAudit(
      tx, requester, now, "assurance.survey.create", SurveySubject(stored.id),
      copied_from ? "copied from survey " + std::to_string(*copied_from) : std::string{}));
  return stored;
}

// The survey as the asker may change it: the business unit's, at `version`.
core::Result<Survey> Changeable(Transaction& tx, const Requester& requester, SurveyId id,
                                Version version) {
  if (!MayRunAssurance(requester)) return MayNotRun();
  ASSURE_ASSIGN_OR_RETURN(Survey survey, tx.surveys(requester.partnership_id()).Get(id));
  if (survey.version != version) return StaleAssurance("survey");
  return survey;
}

std::string Trimmed(std::string_view text) { return TrimName(text); }

// Results and free text wait for the survey to close, for everyone: two reads either side of
// one new answer would otherwise show that person's answers.
core::Error ResultsWhenClosed() {
  return core::Error::Forbidden("A survey's results and free text are shown once it closes.");
}

}  // namespace

SurveyContent Normalised(SurveyContent content) {
  content.title = Trimmed(content.title);
  for (SurveySection& section : content.sections) {
    section.title = Trimmed(section.title);
    for (Question& question : section.questions) {
      question.text = Trimmed(question.text);
      question.hint = Trimmed(question.hint);
      for (std::string& option : question.options) option = Trimmed(option);
    }
  }
  return content;
}

core::Result<Survey> SurveyService::Create(const Requester& requester, SurveyContent content,
                                           std::optional<ActivityId> activity_id) const {
  const core::Instant now = clock_.Now();
  content = Normalised(std::move(content));
  auto created = store_.Write([&](Transaction& tx) -> core::Result<Survey> {
    return StoreDraft(tx, requester, content, activity_id, std::nullopt, now);
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.create", SurveySubject(0),
                      std::move(created));
}

core::Result<Survey> SurveyService::Copy(const Requester& requester, SurveyId source) const {
  const core::Instant now = clock_.Now();
  auto copied = store_.Write([&](Transaction& tx) -> core::Result<Survey> {
    if (!MayRunAssurance(requester)) return MayNotRun();
    auto& assurance = tx.assurance(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(const Survey from, tx.surveys(requester.partnership_id()).Get(source));
    ASSURE_ASSIGN_OR_RETURN(const Activity activity, assurance.GetActivity(from.activity_id));
    std::optional<ActivityId> activity_id;
    if (activity.state != ActivityState::kClosed) activity_id = activity.id;
    return StoreDraft(tx, requester, from.content, activity_id, from.id, now);
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.create", SurveySubject(source),
                      std::move(copied));
}

core::Result<std::vector<Survey>> SurveyService::List(const Requester& requester) const {
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<Survey>> {
    if (!MayReadAssurance(requester)) return core::Error::Forbidden("You may not read surveys.");
    ASSURE_ASSIGN_OR_RETURN(auto surveys, tx.surveys(requester.partnership_id()).List());
    if (!MayRunAssurance(requester)) {
      // Drafts and the links are the business unit's.
      std::erase_if(surveys, [](const Survey& s) { return s.state == SurveyState::kDraft; });
      for (Survey& survey : surveys) survey.links.clear();
    }
    return surveys;
  });
}

core::Result<SurveyView> SurveyService::Get(const Requester& requester, SurveyId id) const {
  const core::Instant now = clock_.Now();
  auto read = store_.Write([&](Transaction& tx) -> core::Result<SurveyView> {
    if (!MayReadAssurance(requester)) return NoSuchSurvey();
    const PartnershipId partnership = requester.partnership_id();
    SurveyView view;
    ASSURE_ASSIGN_OR_RETURN(view.survey, tx.surveys(partnership).Get(id));
    view.may_run = MayRunAssurance(requester);
    if (!view.may_run && view.survey.state == SurveyState::kDraft) return NoSuchSurvey();
    ASSURE_ASSIGN_OR_RETURN(view.agency_names, AgencyNames(tx, partnership));
    view.may_read_results = view.survey.state == SurveyState::kClosed;
    if (view.may_run) {
      ASSURE_ASSIGN_OR_RETURN(const auto counts, tx.surveys(partnership).Respondents(id));
      for (const RespondentCount& count : counts) view.respondents += count.respondents;
    } else {
      view.survey.links.clear();
    }
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.survey.read", SurveySubject(id)));
    return view;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.read", SurveySubject(id),
                      std::move(read));
}

core::Result<Survey> SurveyService::Update(const Requester& requester, SurveyId id, Version version,
                                           SurveyContent content) const {
  const core::Instant now = clock_.Now();
  content = Normalised(std::move(content));
  auto updated = store_.Write([&](Transaction& tx) -> core::Result<Survey> {
    ASSURE_ASSIGN_OR_RETURN(Survey survey, Changeable(tx, requester, id, version));
    if (survey.state != SurveyState::kDraft) {
      return core::Error::Conflict(
          "The questions of a survey that has opened cannot change; copy it instead.", "state");
    }
    ASSURE_TRY(ValidateSurveyContent(content));
    ASSURE_TRY(CheckAgencies(tx, requester.partnership_id(), content.agency_ids));
    survey.content = std::move(content);
    survey.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Survey stored, tx.surveys(requester.partnership_id()).Update(survey));
    ASSURE_TRY(
        WriteAssuranceAudit(tx, requester, now, "assurance.survey.update", SurveySubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.update", SurveySubject(id),
                      std::move(updated));
}

core::Result<Survey> SurveyService::Open(const Requester& requester, SurveyId id,
                                         Version version) const {
  const core::Instant now = clock_.Now();
  auto opened = store_.Write([&](Transaction& tx) -> core::Result<Survey> {
    ASSURE_ASSIGN_OR_RETURN(Survey survey, Changeable(tx, requester, id, version));
    if (survey.state != SurveyState::kDraft) {
      return core::Error::Conflict("The survey has opened already.", "state");
    }
    if (QuestionCount(survey.content) == 0) {
      return core::Error::InvalidInput("sections", "Add a question before opening the survey.");
    }
    for (const AgencyId agency : survey.content.agency_ids) {
      survey.links.push_back({agency, security::NewToken(random_)});
    }
    survey.state = SurveyState::kOpen;
    survey.opened_on = LondonDate(now);
    survey.updated_at = now;
    auto& assurance = tx.assurance(requester.partnership_id());
    ASSURE_ASSIGN_OR_RETURN(Activity activity, assurance.GetActivity(survey.activity_id));
    if (activity.state == ActivityState::kPlanned) {
      activity.state = ActivityState::kOpen;
      activity.updated_at = now;
      ASSURE_TRY(assurance.UpdateActivity(activity));
      ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.activity.state",
                                     ActivitySubject(activity.id), "open, with its survey"));
    }
    ASSURE_ASSIGN_OR_RETURN(Survey stored, tx.surveys(requester.partnership_id()).Update(survey));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.survey.open", SurveySubject(id),
                                   std::to_string(stored.links.size()) + " links"));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.open", SurveySubject(id),
                      std::move(opened));
}

core::Result<Survey> SurveyService::Close(const Requester& requester, SurveyId id,
                                          Version version) const {
  const core::Instant now = clock_.Now();
  auto closed = store_.Write([&](Transaction& tx) -> core::Result<Survey> {
    ASSURE_ASSIGN_OR_RETURN(Survey survey, Changeable(tx, requester, id, version));
    if (survey.state != SurveyState::kOpen) {
      return core::Error::Conflict("Only an open survey can close.", "state");
    }
    survey.state = SurveyState::kClosed;
    survey.closed_on = LondonDate(now);
    survey.updated_at = now;
    ASSURE_ASSIGN_OR_RETURN(Survey stored, tx.surveys(requester.partnership_id()).Update(survey));
    ASSURE_TRY(
        WriteAssuranceAudit(tx, requester, now, "assurance.survey.close", SurveySubject(id)));
    return stored;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.close", SurveySubject(id),
                      std::move(closed));
}

core::Result<SurveyResults> SurveyService::Results(const Requester& requester, SurveyId id) const {
  const core::Instant now = clock_.Now();
  auto results = store_.Write([&](Transaction& tx) -> core::Result<SurveyResults> {
    if (!MayReadAssurance(requester)) return NoSuchSurvey();
    const PartnershipId partnership = requester.partnership_id();
    auto& surveys = tx.surveys(partnership);
    ASSURE_ASSIGN_OR_RETURN(const Survey survey, surveys.Get(id));
    if (!MayRunAssurance(requester) && survey.state == SurveyState::kDraft) return NoSuchSurvey();
    if (survey.state != SurveyState::kClosed) return ResultsWhenClosed();
    ASSURE_ASSIGN_OR_RETURN(const auto names, AgencyNames(tx, partnership));
    ASSURE_ASSIGN_OR_RETURN(const auto respondents, surveys.Respondents(id));
    ASSURE_ASSIGN_OR_RETURN(const auto counts, surveys.ChoiceCounts(id));
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.survey.results.read",
                                   SurveySubject(id)));
    return BuildResults(survey, names, respondents, counts);
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.results.read", SurveySubject(id),
                      std::move(results));
}

core::Result<std::vector<FreeTextView>> SurveyService::FreeText(const Requester& requester,
                                                                SurveyId id) const {
  const core::Instant now = clock_.Now();
  auto read = store_.Write([&](Transaction& tx) -> core::Result<std::vector<FreeTextView>> {
    if (!MayRunAssurance(requester)) {
      return core::Error::Forbidden("Only the business unit reads free-text answers.");
    }
    const PartnershipId partnership = requester.partnership_id();
    ASSURE_ASSIGN_OR_RETURN(const Survey survey, tx.surveys(partnership).Get(id));
    if (survey.state != SurveyState::kClosed) return ResultsWhenClosed();
    ASSURE_ASSIGN_OR_RETURN(const auto answers, tx.surveys(partnership).FreeText(id));
    ASSURE_ASSIGN_OR_RETURN(const auto places, tx.briefings(partnership).SensitivePlaces());
    std::vector<FreeTextView> views;
    for (const FreeTextAnswer& answer : answers) {
      FreeTextView view;
      view.question = answer.question;
      if (const Question* question = QuestionNumbered(survey.content, answer.question)) {
        view.question_text = question->text;
      }
      view.text = answer.text;
      view.hits = CheckIdentifiers({view.text, {}, places});
      views.push_back(std::move(view));
    }
    ASSURE_TRY(WriteAssuranceAudit(tx, requester, now, "assurance.survey.free_text.read",
                                   SurveySubject(id), std::to_string(views.size()) + " answers"));
    return views;
  });
  return AuditRefusal(store_, clock_, requester, "assurance.survey.free_text.read",
                      SurveySubject(id), std::move(read));
}

}  // namespace assure::domain
