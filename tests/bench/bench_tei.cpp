// AKN → TEI (`make bench`): on the Chinese record and on the largest English
// record of ../shared/corpus/en (A/65/PV.71), the stage as the command runs
// it for an AKN input, and its parts. Figures go in the issue notes, never in
// tests.
#include <benchmark/benchmark.h>

#include "akn/reader.hpp"
#include "akn/writer.hpp"
#include "raw/read_raw.hpp"
#include "support/support.hpp"
#include "tei/tei.hpp"
#include "tei/validate.hpp"
#include "validate/akn_gate.hpp"
#include "validate/validator.hpp"

namespace verbatim {
namespace {

const std::string& chineseAkn() {
  static const std::string text =
      testing::readText(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  return text;
}

const Meeting& chinese() {
  static const Meeting read = readAkn(chineseAkn(), "zh").value();
  return read;
}

// The largest English record, through stage 1 and the AKN writer and reader
// as the command takes it; empty when stage 1 cannot read it.
struct English {
  std::string akn;
  Meeting meeting;
  std::string problem;
};

const English& largestEnglish() {
  static const English english = [] {
    English e;
    const auto path = testing::sharedDir() / "corpus/en/A_65_PV.71.pdftotext.txt";
    if (testing::sharedDir().empty()) {
      e.problem = "../shared is absent";
      return e;
    }
    auto reading = readRawRecord(testing::readText(path), path.string(), RawOptions{});
    if (!reading) {
      e.problem = "stage 1 cannot convert A/65/PV.71 yet: " + describe(reading.error());
      return e;
    }
    e.akn = writeAkn(reading.value().meeting);
    auto read = readAkn(e.akn, "A_65_PV.71");
    if (!read) {
      e.problem = describe(read.error());
      return e;
    }
    e.meeting = std::move(read.value());
    return e;
  }();
  return english;
}

// What `verbatim convert RECORD.akn.xml --to tei` does once the schemas are
// compiled: the AKN gate, the reader, the TEI and its checks.
void aknToTei(benchmark::State& state, const std::string& akn) {
  for (auto _ : state) {
    auto document = parseXml(akn, "akn");
    benchmark::DoNotOptimize(checkAkn(document.value()));
    auto read = readAkn(akn, "akn");
    benchmark::DoNotOptimize(writeTei(read.value(), TeiOptions{}));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * akn.size()));
}

void AknToTeiChinese(benchmark::State& state) { aknToTei(state, chineseAkn()); }

void AknToTeiLargestEnglish(benchmark::State& state) {
  const English& english = largestEnglish();
  if (!english.problem.empty()) {
    state.SkipWithError(english.problem.c_str());
    return;
  }
  aknToTei(state, english.akn);
}

// The TEI writer alone: render both files, validate them in-process.
void TeiWriteChinese(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(writeTei(chinese(), TeiOptions{}));
}

void TeiWriteLargestEnglish(benchmark::State& state) {
  const English& english = largestEnglish();
  if (!english.problem.empty()) {
    state.SkipWithError(english.problem.c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(writeTei(english.meeting, TeiOptions{}));
}

// The in-process gate on the finished Chinese TEI: the project's RELAX NG on
// both files and the link check.
void TeiGateChinese(benchmark::State& state) {
  const TeiEdition edition = writeTei(chinese(), TeiOptions{}).value();
  pugi::xml_document record, corpus;
  record.load_string(edition.record.c_str());
  corpus.load_string(edition.corpus.c_str());
  for (auto _ : state)
    benchmark::DoNotOptimize(tei::checkTei({"record", edition.record, &record},
                                           {"corpus", edition.corpus, &corpus}, {}));
}

BENCHMARK(AknToTeiChinese)->Unit(benchmark::kMillisecond);
BENCHMARK(TeiWriteChinese)->Unit(benchmark::kMillisecond);
BENCHMARK(TeiGateChinese)->Unit(benchmark::kMillisecond);
BENCHMARK(AknToTeiLargestEnglish)->Unit(benchmark::kMillisecond);
BENCHMARK(TeiWriteLargestEnglish)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace verbatim
