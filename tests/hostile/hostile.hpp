// What every hostile-input case checks: the documented exit code, a message
// that names the file (and the line or byte offset) and the problem, no
// partial output and no temporary file, and good outputs of an earlier run
// left byte for byte as they were.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "hostile/process.hpp"
#include "support/support.hpp"

namespace verbatim::hostile {

// The Chinese record: the input every text case is made from.
std::string fixtureText();
// Its AKN record, as the golden file has it.
std::string goldenAkn();
// The flags that name it (it has no cover page).
const std::vector<std::string>& recordFlags();

// A directory with in/ for inputs and out/ for outputs, where out/ already
// holds the four outputs of the record (S_PV.9381.zh.*) from an earlier run.
class Scene {
 public:
  Scene();
  std::filesystem::path in(const std::string& name) const { return dir_.path() / "in" / name; }
  std::filesystem::path out() const { return dir_.path() / "out"; }
  const std::filesystem::path& root() const { return dir_.path(); }
  // Writes an input file and returns its path.
  std::string input(const std::string& name, const std::string& bytes) const;
  // verbatim convert INPUT -o out/ --to akn,epub,tei, plus `extra`.
  Outcome convert(const std::string& input, const std::vector<std::string>& extra = {}) const;
  // The names in out/, hidden ones included, sorted.
  std::vector<std::string> listOut() const;
  // The earlier outputs are there, byte for byte, and nothing else.
  void expectUntouched(const std::string& context) const;
  // The run failed with `exitCode`, its message names `file` and says each
  // of `words`, and out/ is as it was.
  void expectRefused(const Outcome& run, int exitCode, const std::string& file,
                     const std::vector<std::string>& words) const;
  // The run succeeded and replaced the four outputs; none is a temporary file.
  void expectConverted(const Outcome& run) const;

 private:
  testing::TempDir dir_;
  std::map<std::string, std::string> before_;
};

// A bound on the peak resident memory of a run, in MiB. Under AddressSanitizer
// (VERBATIM_SANITIZED) shadow memory and quarantine add their own hundreds of
// megabytes: the bound then only catches a run that reads what it must not.
constexpr long rssBoundKiB(long mebibytes) {
#ifdef VERBATIM_SANITIZED
  return (mebibytes + 1024) * 1024;
#else
  return mebibytes * 1024;
#endif
}

// Output names in `names` that are temporary files of verbatim.
std::vector<std::string> temporaries(const std::vector<std::string>& names);

}  // namespace verbatim::hostile
