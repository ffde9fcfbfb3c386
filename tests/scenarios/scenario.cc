#include "scenarios/scenario.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace assure::scenarios {

namespace {

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r");
  return std::string{text.substr(first, last - first + 1)};
}

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string{text}};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

void Fail(const Step& step, const std::string& message) {
  ADD_FAILURE_AT(step.file.c_str(), step.line) << message << "\n  in: " << step.text;
}

std::string Rest(const std::vector<std::string>& words, std::size_t from) {
  std::string joined;
  for (std::size_t i = from; i < words.size(); ++i) {
    if (!joined.empty()) joined += ' ';
    joined += words[i];
  }
  return joined;
}

std::vector<Step> ReadScenario(const std::string& path) {
  std::ifstream in{path};
  if (!in) {
    ADD_FAILURE() << "cannot read scenario file " << path;
    return {};
  }
  std::vector<Step> steps;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string text = Trim(line);
    if (text.empty() || text.front() == '#') continue;
    Step step{path, number, text, {}, {}};
    const auto arrow = text.find("->");
    step.words = Split(std::string_view{text}.substr(0, arrow));
    if (arrow != std::string::npos) {
      step.then = Split(std::string_view{text}.substr(arrow + 2));
      if (step.then.empty()) Fail(step, "nothing after '->'");
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

std::vector<std::string> ScenarioFiles(std::string_view suite) {
  const std::filesystem::path folder =
      std::filesystem::path{ASSURE_SOURCE_DIR} / "tests" / "scenarios" / suite;
  std::vector<std::string> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool Outcome(const Step& step, const core::Status& status) {
  const auto& t = step.then;
  const bool want_refusal = t.size() == 2 && t[0] == "refused";
  if (!t.empty() && !want_refusal && !(t.size() == 1 && t[0] == "allowed")) {
    Fail(step, "expected: -> allowed | refused FIELD");
    return false;
  }
  if (status.ok()) {
    if (want_refusal) Fail(step, "allowed");
    return true;
  }
  if (!want_refusal) {
    Fail(step, "refused, naming '" + status.error().field + "': " + status.error().message);
  } else if (status.error().field != t[1]) {
    Fail(step, "refused naming '" + status.error().field + "', not '" + t[1] +
                   "': " + status.error().message);
  }
  return false;
}

}  // namespace assure::scenarios
