#include "domain/assurance/thematic/thematic_evidence.h"

#include <algorithm>

#include "domain/assurance/audit/case_audit_repository.h"
#include "domain/assurance/survey/survey_repository.h"
#include "domain/utf8.h"

namespace assure::domain {

namespace {

bool Feeds(const Activity& review_activity, ActivityId activity) {
  const auto& links = review_activity.content.feeds_from;
  return std::find(links.begin(), links.end(), activity) != links.end();
}

}  // namespace

core::Result<std::vector<EvidenceChoice>> EvidenceChoices(Transaction& tx,
                                                          PartnershipId partnership,
                                                          const Activity& review_activity) {
  std::vector<EvidenceChoice> choices;
  ASSURE_ASSIGN_OR_RETURN(const auto rounds, tx.self_evaluations(partnership).ListRounds());
  for (const Round& round : rounds) {
    // Closed rounds only, as closed surveys and audits: nothing is quoted while still changing.
    if (!Feeds(review_activity, round.activity_id) || round.state != RoundState::kClosed) continue;
    ASSURE_ASSIGN_OR_RETURN(const auto framework,
                            tx.assurance(partnership).GetFramework(round.framework_id));
    for (const Standard& standard : framework.standards) {
      choices.push_back(
          {EvidenceSource::kSelfEvaluationStandard, round.id, standard.id,
           round.title + ", standard " + standard.text.code + " " + standard.text.heading});
    }
  }
  ASSURE_ASSIGN_OR_RETURN(const auto surveys, tx.surveys(partnership).List());
  for (const Survey& survey : surveys) {
    if (!Feeds(review_activity, survey.activity_id) || survey.state != SurveyState::kClosed) {
      continue;
    }
    for (int number = 1; number <= QuestionCount(survey.content); ++number) {
      choices.push_back({EvidenceSource::kSurveyQuestion, survey.id, number,
                         survey.content.title + ", question " + std::to_string(number) + ": " +
                             QuestionNumbered(survey.content, number)->text});
    }
  }
  ASSURE_ASSIGN_OR_RETURN(const auto audits, tx.case_audits(partnership).List());
  for (const CaseAudit& audit : audits) {
    if (!Feeds(review_activity, audit.activity_id) || audit.state != CaseAuditState::kClosed) {
      continue;
    }
    for (const AuditRecord& record : audit.records) {
      if (!record.moderation) continue;
      choices.push_back({EvidenceSource::kAuditFinding, audit.id, record.id,
                         audit.title + ", record " + record.reference + " (agreed: " +
                             std::string{AuditGradeLabel(record.moderation->overall)} + ")"});
    }
  }
  return choices;
}

core::Result<std::string> EvidenceLabel(Transaction& tx, PartnershipId partnership,
                                        const Activity& review_activity,
                                        const ReviewEvidence& evidence) {
  if (evidence.source == EvidenceSource::kConversation) {
    return "Conversation held on " + LongCivilDate(*evidence.held_on);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto choices, EvidenceChoices(tx, partnership, review_activity));
  for (const EvidenceChoice& choice : choices) {
    if (choice.source == evidence.source && choice.source_id == evidence.source_id &&
        choice.item == evidence.item) {
      return choice.label;
    }
  }
  return core::Error::InvalidInput(
      "source",
      "Choose a source from the activities the review draws on: a round's standard, a "
      "closed survey's question or a closed audit's agreed record.");
}

core::Result<std::pair<std::optional<UserId>, std::string>> ActionLead(Transaction& tx,
                                                                       PartnershipId partnership,
                                                                       const Agency& agency) {
  ASSURE_ASSIGN_OR_RETURN(const auto members, tx.memberships(partnership).ListMembers());
  for (const Member& member : members) {
    if (member.user.disabled || member.membership.role != Role::kAgencyLead ||
        member.membership.agency_id != agency.id) {
      continue;
    }
    return std::pair<std::optional<UserId>, std::string>{member.user.id, member.user.display_name};
  }
  return std::pair<std::optional<UserId>, std::string>{std::nullopt,
                                                       FirstCharacters(agency.name, 120)};
}

std::string FirstCharacters(const std::string& text, std::size_t count) {
  std::size_t at = 0;
  std::size_t characters = 0;
  while (at < text.size() && characters < count) {
    at += DecodeUtf8(text, at).length;
    ++characters;
  }
  if (at >= text.size()) return text;
  // Room for the "...": cut three characters earlier.
  std::size_t cut = 0;
  for (std::size_t c = 0; c + 3 < count && cut < text.size(); ++c) {
    cut += DecodeUtf8(text, cut).length;
  }
  return text.substr(0, cut) + "...";
}

}  // namespace assure::domain
