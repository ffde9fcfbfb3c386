#include "domain/assurance/self_evaluation/self_evaluation.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {

namespace {

constexpr std::size_t kMaxRoundAgencies = 100;
constexpr std::size_t kMaxNarrative = 10000;

constexpr std::array<std::pair<RoundState, std::string_view>, 2> kRoundStates{{
    {RoundState::kOpen, "open"},
    {RoundState::kClosed, "closed"},
}};
constexpr std::array<std::pair<ReturnState, std::string_view>, 2> kReturnStates{{
    {ReturnState::kDraft, "draft"},
    {ReturnState::kSubmitted, "submitted"},
}};

const Standard* FindStandard(const StandardsFramework& framework, StandardId id) {
  for (const Standard& standard : framework.standards) {
    if (standard.id == id) return &standard;
  }
  return nullptr;
}

}  // namespace

std::string_view RoundStateName(RoundState state) {
  return NameOf<RoundState>(kRoundStates, state);
}
std::optional<RoundState> ParseRoundState(std::string_view name) {
  return ParseName<RoundState>(kRoundStates, name);
}
std::string_view ReturnStateName(ReturnState state) {
  return NameOf<ReturnState>(kReturnStates, state);
}
std::optional<ReturnState> ParseReturnState(std::string_view name) {
  return ParseName<ReturnState>(kReturnStates, name);
}

core::Status ValidateNewRound(const NewRound& round, CivilDate today) {
  if (!round.framework_id) {
    return core::Error::InvalidInput("framework_id", "Choose the standards framework.");
  }
  ASSURE_TRY(ValidateName("title", round.title));
  if (!round.due_on) {
    return core::Error::InvalidInput("due_on", "Enter the date returns are due.");
  }
  if (!(today < *round.due_on)) {
    return core::Error::InvalidInput("due_on", "The due date must be after today.");
  }
  if (round.agency_ids.empty() || round.agency_ids.size() > kMaxRoundAgencies) {
    return core::Error::InvalidInput("agency_ids", "Choose from 1 to 100 agencies.");
  }
  std::set<AgencyId> seen(round.agency_ids.begin(), round.agency_ids.end());
  if (seen.size() != round.agency_ids.size()) {
    return core::Error::InvalidInput("agency_ids", "Choose each agency once.");
  }
  return core::Ok();
}

std::string_view EffectiveRating(const ReturnAnswer& answer) {
  return answer.agreed_rating.empty() ? std::string_view{answer.rating}
                                      : std::string_view{answer.agreed_rating};
}

core::Status ValidateAnswers(const StandardsFramework& framework,
                             std::span<const ReturnAnswer> answers) {
  std::set<StandardId> seen;
  for (const ReturnAnswer& answer : answers) {
    const Standard* standard = FindStandard(framework, answer.standard_id);
    if (standard == nullptr || !seen.insert(answer.standard_id).second) {
      return core::Error::InvalidInput("answers",
                                       "Answer each standard of the round's framework once.");
    }
    const std::string prefix = "answers[" + standard->text.code + "].";
    if (!answer.rating.empty() && !IsRating(framework.content.scale, answer.rating)) {
      std::string allowed;
      for (const std::string_view rating : RatingsOf(framework.content.scale)) {
        allowed += allowed.empty() ? "" : ", ";
        allowed += rating;
      }
      return core::Error::InvalidInput(prefix + "rating", "Choose a rating: " + allowed + ".");
    }
    ASSURE_TRY(ValidateLongText(prefix + "narrative", answer.narrative, kMaxNarrative, false));
  }
  return core::Ok();
}

core::Status ValidateSubmission(const StandardsFramework& framework, const Return& ret,
                                std::span<const std::pair<StandardId, int>> evidence_counts) {
  std::map<StandardId, const ReturnAnswer*> by_standard;
  for (const ReturnAnswer& answer : ret.answers) by_standard[answer.standard_id] = &answer;
  std::map<StandardId, int> evidence(evidence_counts.begin(), evidence_counts.end());
  for (const Standard& standard : framework.standards) {
    const std::string prefix = "answers[" + standard.text.code + "].";
    const auto found = by_standard.find(standard.id);
    if (found == by_standard.end() || found->second->rating.empty()) {
      return core::Error::InvalidInput(
          prefix + "rating", "Rate standard " + standard.text.code + " before submitting.");
    }
    if (TrimName(found->second->narrative).empty()) {
      return core::Error::InvalidInput(
          prefix + "narrative",
          "Describe the evidence for standard " + standard.text.code + " before submitting.");
    }
    if (framework.content.evidence_required && evidence[standard.id] == 0) {
      return core::Error::InvalidInput(
          prefix + "evidence",
          "Attach evidence for standard " + standard.text.code + " before submitting.");
    }
  }
  return core::Ok();
}

bool IsOverdue(const Round& round, const Return& ret, CivilDate today) {
  return round.state == RoundState::kOpen && ret.state != ReturnState::kSubmitted &&
         round.due_on < today;
}

bool IsOnTime(const Round& round, const Return& ret) {
  return ret.first_submitted_on && !(round.due_on < *ret.first_submitted_on);
}

std::vector<MatrixRow> BuildMatrix(const Round& round, const StandardsFramework& framework,
                                   std::span<const std::pair<AgencyId, std::string>> agencies,
                                   std::span<const Return> returns, CivilDate today) {
  std::map<AgencyId, const Return*> by_agency;
  for (const Return& ret : returns) by_agency[ret.agency_id] = &ret;
  std::vector<MatrixRow> rows;
  for (const auto& [agency_id, name] : agencies) {
    MatrixRow row;
    row.agency_id = agency_id;
    row.agency_name = name;
    const auto found = by_agency.find(agency_id);
    const Return* ret = found == by_agency.end() ? nullptr : found->second;
    if (ret != nullptr) {
      row.state = ret->state;
      row.overdue = IsOverdue(round, *ret, today);
    }
    for (const Standard& standard : framework.standards) {
      MatrixCell cell;
      cell.standard_id = standard.id;
      if (ret != nullptr && ret->state == ReturnState::kSubmitted) {
        const auto answer =
            std::find_if(ret->answers.begin(), ret->answers.end(),
                         [&](const ReturnAnswer& a) { return a.standard_id == standard.id; });
        if (answer != ret->answers.end()) {
          cell.rating = std::string{EffectiveRating(*answer)};
          cell.challenged =
              !answer->agreed_rating.empty() && answer->agreed_rating != answer->rating;
        }
      }
      row.cells.push_back(std::move(cell));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace assure::domain
