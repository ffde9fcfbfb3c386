// ReadZip: the entries of a ZIP archive (an XLSX workbook) by name, inflated, so tests can read
// what a generated file really holds. Stored and deflated entries only; throws on anything else.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace assure::testing {

std::map<std::string, std::string> ReadZip(std::string_view archive);

}  // namespace assure::testing
