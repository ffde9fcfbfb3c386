#include "domain/actions/board_report.h"

#include <algorithm>
#include <chrono>
#include <iterator>
#include <map>
#include <tuple>
#include <utility>

#include "domain/actions/action_rules.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

constexpr CivilDate kEndOfTime{std::chrono::year::max(), std::chrono::December,
                               std::chrono::day{31}};

std::size_t StatusIndex(ActionStatus status) {
  const auto all = AllActionStatuses();
  return static_cast<std::size_t>(std::find(all.begin(), all.end(), status) - all.begin());
}

// An action's history up to the as-at date, from its update marks.
struct History {
  const UpdateMark* last = nullptr;           // the latest update
  const UpdateMark* last_evidence = nullptr;  // the latest update with evidence
  std::optional<CivilDate> since;             // the first of the latest run of last->status
};

// Each action's History from those of `marks` (in any order) dated on or before `as_at`.
std::map<ActionId, History> Histories(std::span<const UpdateMark> marks, CivilDate as_at,
                                      std::vector<const UpdateMark*>& order) {
  order.clear();
  order.reserve(marks.size());
  for (const UpdateMark& mark : marks) {
    if (mark.on <= as_at) order.push_back(&mark);
  }
  std::sort(order.begin(), order.end(), [](const UpdateMark* a, const UpdateMark* b) {
    return std::tie(a->action_id, a->on, a->id) < std::tie(b->action_id, b->on, b->id);
  });
  std::map<ActionId, History> histories;
  for (const UpdateMark* mark : order) {
    History& history = histories[mark->action_id];
    if (history.last == nullptr || history.last->status != mark->status) history.since = mark->on;
    history.last = mark;
    if (mark->has_evidence) history.last_evidence = mark;
  }
  return histories;
}

// Closed (completed, not implemented, superseded) before the half-year began and still closed.
bool ClosedBefore(const History& history, CivilDate first_day) {
  return history.last != nullptr && !IsOpen(history.last->status) && history.since &&
         *history.since < first_day;
}

std::string SourceText(const ActionSource& source,
                       const std::map<RecommendationId, const RecommendationSummary*>& recs,
                       const std::map<CaseId, const SourceCase*>& cases) {
  if (source.kind == SourceKind::kRecommendation && source.ref_id) {
    if (auto found = recs.find(*source.ref_id); found != recs.end()) {
      return found->second->case_reference + " recommendation " +
             std::to_string(found->second->number);
    }
  }
  if (source.kind == SourceKind::kRapidReview && source.ref_id) {
    if (auto found = cases.find(*source.ref_id); found != cases.end()) {
      return found->second->reference + " rapid review";
    }
  }
  std::string text{SourceKindLabel(source.kind)};
  if (!source.label.empty()) text += ": " + source.label;
  return text;
}

void AddOnce(std::vector<std::size_t>& list, std::size_t index) {
  if (list.empty() || list.back() != index) list.push_back(index);
}

// The report's sections by source, from its actions (already in report order).
void GroupBySource(BoardReport& report, const std::vector<const PlanAction*>& plans,
                   const std::map<RecommendationId, const RecommendationSummary*>& recs,
                   const std::map<CaseId, const SourceCase*>& cases) {
  std::map<CaseId, BoardReviewSection> reviews;
  std::map<std::tuple<SourceKind, std::string>, BoardOtherSource> others;
  auto section = [&](CaseId case_id, const std::string& fallback_reference) -> auto& {
    auto [it, added] = reviews.try_emplace(case_id);
    if (added) {
      it->second.case_id = case_id;
      it->second.review_kind = "Rapid review";
      it->second.case_reference = fallback_reference;
      if (auto found = cases.find(case_id); found != cases.end()) {
        it->second.case_reference = found->second->reference;
        if (found->second->review_kind) {
          it->second.review_kind = std::string{FullReviewKindLabel(*found->second->review_kind)};
        }
      }
    }
    return it->second;
  };
  for (std::size_t i = 0; i < plans.size(); ++i) {
    for (const ActionSource& source : plans[i]->sources) {
      if (source.kind == SourceKind::kRecommendation && source.ref_id) {
        auto found = recs.find(*source.ref_id);
        if (found == recs.end()) continue;
        const RecommendationSummary& rec = *found->second;
        BoardReviewSection& review = section(rec.case_id, rec.case_reference);
        auto named = std::find_if(review.recommendations.begin(), review.recommendations.end(),
                                  [&](const auto& r) { return r.id == rec.id; });
        if (named == review.recommendations.end()) {
          review.recommendations.push_back({rec.id, rec.number, rec.text, {}});
          named = std::prev(review.recommendations.end());
        }
        AddOnce(named->actions, i);
      } else if (source.kind == SourceKind::kRapidReview && source.ref_id) {
        if (!cases.contains(*source.ref_id)) continue;
        AddOnce(section(*source.ref_id, "").rapid_review_actions, i);
      } else {
        BoardOtherSource& other = others[{source.kind, source.label}];
        other.kind = source.kind;
        other.label = source.label;
        AddOnce(other.actions, i);
      }
    }
  }
  for (auto& [id, review] : reviews) {
    std::sort(review.recommendations.begin(), review.recommendations.end(),
              [](const auto& a, const auto& b) { return a.number < b.number; });
    report.reviews.push_back(std::move(review));
  }
  std::sort(report.reviews.begin(), report.reviews.end(), [](const auto& a, const auto& b) {
    return std::tie(a.case_reference, a.case_id) < std::tie(b.case_reference, b.case_id);
  });
  for (auto& [key, other] : others) report.other_sources.push_back(std::move(other));
}

}  // namespace

