// The validation gate for AKN: the project's RELAX NG grammar for the profile
// and its Schematron rules, compiled once per process (schemas/ is compiled
// into the program). Every AKN file verbatim writes or reads passes here first.
#pragma once

#include <string>
#include <vector>

#include "validate/validator.hpp"

namespace verbatim {

// The problems found; empty when the document is valid.
std::vector<XmlDiagnostic> checkAkn(const XmlDocument& document);

// Compiles the grammar now rather than at the first check: a run with a core
// to spare does it while stage 1 reads the text. (The Schematron rules are
// compiled per thread, at each thread's first check.)
void prepareAknGate();

}  // namespace verbatim
