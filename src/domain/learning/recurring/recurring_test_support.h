// The fixture of recurring learning's tests (test code only): tests/fixtures/
// recurring_recommendations.csv holds 68 invented pieces of learning of 22 fictional cases
// (NS-2019-02 ... NS-2025-12), one row each: the case's reference and decision date, the kind
// (recommendation, or a point of a rapid review's learning: the cases NS-2024-08 and NS-2025-08
// have only a rapid review), the number, the group a person would put it in (14 groups of 3 to 5
// paraphrases, such as the voice of the child or safe sleep advice; empty for the 16 that stand
// alone) and the text. Fictional data only.
//
// Also: the fixture as RecurringInputs (for the pure tests), a search that offers every pair (the
// reference grouping, with no database), and the pairwise precision and recall of a grouping
// against the fixture's groups. Header-only; not thread-safe.
#pragma once

#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "domain/learning/recurring/recurring_report.h"
#include "domain/reviews/import/csv.h"

namespace assure::domain::recurring_fixture {

struct Row {
  std::string reference;
  CivilDate decided_on;
  LearningSource source = LearningSource::kRecommendation;
  int number = 0;
  std::string group;  // empty: on its own
  std::string text;
};

// The rows of the CSV file, in file order; empty (and a failed expectation by the caller) when it
// cannot be read.
inline std::vector<Row> Load() {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/tests/fixtures/recurring_recommendations.csv",
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const CsvFile csv = ParseCsv(text.str());
  std::vector<Row> rows;
  if (csv.problem) return rows;
  for (std::size_t i = 1; i < csv.records.size(); ++i) {  // after the header
    const std::vector<std::string>& f = csv.records[i].fields;
    if (f.size() != 6) return {};
    rows.push_back(
        {f[0], *ParseCivilDate(f[1]),
         f[2] == "rapid_review" ? LearningSource::kRapidReview : LearningSource::kRecommendation,
         std::stoi(f[3]), f[4], f[5]});
  }
  return rows;
}

// "NS-2021-03#2": a piece's key (its case and number: unique in the fixture).
inline std::string Key(const std::string& reference, int number) {
  return reference + "#" + std::to_string(number);
}

// The fixture as the repository would read it: case ids 1, 2, ... in file order, recommendation
// ids 100, 101, ..., each rapid review's points joined by line breaks; no themes, actions or
// briefings.
inline RecurringInputs Inputs(const std::vector<Row>& rows) {
  RecurringInputs inputs;
  std::map<std::string, CaseId> ids;
  std::map<CaseId, std::string> learning;
  std::int64_t next_recommendation = 100;
  for (const Row& row : rows) {
    auto [at, added] = ids.try_emplace(row.reference, static_cast<CaseId>(ids.size() + 1));
    if (added) inputs.cases.push_back({at->second, row.reference, row.decided_on, {}});
    if (row.source == LearningSource::kRecommendation) {
      inputs.records.push_back(
          {row.source, next_recommendation++, at->second, row.number, row.text, {}});
    } else {
      std::string& text = learning[at->second];
      text += (text.empty() ? "" : "\n") + row.text;
    }
  }
  for (const auto& [case_id, text] : learning) {
    inputs.records.push_back({LearningSource::kRapidReview, case_id, case_id, 0, text, {}});
  }
  return inputs;
}

// A search offering every record: the grouping the rules give when nothing is
// missed, for comparing with what a database's full-text search finds.
inline CandidateSearch EveryRecord(const std::vector<LearningRecord>& records) {
  return [records](
             std::span<const CandidateQuery> queries) -> core::Result<std::vector<CandidateMatch>> {
    std::vector<CandidateMatch> matches;
    for (const CandidateQuery& query : queries) {
      for (const LearningRecord& record : records) {
        matches.push_back({query.key, record.source, record.record_id});
      }
    }
    return matches;
  };
}

// Each group as the sorted keys of its pieces, sorted: for comparing two groupings.
inline std::set<std::set<std::string>> KeysOf(const std::vector<LearningGroup>& groups) {
  std::set<std::set<std::string>> out;
  for (const LearningGroup& group : groups) {
    std::set<std::string> keys;
    for (const GroupedItem& grouped : group.items) {
      keys.insert(Key(grouped.case_reference, grouped.item.number));
    }
    out.insert(std::move(keys));
  }
  return out;
}

struct Score {
  double precision = 0;
  double recall = 0;
  int expected_pairs = 0;  // pairs the fixture puts together
  int found_pairs = 0;     // pairs the grouping puts together
  int right_pairs = 0;     // both
};

// Pairwise precision (right / found) and recall (right / expected) of `groups` against the
// fixture's groups, over every pair of its rows.
inline Score ScoreOf(const std::vector<Row>& rows, const std::vector<LearningGroup>& groups) {
  std::map<std::string, int> found_group;
  int index = 0;
  for (const auto& keys : KeysOf(groups)) {
    for (const std::string& key : keys) found_group[key] = index;
    ++index;
  }
  Score score;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = i + 1; j < rows.size(); ++j) {
      const bool expected = !rows[i].group.empty() && rows[i].group == rows[j].group;
      const auto a = found_group.find(Key(rows[i].reference, rows[i].number));
      const auto b = found_group.find(Key(rows[j].reference, rows[j].number));
      const bool found = a != found_group.end() && b != found_group.end() && a->second == b->second;
      score.expected_pairs += expected ? 1 : 0;
      score.found_pairs += found ? 1 : 0;
      score.right_pairs += expected && found ? 1 : 0;
    }
  }
  score.precision = score.found_pairs == 0 ? 1.0 : double(score.right_pairs) / score.found_pairs;
  score.recall = score.expected_pairs == 0 ? 1.0 : double(score.right_pairs) / score.expected_pairs;
  return score;
}

}  // namespace assure::domain::recurring_fixture
