// The structure page's tree: leaves spread left to right in the order given, each parent centred
// over its children one row down, a line from each parent to each child, the outline a nested
// list in the same order; a body whose parent is missing or in a loop is still drawn once; and
// long names shortened by characters, never inside one.
#include "http/pages/governance/body_tree.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace assure::http::pages {
namespace {

domain::Body MakeBody(domain::BodyId id, std::string name,
                      std::optional<domain::BodyId> parent = std::nullopt) {
  domain::Body body;
  body.id = id;
  body.content.name = std::move(name);
  body.content.parent_id = parent;
  return body;
}

const TreeBox* BoxOf(const BodyTree& tree, domain::BodyId id) {
  for (const auto& box : tree.boxes) {
    if (box.id == id) return &box;
  }
  return nullptr;
}

int Centre(const TreeBox& box) { return box.x + kTreeBoxWidth / 2; }

TEST(BodyTreeTest, NoBodiesIsAnEmptyTree) {
  const auto tree = LayOutBodies({});
  EXPECT_TRUE(tree.boxes.empty());
  EXPECT_TRUE(tree.outline.empty());
  EXPECT_EQ(tree.width, 0);
}

TEST(BodyTreeTest, LeavesSpreadLeftToRightAndParentsCentreOverThem) {
  // Fictional bodies, by name as the service lists them.
  const std::vector<domain::Body> bodies{
      MakeBody(4, "Child practice review group", 1), MakeBody(2, "Learning subgroup", 1),
      MakeBody(1, "Northshire Safeguarding Board"), MakeBody(3, "Training task group", 2)};
  const auto tree = LayOutBodies(bodies);
  ASSERT_EQ(tree.boxes.size(), 4u);
  const auto* board = BoxOf(tree, 1);
  const auto* practice = BoxOf(tree, 4);
  const auto* learning = BoxOf(tree, 2);
  const auto* training = BoxOf(tree, 3);
  ASSERT_TRUE(board && practice && learning && training);
  EXPECT_EQ(board->depth, 0);
  EXPECT_EQ(practice->depth, 1);
  EXPECT_EQ(training->depth, 2);
  EXPECT_EQ(practice->y, kTreeMargin + kTreeRow);
  EXPECT_EQ(practice->x, kTreeMargin);                // the first leaf
  EXPECT_EQ(training->x, kTreeMargin + kTreeColumn);  // the second
  EXPECT_EQ(Centre(*learning), Centre(*training));    // over its one child
  EXPECT_EQ(Centre(*board), (Centre(*practice) + Centre(*learning)) / 2);
  EXPECT_EQ(tree.width, 2 * kTreeMargin + kTreeColumn + kTreeBoxWidth);
  EXPECT_EQ(tree.height, 2 * kTreeMargin + 2 * kTreeRow + kTreeBoxHeight);
  ASSERT_EQ(tree.lines.size(), 3u);
  for (const auto& line : tree.lines) {
    EXPECT_EQ(line.y2 - line.y1, kTreeRow - kTreeBoxHeight);
  }

  using S = OutlineStep;
  std::vector<std::pair<S, domain::BodyId>> steps;
  for (const auto& entry : tree.outline) steps.emplace_back(entry.step, entry.id);
  const std::vector<std::pair<S, domain::BodyId>> expected{
      {S::kOpenList, 0},  {S::kItem, 1},      {S::kOpenList, 0},  {S::kItem, 4},
      {S::kCloseItem, 4}, {S::kItem, 2},      {S::kOpenList, 0},  {S::kItem, 3},
      {S::kCloseItem, 3}, {S::kCloseList, 0}, {S::kCloseItem, 2}, {S::kCloseList, 0},
      {S::kCloseItem, 1}, {S::kCloseList, 0}};
  EXPECT_EQ(steps, expected);
}

TEST(BodyTreeTest, AMissingParentOrALoopStillDrawsEachBodyOnce) {
  const std::vector<domain::Body> bodies{
      MakeBody(1, "Fictional A", 2), MakeBody(2, "Fictional B", 1), MakeBody(3, "Fictional C", 99)};
  const auto tree = LayOutBodies(bodies);
  ASSERT_EQ(tree.boxes.size(), 3u);
  EXPECT_EQ(BoxOf(tree, 3)->depth, 0);
  int items = 0;
  for (const auto& entry : tree.outline) items += entry.step == OutlineStep::kItem ? 1 : 0;
  EXPECT_EQ(items, 3);
}

TEST(BodyTreeTest, LongNamesAreShortenedByCharacters) {
  EXPECT_EQ(ShortName("Learning subgroup", 20), "Learning subgroup");
  EXPECT_EQ(ShortName("Exactly twenty chars", 20), "Exactly twenty chars");
  EXPECT_EQ(ShortName("Child safeguarding practice review group", 20), "Child safeguarding…");
  // "é" is two bytes: never cut inside it.
  EXPECT_EQ(ShortName("ééééé", 3), "éé…");
}

}  // namespace
}  // namespace assure::http::pages
