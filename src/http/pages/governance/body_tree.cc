#include "http/pages/governance/body_tree.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace assure::http::pages {

namespace {

int Top(int depth) { return kTreeMargin + depth * kTreeRow; }

class Layout {
 public:
  explicit Layout(const std::vector<domain::Body>& bodies) : bodies_(bodies) {
    std::set<domain::BodyId> ids;
    for (const auto& body : bodies_) ids.insert(body.id);
    for (std::size_t i = 0; i < bodies_.size(); ++i) {
      const auto& parent = bodies_[i].content.parent_id;
      if (parent && *parent != bodies_[i].id && ids.contains(*parent)) {
        children_[*parent].push_back(i);
      } else {
        roots_.push_back(i);
      }
    }
  }

  BodyTree Run() {
    if (bodies_.empty()) return {};
    tree_.outline.push_back({OutlineStep::kOpenList, 0});
    for (const std::size_t root : roots_) Place(root, 0);
    // Bodies in a loop are reached from no root: each is drawn as one.
    for (std::size_t i = 0; i < bodies_.size(); ++i) {
      if (!placed_.contains(bodies_[i].id)) Place(i, 0);
    }
    tree_.outline.push_back({OutlineStep::kCloseList, 0});
    const int slots = std::max(next_slot_, 1);
    tree_.width = 2 * kTreeMargin + (slots - 1) * kTreeColumn + kTreeBoxWidth;
    tree_.height = 2 * kTreeMargin + max_depth_ * kTreeRow + kTreeBoxHeight;
    return std::move(tree_);
  }

 private:
  // Places the body and, below it, its children not yet placed; returns its box's centre.
  int Place(std::size_t index, int depth) {
    const auto& body = bodies_[index];
    placed_.insert(body.id);
    max_depth_ = std::max(max_depth_, depth);
    const std::size_t box = tree_.boxes.size();
    tree_.boxes.push_back(
        {body.id, depth, 0, Top(depth), ShortName(body.content.name, kTreeNameCharacters)});
    tree_.outline.push_back({OutlineStep::kItem, body.id});
    std::vector<int> centres;
    if (const auto found = children_.find(body.id); found != children_.end()) {
      for (const std::size_t child : found->second) {
        if (placed_.contains(bodies_[child].id)) continue;
        if (centres.empty()) tree_.outline.push_back({OutlineStep::kOpenList, 0});
        centres.push_back(Place(child, depth + 1));
      }
    }
    if (!centres.empty()) tree_.outline.push_back({OutlineStep::kCloseList, 0});
    tree_.outline.push_back({OutlineStep::kCloseItem, body.id});
    const int centre = centres.empty()
                           ? kTreeMargin + (next_slot_++) * kTreeColumn + kTreeBoxWidth / 2
                           : (centres.front() + centres.back()) / 2;
    tree_.boxes[box].x = centre - kTreeBoxWidth / 2;
    for (const int child : centres) {
      tree_.lines.push_back({centre, Top(depth) + kTreeBoxHeight, child, Top(depth + 1)});
    }
    return centre;
  }

  const std::vector<domain::Body>& bodies_;
  std::map<domain::BodyId, std::vector<std::size_t>> children_;  // indices, in the order given
  std::vector<std::size_t> roots_;
  std::set<domain::BodyId> placed_;
  int next_slot_ = 0;
  int max_depth_ = 0;
  BodyTree tree_;
};

bool StartsCharacter(char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }

}  // namespace

BodyTree LayOutBodies(const std::vector<domain::Body>& bodies) { return Layout(bodies).Run(); }

std::string ShortName(const std::string& name, std::size_t characters) {
  std::size_t count = 0;
  std::size_t cut = name.size();  // where the (characters)th character starts, if it does
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (!StartsCharacter(name[i])) continue;
    if (count + 1 == characters) cut = i;
    if (++count > characters) break;
  }
  if (count <= characters) return name;
  std::string shortened = name.substr(0, cut);
  while (!shortened.empty() && shortened.back() == ' ') shortened.pop_back();
  return shortened + "…";
}

}  // namespace assure::http::pages
