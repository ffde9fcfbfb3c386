// The two starting standards frameworks Assure ships, written in our own words: an agency
// safeguarding self-assessment for children's services following the headings of the duties in
// Children Act 2004 s11 ("s11"), and a schools and colleges version following the headings of
// Education Act 2002 s175 and s157 ("s175"). The business unit copies one into its partnership
// (version 1 of a new family) and edits it there. Static data; thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "domain/assurance/standards.h"

namespace assure::domain {

struct FrameworkTemplate {
  std::string_view key;  // "s11", "s175": the storage and wire form
  FrameworkDraft draft;
};

// Both templates, "s11" first.
std::span<const FrameworkTemplate> FrameworkTemplates();
// The template of `key`, or nullptr.
const FrameworkTemplate* FindFrameworkTemplate(std::string_view key);

}  // namespace assure::domain
