#include "domain/assurance/survey/survey_results.h"

#include <tuple>
#include <utility>

#include "domain/assurance/survey/suppression.h"

namespace assure::domain {

namespace {

// The count of (agency position, question, choice) of a survey, read from the repository's rows.
class CountTable {
 public:
  CountTable(const Survey& survey, std::span<const ChoiceCount> counts) {
    for (std::size_t g = 0; g < survey.content.agency_ids.size(); ++g) {
      position_.emplace(survey.content.agency_ids[g], g);
    }
    for (const ChoiceCount& count : counts) {
      const auto found = position_.find(count.agency_id);
      if (found == position_.end()) continue;
      counts_[{found->second, count.question, count.choice}] += count.count;
    }
  }
  std::int64_t At(std::size_t group, int question, int choice) const {
    const auto found = counts_.find({group, question, choice});
    return found == counts_.end() ? 0 : found->second;
  }

 private:
  struct Key {
    std::size_t group;
    int question;
    int choice;
    bool operator<(const Key& other) const {
      return std::tie(group, question, choice) <
             std::tie(other.group, other.question, other.choice);
    }
  };
  std::map<AgencyId, std::size_t> position_;
  std::map<Key, std::int64_t> counts_;
};

ResultRow RowOf(std::string label, const SuppressionPlan& plan, const CountTable& table,
                int question, int choice) {
  ResultRow row;
  row.label = std::move(label);
  std::int64_t total = 0;
  for (std::size_t g = 0; g < plan.hidden.size(); ++g) {
    const std::int64_t count = table.At(g, question, choice);
    total += count;
    row.by_group.push_back(plan.hidden[g] ? std::nullopt : std::optional<std::int64_t>{count});
  }
  if (!plan.totals_hidden) row.total = total;
  return row;
}

// A question's totals would tell what the hidden groups answered when, for some row, the hidden
// groups together have none of it ("nobody at the small agency strongly disagreed") or all of
// their respondents have it ("everyone there did"): its totals are hidden then too.
void HideTellingTotals(QuestionResult& question, const SuppressionPlan& plan,
                       const CountTable& table, std::int64_t hidden_respondents) {
  if (hidden_respondents == 0) return;
  bool telling = false;
  for (std::size_t r = 0; r < question.rows.size(); ++r) {
    const int choice = question.kind == QuestionKind::kFreeText ? -1 : static_cast<int>(r);
    std::int64_t hidden = 0;
    for (std::size_t g = 0; g < plan.hidden.size(); ++g) {
      if (plan.hidden[g]) hidden += table.At(g, question.number, choice);
    }
    if (hidden == 0 || hidden == hidden_respondents) telling = true;
  }
  if (!telling) return;
  for (ResultRow& row : question.rows) row.total.reset();
  question.totals_hidden = true;
}

}  // namespace

SurveyResults BuildResults(const Survey& survey,
                           const std::map<AgencyId, std::string>& agency_names,
                           std::span<const RespondentCount> respondents,
                           std::span<const ChoiceCount> counts) {
  SurveyResults results;
  results.minimum_group = survey.content.minimum_group;
  const auto& agencies = survey.content.agency_ids;
  std::vector<std::int64_t> group_respondents(agencies.size(), 0);
  for (std::size_t g = 0; g < agencies.size(); ++g) {
    for (const RespondentCount& count : respondents) {
      if (count.agency_id == agencies[g]) group_respondents[g] += count.respondents;
    }
  }
  const SuppressionPlan plan = PlanSuppression(group_respondents, survey.content.minimum_group);
  results.any_hidden = plan.any_hidden();
  std::int64_t total = 0;
  std::int64_t hidden_respondents = 0;
  for (std::size_t g = 0; g < agencies.size(); ++g) {
    if (plan.hidden[g]) hidden_respondents += group_respondents[g];
    ResultGroup group;
    group.agency_id = agencies[g];
    const auto name = agency_names.find(agencies[g]);
    group.agency_name =
        name == agency_names.end() ? "Agency " + std::to_string(agencies[g]) : name->second;
    if (!plan.hidden[g]) group.respondents = group_respondents[g];
    group.under_minimum = plan.under_minimum[g];
    total += group_respondents[g];
    results.groups.push_back(std::move(group));
  }
  if (!plan.totals_hidden) results.total_respondents = total;

  const CountTable table(survey, counts);
  int number = 0;
  for (const SurveySection& section : survey.content.sections) {
    for (const Question& question : section.questions) {
      ++number;
      QuestionResult result;
      result.number = number;
      result.section = section.title;
      result.kind = question.kind;
      result.text = question.text;
      if (question.kind == QuestionKind::kFreeText) {
        result.rows.push_back(RowOf("Answers", plan, table, number, -1));
      } else {
        const auto choices = ChoicesOf(question);
        for (std::size_t c = 0; c < choices.size(); ++c) {
          result.rows.push_back(RowOf(choices[c], plan, table, number, static_cast<int>(c)));
        }
      }
      if (!plan.totals_hidden) HideTellingTotals(result, plan, table, hidden_respondents);
      results.questions.push_back(std::move(result));
    }
  }
  return results;
}

}  // namespace assure::domain
