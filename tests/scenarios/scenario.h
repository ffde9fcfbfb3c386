// Scenario files: rules written as plain text that a safeguarding manager can read and check
// (STYLE.md, "Rules as readable scenarios"), run by ONE runner (scenario_runner_test.cc). Each
// folder under tests/scenarios/ is a suite with its own verbs and its own state (a fresh state
// per file): deadlines/ (deadline_verbs.h), and any suite added later registers its verbs the
// same way.
//
// A file is a list of steps, one a line. Blank lines and lines starting with '#' are skipped.
// The first word of a step names its verb; the rest are its words. A step may end with
// "-> expectation": the words after the arrow go to the verb as `then`, and only verbs added
// with `takes_then` accept them. An unknown verb, an arrow given to a verb that takes none, and
// every failed expectation are test failures that name the file and line. A suite whose steps
// may start with a name instead (governance: "Ann present") gives `Otherwise` a verb for the
// steps whose first word names no other verb; that verb reports a word it cannot read.
//
// Plain values and templates; not thread-safe (one test owns a state).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace assure::scenarios {

struct Step {
  std::string file;                // the scenario file's path, for messages
  int line = 0;                    // 1-based
  std::string text;                // the whole line, trimmed
  std::vector<std::string> words;  // before the arrow, split on white space (verb first)
  std::vector<std::string> then;   // after "->", split on white space; empty when none
};

// Reports a failure at the step's file and line (a non-fatal GoogleTest failure).
void Fail(const Step& step, const std::string& message);

// Checks the step's "-> allowed" or "-> refused FIELD" against a rule's answer; true when the
// rule allowed it. With no expectation, a refusal fails the step.
bool Outcome(const Step& step, const core::Status& status);

// The words of `step` from index `from` on, joined by single spaces ("Office closed").
std::string Rest(const std::vector<std::string>& words, std::size_t from);

template <typename State>
class Verbs {
 public:
  using Fn = std::function<void(State&, const Step&)>;

  void Add(std::string verb, Fn fn, bool takes_then = false) {
    verbs_[std::move(verb)] = Entry{std::move(fn), takes_then};
  }

  // The verb of the steps whose first word names no other verb (takes no arrow).
  void Otherwise(Fn fn) { otherwise_ = std::move(fn); }

  // Runs one step; false (after reporting why) when it names no verb or misuses the arrow.
  bool Run(State& state, const Step& step) const {
    auto it = verbs_.find(step.words.empty() ? std::string{} : step.words.front());
    if (it == verbs_.end() && otherwise_ && !step.words.empty()) {
      if (!step.then.empty()) {
        Fail(step, "a step starting '" + step.words.front() + "' takes no '->' expectation");
        return false;
      }
      otherwise_(state, step);
      return true;
    }
    if (it == verbs_.end()) {
      Fail(step,
           "unknown verb '" + (step.words.empty() ? std::string{"->"} : step.words.front()) + "'");
      return false;
    }
    if (!step.then.empty() && !it->second.takes_then) {
      Fail(step, "the verb '" + it->first + "' takes no '->' expectation");
      return false;
    }
    it->second.fn(state, step);
    return true;
  }

 private:
  struct Entry {
    Fn fn;
    bool takes_then = false;
  };
  std::map<std::string, Entry, std::less<>> verbs_;
  Fn otherwise_;
};

// The steps of one file; a file that cannot be read is reported and gives no steps.
std::vector<Step> ReadScenario(const std::string& path);

// Runs every step of the file at `path` in order against `state`.
template <typename State>
void RunScenario(const std::string& path, const Verbs<State>& verbs, State& state) {
  for (const Step& step : ReadScenario(path)) verbs.Run(state, step);
}

// The *.txt files of tests/scenarios/<suite>/, sorted by name.
std::vector<std::string> ScenarioFiles(std::string_view suite);

}  // namespace assure::scenarios
