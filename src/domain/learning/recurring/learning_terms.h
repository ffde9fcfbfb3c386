// The words of a piece of learning (a review recommendation, a point of a rapid review's
// learning) as recurring learning compares them, and the one similarity measure between two
// pieces (doc/learning.md, "Recurring learning").
//
//   LearningTerms   the text's words (runs of ASCII letters, lower-cased, digits and non-ASCII
//                   bytes, as storage's FullTextWords splits them), without one-letter words,
//                   numbers and stop words, each cut to its stem: a few English endings off
//                   ("-ing", "-ed", "-s", ...), a final "e" off, at most kStemLength bytes, a
//                   doubled last consonant single. A stem is always a prefix of its word, so the
//                   database's prefix search on a stem finds every word with that stem.
//   TermWeights     each term's weight over a corpus (the partnership's learning): ln(n / df),
//                   df the number of pieces using it. A term only one piece uses says nothing
//                   about recurrence and has no weight.
//   Similarity      the cosine of two pieces' weighted term sets, in [0, 1].
//
// Pure functions and plain values; thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace assure::domain {

inline constexpr std::size_t kStemLength = 5;

// The stem of one lower-case word (REQUIRES: a word as LearningTerms splits them).
std::string LearningStem(std::string_view word);

// The distinct stems of `text`'s words that are not stop words, sorted.
std::vector<std::string> LearningTerms(std::string_view text);

// A piece's terms with their weights (terms used by one piece only are left out).
using WeightedTerms = std::map<std::string, double>;

// The weighted terms of each of `pieces` (each a LearningTerms list), in the same order.
std::vector<WeightedTerms> WeighTerms(const std::vector<std::vector<std::string>>& pieces);

// The cosine of `a` and `b`: 0 when they share no weighted term, 1 when their weighted terms
// are the same.
double Similarity(const WeightedTerms& a, const WeightedTerms& b);

// The terms to search for to find every piece whose Similarity with `terms` reaches
// `threshold`: its terms of positive weight, heaviest (rarest) first, then by term, until those
// left out weigh too little to reach it on their own (the norm of the rest below threshold times
// the norm of all: by Cauchy-Schwarz, a piece sharing none of the searched terms is less similar
// than that); at most `limit` of them.
std::vector<std::string> SearchTerms(const WeightedTerms& terms, double threshold,
                                     std::size_t limit);

}  // namespace assure::domain
