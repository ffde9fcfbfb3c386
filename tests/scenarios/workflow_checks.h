// The workflow scenarios' checks on the case (their forms are in workflow_verbs.h): the steps
// the case page offers, its requests, timeline and clocks, and whether the current person reads
// the agencies' answers, each read through the real services as the scenario's person. Failures
// are reported through Fail (scenario.h). Not thread-safe: one WorkflowState per file.
#pragma once

#include <optional>
#include <string>

#include "core/result.h"
#include "scenarios/workflow_verbs.h"

namespace assure::scenarios::workflow_checks {

// "invalid_input, field 'x': message", for failure messages.
std::string Describe(const core::Error& error);
// The case's records as stored; reports and gives nullopt when there is no case or no store.
std::optional<domain::CaseRecords> Stored(WorkflowState& state, const Step& step);

void Available(WorkflowState& state, const Step& step);       // available = TRANSITION ...
void Requests(WorkflowState& state, const Step& step);        // requests are STATUS ...
void Timeline(WorkflowState& state, const Step& step);        // timeline says TEXT...
void NoClockRunning(WorkflowState& state, const Step& step);  // no clock is running
void Clocks(WorkflowState& state, const Step& step);          // clocks are RULE ...
void Answers(WorkflowState& state, const Step& step);         // answers are readable|refused

}  // namespace assure::scenarios::workflow_checks
