// The one runner of the scenario files (scenario.h): each file of each suite folder is one test,
// named after the file. Also checks the runner itself: an unknown verb, a misplaced arrow and a
// failed expectation each fail, naming the file and the line.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>

#include "scenarios/action_verbs.h"
#include "scenarios/deadline_verbs.h"
#include "scenarios/governance_verbs.h"
#include "scenarios/scenario.h"
#include "scenarios/workflow_verbs.h"

namespace assure::scenarios {
namespace {

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = std::filesystem::path{info.param}.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class DeadlineScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(DeadlineScenario, Holds) {
  DeadlineState state;
  RunScenario(GetParam(), DeadlineVerbs(), state);
}

INSTANTIATE_TEST_SUITE_P(Deadlines, DeadlineScenario,
                         ::testing::ValuesIn(ScenarioFiles("deadlines")), TestName);

class WorkflowScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(WorkflowScenario, Holds) {
  WorkflowState state;
  RunScenario(GetParam(), WorkflowVerbs(), state);
}

INSTANTIATE_TEST_SUITE_P(Workflow, WorkflowScenario, ::testing::ValuesIn(ScenarioFiles("workflow")),
                         TestName);

class ActionScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(ActionScenario, Holds) {
  ActionState state;
  RunScenario(GetParam(), ActionVerbs(), state);
}

INSTANTIATE_TEST_SUITE_P(Actions, ActionScenario, ::testing::ValuesIn(ScenarioFiles("actions")),
                         TestName);

class GovernanceScenario : public ::testing::TestWithParam<std::string> {};

TEST_P(GovernanceScenario, Holds) {
  GovernanceState state;
  RunScenario(GetParam(), GovernanceVerbs(), state);
}

INSTANTIATE_TEST_SUITE_P(Governance, GovernanceScenario,
                         ::testing::ValuesIn(ScenarioFiles("governance")), TestName);

// The failures a scenario file run with `verbs` produces, each with its file and line.
template <typename State>
std::vector<::testing::TestPartResult> FailuresOf(const std::string& text,
                                                  const Verbs<State>& verbs) {
  const auto folder =
      std::filesystem::temp_directory_path() / ("assure-scenario-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string path = (folder / "sample.txt").string();
  std::ofstream{path} << text;
  ::testing::TestPartResultArray results;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter{
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results};
    State state;
    RunScenario(path, verbs, state);
  }
  std::filesystem::remove_all(folder);
  std::vector<::testing::TestPartResult> failures;
  for (int i = 0; i < results.size(); ++i) failures.push_back(results.GetTestPartResult(i));
  return failures;
}

std::vector<::testing::TestPartResult> FailuresOf(const std::string& text) {
  return FailuresOf(text, DeadlineVerbs());
}

TEST(ScenarioRunnerTest, EverySuiteFolderHasScenarioFiles) {
  EXPECT_GE(ScenarioFiles("deadlines").size(), 3u);
  EXPECT_GE(ScenarioFiles("workflow").size(), 3u);
  EXPECT_GE(ScenarioFiles("actions").size(), 3u);
  EXPECT_GE(ScenarioFiles("governance").size(), 3u);
}

TEST(ScenarioRunnerTest, AGoodFilePassesAndCommentsAndBlankLinesAreSkipped) {
  EXPECT_TRUE(FailuresOf("# a comment\n\nadd 5 working days to 2025-01-06 = 2025-01-13\n").empty());
}

TEST(ScenarioRunnerTest, AnUnknownVerbFailsNamingTheFileAndLine) {
  const auto failures = FailuresOf("# first\n\nfrobnicate 2025-01-06\n");
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(std::string{failures[0].file_name()}.find("sample.txt"), std::string::npos);
  EXPECT_EQ(failures[0].line_number(), 3);
  EXPECT_NE(std::string{failures[0].message()}.find("unknown verb 'frobnicate'"),
            std::string::npos);
}

TEST(ScenarioRunnerTest, AWrongExpectationFailsOnItsLine) {
  const auto failures = FailuresOf(
      "add 5 working days to 2025-01-06 = 2025-01-13\n"
      "add 5 working days to 2025-01-06 = 2025-01-14\n"
      "aware 2025-01-06 -> notification due 2025-01-10\n");
  ASSERT_EQ(failures.size(), 2u);
  EXPECT_EQ(failures[0].line_number(), 2);
  EXPECT_NE(std::string{failures[0].message()}.find("2025-01-13"), std::string::npos);
  EXPECT_EQ(failures[1].line_number(), 3);
}

TEST(ScenarioRunnerTest, AnArrowOnAVerbThatTakesNoneFails) {
  const auto failures = FailuresOf("easter 2025 = 2025-04-20 -> notification due 2025-01-01\n");
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(std::string{failures[0].message()}.find("takes no '->'"), std::string::npos);
}

TEST(ScenarioRunnerTest, AStepThatDoesNotFitItsVerbSaysTheForm) {
  const auto failures = FailuresOf("add five working days to 2025-01-06 = 2025-01-13\n");
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_NE(std::string{failures[0].message()}.find("add # working days to @ = @"),
            std::string::npos);
}

TEST(ScenarioRunnerTest, StatusChecksCatchAWrongCountOrDirection) {
  const auto failures = FailuresOf(
      "aware 2025-01-06\n"
      "today 2025-01-09 -> notification at_risk 3 working days left\n"
      "today 2025-01-09 -> notification at_risk 2 working days late\n"
      "today 2025-01-09 -> notification on_time\n"
      "today 2025-01-09 -> notification at_risk 2 working days left\n");
  ASSERT_EQ(failures.size(), 3u);
  EXPECT_EQ(failures[0].line_number(), 2);
  EXPECT_EQ(failures[1].line_number(), 3);
  EXPECT_EQ(failures[2].line_number(), 4);
}

TEST(ScenarioRunnerTest, EachKindOfActionStepFailsWhenItsExpectationIsWrong) {
  const auto failures = FailuresOf(
      "today 2025-06-02\n"
      "action in_progress due 2025-06-16 reported green\n"
      "then rag amber flagged\n"
      "then rag amber\n"
      "then rag green flagged\n"
      "then remind due_soon\n"
      "then remind nothing\n"
      "update not_started -> refused status\n"
      "update not_started -> refused on\n"
      "update in_progress -> refused status\n"
      "review close -> allowed\n"
      "then due 2025-06-16 changes 0\n"
      "then due 2025-06-17\n"
      "then dates moved more than once\n"
      "quarter of 2026-01-01 = 2025-26 Q4\n"
      "quarter of 2026-01-01 = 2026-27 Q4\n"
      "quarter 2025-26 Q1 runs 2025-04-01 to 2025-06-31\n"
      "parse quarter 2025-q1 = 2025-26 Q1\n"
      "from completed may move to = completed in_progress\n",
      ActionVerbs());
  std::vector<int> lines;
  for (const auto& failure : failures) lines.push_back(failure.line_number());
  EXPECT_EQ(lines, (std::vector<int>{4, 5, 7, 9, 10, 11, 13, 14, 16, 17, 18, 19}));
}

TEST(ScenarioRunnerTest, AWorkflowStepFailsOnItsLineWhenTheRealServiceDisagrees) {
  const auto failures = FailuresOf(
      "case adult in rapid_review\n"
      "enter decision sar\n"
      "do record_rapid_review -> full_review\n"
      "enter s44 mandatory\n"
      "enter meeting 2025-01-20\n"
      "enter completion 2025-01-17\n"
      "do record_rapid_review -> refused s44\n"
      "do record_rapid_review -> refused role\n"
      "do record_rapid_review -> refused state\n"
      "enter completion 2025-01-22\n"
      "do record_rapid_review -> closed\n"
      "case is closed\n"
      "as agency_lead\n"
      "do record_findings -> refused role\n"
      "available = record_findings\n",
      WorkflowVerbs());
  std::vector<int> lines;
  for (const auto& failure : failures) lines.push_back(failure.line_number());
  EXPECT_EQ(lines, (std::vector<int>{3, 7, 8, 9, 11, 12, 15}));
}

TEST(ScenarioRunnerTest, AGovernanceStepFailsOnItsLineWhenTheRulesDisagree) {
  const auto failures = FailuresOf(
      "agency Police statutory\n"
      "agency Council statutory\n"
      "body Executive quorum 2 with statutory partners\n"
      "member Ann of Police from 2025-01-01\n"
      "member Bob of Council from 2025-01-01 to 2025-06-30\n"
      "meeting 2025-03-12\n"
      "quorum -> quorate counted 0\n"
      "Ann present\n"
      "Bob apologies\n"
      "quorum -> not quorate counted 1 missing Council\n"
      "quorum -> quorate counted 1\n"
      "expected -> Ann Bob\n"
      "expected -> Ann\n"
      "attendance marks -> allowed\n"
      "attendance marks -> refused attendance\n"
      "Cy present\n"
      "member Cy from 2025-07-01 to 2025-06-01 -> allowed\n"
      "attendance from 2025-01-01 to 2025-12-31 Police Executive -> expected 1 percent 100\n"
      "attendance from 2025-01-01 to 2025-12-31 Police Executive -> percent none\n"
      "attended 1 of 8 -> percent 12\n"
      "Ann present -> allowed\n",
      GovernanceVerbs());
  std::vector<int> lines;
  for (const auto& failure : failures) lines.push_back(failure.line_number());
  EXPECT_EQ(lines, (std::vector<int>{7, 11, 13, 15, 16, 17, 19, 20, 21}));
  ASSERT_GE(failures.size(), 5u);
  EXPECT_NE(std::string{failures[4].message()}.find("unknown verb 'Cy'"), std::string::npos);
}

}  // namespace
}  // namespace assure::scenarios
