#include "domain/learning/recurring/learning_terms.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <utility>

namespace assure::domain {
namespace {

// Function words, and the words nearly every recommendation of a safeguarding partnership uses
// ("agencies should ensure that practitioners ..."), which say nothing about its subject; each
// followed by one space.
constexpr std::string_view kStopWords =
    "a about above after again against agencies agency all also an and any are as at "
    "authorities authority be because been before being below between board boards both but by "
    "can could council did do does doing down during each ensure ensures ensuring every few "
    "for from further had has have having he her here hers him his how i if in include "
    "includes including into is it its itself just least less local made make makes many may "
    "me might more most much must my no nor not now of off often on once only or other our out "
    "over own partnership partnerships per practitioner practitioners professional "
    "professionals rather same she should so some staff such sure than that the their theirs "
    "them then there these they this those through to too under until up upon use used using "
    "very was we well were what when where whether which while who whom whose why will with "
    "within without would you your ";

// Endings taken off a word, the first that fits (longest of a family first).
constexpr std::array<std::string_view, 11> kSuffixes{"ingly", "edly", "ings", "ing", "ies", "ied",
                                                     "ed",    "es",   "ly",   "s",   "y"};

bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || byte >= 0x80;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsDigits(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsStopWord(std::string_view word) {
  static const std::set<std::string_view> kWords = [] {
    std::set<std::string_view> words;
    for (std::size_t start = 0, end = 0; start < kStopWords.size(); start = end + 1) {
      end = kStopWords.find(' ', start);
      words.insert(kStopWords.substr(start, end - start));
    }
    return words;
  }();
  return kWords.contains(word);
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The ending LearningStem takes off `word`, or "" for none.
std::string_view SuffixOf(std::string_view word) {
  if (word.ends_with("ily")) return "y";  // family, families: "famil"
  for (std::string_view suffix : kSuffixes) {
    if (word.ends_with(suffix)) return suffix;
  }
  return {};
}

}  // namespace

std::string LearningStem(std::string_view word) {
  if (word == "children") return "child";
  std::string stem{word};
  if (const std::string_view suffix = SuffixOf(word); !suffix.empty()) {
    const std::size_t rest = word.size() - suffix.size();
    bool strip = rest >= 3 || (suffix == "s" && rest >= 2);
    if (suffix == "s" && (word.ends_with("ss") || word.ends_with("us") || word.ends_with("is"))) {
      strip = false;
    }
    if (strip) stem.resize(rest);
  }
  if (stem.size() >= 4 && stem.back() == 'e') stem.pop_back();
  if (stem.size() > kStemLength) {
    std::size_t end = kStemLength;
    while (end > 0 && IsContinuationByte(stem[end])) --end;  // never cut a character in two
    stem.resize(end);
  }
  const std::size_t n = stem.size();
  if (n >= 4 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1]) &&
      std::string_view{"lsz"}.find(stem[n - 1]) == std::string_view::npos) {
    stem.pop_back();  // planned -> plann -> plan, referral -> referr -> refer
  }
  return stem;
}

std::vector<std::string> LearningTerms(std::string_view text) {
  std::set<std::string> terms;
  std::string word;
  const auto take = [&] {
    if (word.size() > 1 && !IsDigits(word) && !IsStopWord(word)) terms.insert(LearningStem(word));
    word.clear();
  };
  for (char c : text) {
    if (IsWordByte(c)) {
      word += Lower(c);
    } else if (!word.empty()) {
      take();
    }
  }
  if (!word.empty()) take();
  return {terms.begin(), terms.end()};
}

std::vector<WeightedTerms> WeighTerms(const std::vector<std::vector<std::string>>& pieces) {
  std::map<std::string, std::size_t> used_by;
  for (const auto& terms : pieces) {
    const std::set<std::string> distinct(terms.begin(), terms.end());
    for (const std::string& term : distinct) ++used_by[term];
  }
  const auto n = static_cast<double>(pieces.size());
  std::vector<WeightedTerms> weighted;
  weighted.reserve(pieces.size());
  for (const auto& terms : pieces) {
    WeightedTerms piece;
    for (const std::string& term : terms) {
      const std::size_t df = used_by[term];
      if (df >= 2) piece[term] = std::log(n / static_cast<double>(df));
    }
    weighted.push_back(std::move(piece));
  }
  return weighted;
}

double Similarity(const WeightedTerms& a, const WeightedTerms& b) {
  double shared = 0;
  double norm_a = 0;
  double norm_b = 0;
  for (const auto& [term, weight] : a) {
    norm_a += weight * weight;
    if (const auto found = b.find(term); found != b.end()) shared += weight * found->second;
  }
  for (const auto& [term, weight] : b) norm_b += weight * weight;
  if (norm_a <= 0 || norm_b <= 0) return 0;
  return std::clamp(shared / std::sqrt(norm_a * norm_b), 0.0, 1.0);
}

std::vector<std::string> SearchTerms(const WeightedTerms& terms, double threshold,
                                     std::size_t limit) {
  std::vector<std::pair<double, std::string>> heaviest;
  double rest = 0;  // the squared norm of the terms not searched yet
  for (const auto& [term, weight] : terms) {
    if (weight <= 0) continue;
    heaviest.emplace_back(weight, term);
    rest += weight * weight;
  }
  std::sort(heaviest.begin(), heaviest.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  // (A hair lower, so that rounding never drops a term a pair exactly at the threshold needs.)
  const double enough = threshold * threshold * rest * (1 - 1e-9);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < heaviest.size() && out.size() < limit; ++i) {
    if (rest < enough) break;
    rest -= heaviest[i].first * heaviest[i].first;
    out.push_back(std::move(heaviest[i].second));
  }
  return out;
}

}  // namespace assure::domain
