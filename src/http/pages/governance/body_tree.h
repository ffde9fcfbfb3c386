// BodyTree: the partnership's bodies laid out as a tree for the structure page (GET /governance):
// one row of boxes for each depth, the leaves spread left to right in the order given (by name),
// each parent centred over its children, and a line from the bottom of each parent's box to the
// top of each child's; and the same tree as an outline, the steps of a nested list, for the
// page's accessible alternative. Geometry only, in SVG user units: the template draws it, and
// escapes every name (no markup is built here). A body whose parent is not among those given
// (or that sits in a loop) is drawn as a root. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "domain/governance/body.h"

namespace assure::http::pages {

inline constexpr int kTreeBoxWidth = 200;
inline constexpr int kTreeBoxHeight = 56;
inline constexpr int kTreeColumn = 220;  // a leaf's slot: its box and the gap after it
inline constexpr int kTreeRow = 96;      // a depth's row: its boxes and the gap below them
inline constexpr int kTreeMargin = 8;
// A name longer than this (in characters) is shortened in its box, with "…".
inline constexpr std::size_t kTreeNameCharacters = 20;

struct TreeBox {
  domain::BodyId id = 0;
  int depth = 0;      // 0 for a root
  int x = 0;          // the box's left edge
  int y = 0;          // and its top
  std::string label;  // the name, shortened to fit the box
};

struct TreeLine {
  int x1 = 0;  // the parent's bottom centre
  int y1 = 0;
  int x2 = 0;  // the child's top centre
  int y2 = 0;
};

// One step of the outline: open a list, a body's item (its <li> opened), close the item, close
// the list. A body's children's list opens and closes inside its item.
enum class OutlineStep { kOpenList, kItem, kCloseItem, kCloseList };
struct OutlineEntry {
  OutlineStep step = OutlineStep::kOpenList;
  domain::BodyId id = 0;  // for kItem
};

struct BodyTree {
  int width = 0;               // the drawing's viewBox width
  int height = 0;              // and height
  std::vector<TreeBox> boxes;  // in outline order (depth first)
  std::vector<TreeLine> lines;
  std::vector<OutlineEntry> outline;  // empty when there are no bodies
};

// `bodies` in the order siblings are shown (by name).
BodyTree LayOutBodies(const std::vector<domain::Body>& bodies);

// `name` cut to at most `characters` UTF-8 characters, with "…" when cut.
std::string ShortName(const std::string& name, std::size_t characters);

}  // namespace assure::http::pages