std::int64_t BoardReport::count(ActionStatus status) const {
  return by_status[StatusIndex(status)];
}

CivilDate AsAt(const HalfYear& half, CivilDate today) { return std::min(LastDay(half), today); }

HalfYear LastCompleteHalfYear(CivilDate today) { return Previous(HalfYearOf(today)); }

core::Status ValidateReportHalfYear(const HalfYear& half, CivilDate today) {
  if (FirstDay(half) > today) {
    return core::Error::InvalidInput("half", "Choose a half-year that has started.");
  }
  return core::Ok();
}

std::vector<ActionUpdateId> UpdatesShown(std::span<const UpdateMark> marks, CivilDate first_day) {
  std::vector<const UpdateMark*> order;
  std::vector<ActionUpdateId> ids;
  for (const auto& [action_id, history] : Histories(marks, kEndOfTime, order)) {
    if (ClosedBefore(history, first_day)) continue;
    ids.push_back(history.last->id);
    if (history.last_evidence != nullptr && history.last_evidence != history.last) {
      ids.push_back(history.last_evidence->id);
    }
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string_view FullReviewKindLabel(FullReviewKind kind) {
  switch (kind) {
    case FullReviewKind::kCspr:
      return "CSPR";
    case FullReviewKind::kSar:
      return "SAR";
    case FullReviewKind::kDhr:
      return "DHR";
    case FullReviewKind::kJoint:
      return "Joint review";
  }
  return "Review";
}

BoardReport BuildBoardReport(const BoardReportInputs& inputs, const HalfYear& half, CivilDate today,
                             const WorkingCalendar& calendar) {
  BoardReport report;
  report.half = half;
  report.first_day = FirstDay(half);
  report.as_at = AsAt(half, today);
  report.complete = report.as_at == LastDay(half);

  std::vector<const UpdateMark*> order;
  const std::map<ActionId, History> histories = Histories(inputs.marks, report.as_at, order);
  std::map<AgencyId, const Agency*> agencies;
  for (const Agency& agency : inputs.agencies) agencies[agency.id] = &agency;
  std::map<ActionUpdateId, const ActionUpdate*> updates;
  for (const ActionUpdate& update : inputs.updates) updates[update.id] = &update;
  std::map<ActionUpdateId, std::vector<std::string>> files;
  for (const EvidenceFile& file : inputs.evidence_files) {
    files[file.update_id].push_back(file.file_name);
  }
  std::map<ActionId, std::vector<ReviewEntry>> entries;
  for (const ReviewEntry& entry : inputs.entries) {
    if (entry.reviewed_on && *entry.reviewed_on >= report.first_day &&
        *entry.reviewed_on <= report.as_at) {
      entries[entry.action_id].push_back(entry);
    }
  }
  for (auto& [id, list] : entries) {
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return std::tie(*a.reviewed_on, a.id) < std::tie(*b.reviewed_on, b.id);
    });
  }
  std::map<RecommendationId, const RecommendationSummary*> recs;
  for (const auto& rec : inputs.recommendations) recs[rec.id] = &rec;
  std::map<CaseId, const SourceCase*> cases;
  for (const auto& source_case : inputs.cases) cases[source_case.id] = &source_case;

  std::vector<const PlanAction*> plans;
  for (const PlanAction& action : inputs.actions) {
    const auto history = histories.find(action.id);
    // Not yet created, unless entered later with its history (an update by the as-at date).
    if (history == histories.end() && LondonDate(action.created_at) > report.as_at) continue;
    if (history != histories.end() && ClosedBefore(history->second, report.first_day)) {
      ++report.closed_before;
      continue;
    }
    plans.push_back(&action);
  }
  std::sort(plans.begin(), plans.end(), [](const PlanAction* a, const PlanAction* b) {
    return std::tie(a->due_on, a->id) < std::tie(b->due_on, b->id);
  });

  std::map<AgencyId, BoardAgencyCounts> by_agency;
  for (const PlanAction* plan : plans) {
    BoardAction row;
    row.id = plan->id;
    row.title = plan->title;
    row.owner_agency_id = plan->owner_agency_id;
    if (auto agency = agencies.find(plan->owner_agency_id); agency != agencies.end()) {
      row.owner_agency = agency->second->name;
    }
    row.lead_name = plan->lead_name;
    row.due_on = plan->due_on;
    row.due_date_changes = plan->due_date_changes;
    for (const ActionSource& source : plan->sources) {
      row.sources.push_back(SourceText(source, recs, cases));
    }
    if (auto found = histories.find(plan->id); found != histories.end()) {
      const History& history = found->second;
      row.status = history.last->status;
      row.status_since = history.since;
      row.reported_rag = history.last->rag;
      row.last_update_on = history.last->on;
      if (auto update = updates.find(history.last->id); update != updates.end()) {
        row.last_update = update->second->narrative;
        if (NeedsReason(row.status)) row.status_reason = update->second->status_reason;
      }
      if (history.last_evidence != nullptr) {
        BoardEvidence evidence{history.last_evidence->on, "", {}};
        if (auto update = updates.find(history.last_evidence->id); update != updates.end()) {
          evidence.text = update->second->evidence;
        }
        if (auto named = files.find(history.last_evidence->id); named != files.end()) {
          evidence.file_names = named->second;
        }
        row.evidence = std::move(evidence);
      }
    }
    PlanAction as_at = *plan;
    as_at.status = row.status;
    as_at.reported_rag = row.reported_rag;
    row.rag = EffectiveRag(as_at, report.as_at, calendar);
    row.rag_disagrees = RagDisagrees(as_at, report.as_at, calendar);
    row.overdue = IsOverdue(as_at, report.as_at);
    if (auto found = entries.find(plan->id); found != entries.end()) row.entries = found->second;

    ++report.by_status[StatusIndex(row.status)];
    if (!row.rag) {
      ++report.by_rag.no_rating;
    } else if (*row.rag == Rag::kRed) {
      ++report.by_rag.red;
    } else if (*row.rag == Rag::kAmber) {
      ++report.by_rag.amber;
    } else {
      ++report.by_rag.green;
    }
    BoardAgencyCounts& agency = by_agency[row.owner_agency_id];
    agency.agency_id = row.owner_agency_id;
    agency.agency = row.owner_agency;
    ++agency.actions;
    ++agency.by_status[StatusIndex(row.status)];
    if (row.overdue) ++agency.overdue;
    report.actions.push_back(std::move(row));
  }
  for (auto& [id, counts] : by_agency) report.by_agency.push_back(std::move(counts));
  std::sort(report.by_agency.begin(), report.by_agency.end(), [](const auto& a, const auto& b) {
    return std::tie(a.agency, a.agency_id) < std::tie(b.agency, b.agency_id);
  });

  for (std::size_t i = 0; i < report.actions.size(); ++i) {
    const BoardAction& row = report.actions[i];
    if (row.status == ActionStatus::kCompleted && row.status_since &&
        *row.status_since >= report.first_day) {
      report.completed.push_back(i);
    }
    if (row.overdue) report.overdue.push_back(i);
    if (std::any_of(row.entries.begin(), row.entries.end(), [](const ReviewEntry& entry) {
          return entry.outcome == ReviewOutcome::kExtend;
        })) {
      report.slipped.push_back(i);
    }
    if (row.status == ActionStatus::kNotImplemented) report.not_implemented.push_back(i);
  }
  std::stable_sort(report.completed.begin(), report.completed.end(),
                   [&](std::size_t a, std::size_t b) {
                     return *report.actions[a].status_since < *report.actions[b].status_since;
                   });
  GroupBySource(report, plans, recs, cases);
  return report;
}

}  // namespace assure::domain
