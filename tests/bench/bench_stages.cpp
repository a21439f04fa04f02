// Every stage of `verbatim convert --to akn,epub,tei`, one benchmark each, on
// the Chinese record (fixtures/) and on the largest English record with a vote
// (../shared/corpus/en/A_65_PV.71.pdftotext.txt; skipped, saying so, when
// ../shared is absent). `make bench` runs them; figures go in the issue notes,
// never in tests. The schemas are compiled before the first iteration, as the
// command compiles them once per process.
#include <benchmark/benchmark.h>

#include "akn/reader.hpp"
#include "akn/writer.hpp"
#include "core/conservation.hpp"
#include "epub/epub.hpp"
#include "raw/grammar.hpp"
#include "raw/profile.hpp"
#include "raw/read_raw.hpp"
#include "raw/recognise.hpp"
#include "support/support.hpp"
#include "tei/tei.hpp"
#include "validate/akn_gate.hpp"

namespace verbatim {
namespace {

struct Record {
  std::string bytes;
  RawOptions options;
  std::string problem;  // why it cannot be benchmarked here; empty when it can
};

Record chineseRecord() {
  Record r;
  r.bytes = testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt");
  r.options.meta.symbol = "S/PV.9381";
  r.options.meta.date = "2023-07-18";
  r.options.meta.language = "zh";
  r.options.firstPage = 2;
  return r;
}

Record englishRecord() {
  Record r;
  if (testing::sharedDir().empty()) {
    r.problem = "../shared is absent: the English record is not benchmarked";
    return r;
  }
  r.bytes = testing::readText(testing::sharedDir() / "corpus/en/A_65_PV.71.pdftotext.txt");
  return r;  // the cover page gives symbol, date and language
}

const Record& record(bool english) {
  static const Record chinese = chineseRecord();
  static const Record largest = englishRecord();
  return english ? largest : chinese;
}

// The values each stage starts from, made once.
struct Prepared {
  RawText text;
  Meeting meeting;
  std::string akn;
  Meeting pivot;  // the AKN read back: what EPUB and TEI are rendered from
};

const Prepared& prepared(bool english) {
  static const auto make = [](bool en) {
    Prepared p;
    const Record& r = record(en);
    if (!r.problem.empty()) return p;
    p.text = readRawText(r.bytes, "bench", r.options).value();
    p.meeting = recogniseRecord(p.text).meeting;
    p.akn = writeAkn(p.meeting);
    p.pivot = readAkn(p.akn, "bench").value();
    return p;
  };
  static const Prepared chinese = make(false);
  static const Prepared largest = make(true);
  return english ? largest : chinese;
}

bool skipped(benchmark::State& state, bool english) {
  const Record& r = record(english);
  if (r.problem.empty()) return false;
  state.SkipWithError(r.problem.c_str());
  return true;
}

// Decode, normalise, remove page furniture, read the cover, join lines.
void TextAndReflow(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const Record& r = record(english);
  for (auto _ : state) benchmark::DoNotOptimize(readRawText(r.bytes, "bench", r.options));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * r.bytes.size()));
}

// Speakers, procedure, votes, pages.
void Recognise(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const RawText& text = prepared(english).text;
  const Grammar& grammar = Grammar::of(*text.profile);
  for (auto _ : state) {
    Audit audit;
    benchmark::DoNotOptimize(recognise(text.paragraphs, grammar, text.meta, text.firstPage,
                                       text.cover.found ? &text.cover : nullptr, audit));
  }
}

// Nothing of the input lost: the check the command makes after stage 1.
void Conservation(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const Prepared& p = prepared(english);
  const RawReading reading = recogniseRecord(p.text);
  for (auto _ : state)
    benchmark::DoNotOptimize(checkConservation(reading.decodedText, meetingText(reading.meeting),
                                               reading.audit.removedText(),
                                               reading.audit.insertedText()));
}

void AknWrite(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const Meeting& meeting = prepared(english).meeting;
  for (auto _ : state) benchmark::DoNotOptimize(writeAkn(meeting));
}

// The gate: parse, the project's RELAX NG and Schematron.
void AknValidate(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const std::string& akn = prepared(english).akn;
  for (auto _ : state) {
    auto document = parseXml(akn, "bench");
    benchmark::DoNotOptimize(checkAkn(document.value()));
  }
}

void AknRead(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const std::string& akn = prepared(english).akn;
  for (auto _ : state) benchmark::DoNotOptimize(readAkn(akn, "bench"));
}

// Render, validate in-process, pack, check the container.
void Epub(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const Meeting& pivot = prepared(english).pivot;
  for (auto _ : state) benchmark::DoNotOptimize(writeEpub(pivot, EpubOptions{}));
}

// Render the record and its corpus root, validate both in-process.
void Tei(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const Meeting& pivot = prepared(english).pivot;
  for (auto _ : state) benchmark::DoNotOptimize(writeTei(pivot, TeiOptions{}));
}

// Everything `verbatim convert --to akn,epub,tei` does per record in-process.
void FullPipeline(benchmark::State& state, bool english) {
  if (skipped(state, english)) return;
  const Record& r = record(english);
  for (auto _ : state) {
    RawReading reading = readRawRecord(r.bytes, "bench", r.options).value();
    benchmark::DoNotOptimize(checkConservation(reading.decodedText, meetingText(reading.meeting),
                                               reading.audit.removedText(),
                                               reading.audit.insertedText()));
    const std::string akn = writeAkn(reading.meeting);
    auto document = parseXml(akn, "bench");
    benchmark::DoNotOptimize(checkAkn(document.value()));
    const Meeting pivot = readAkn(akn, "bench").value();
    benchmark::DoNotOptimize(writeEpub(pivot, EpubOptions{}));
    benchmark::DoNotOptimize(writeTei(pivot, TeiOptions{}));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * r.bytes.size()));
}

// A language's grammar, compiled from its profile on first use: once per
// process and language, so it weighs on a single record. Timed once each,
// before any stage benchmark has used a grammar (they run in this order).
// Arabic's patterns allow vowel marks after every letter.
void GrammarCompile(benchmark::State& state, const char* language) {
  const LanguageProfile* profile = findProfile(language);
  if (!profile) {
    state.SkipWithError("no profile");
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(&Grammar::of(*profile));
}
#define VERBATIM_GRAMMAR(language)                       \
  BENCHMARK_CAPTURE(GrammarCompile, language, #language) \
      ->Iterations(1)                                    \
      ->Unit(benchmark::kMillisecond)
VERBATIM_GRAMMAR(ar);
VERBATIM_GRAMMAR(en);
VERBATIM_GRAMMAR(es);
VERBATIM_GRAMMAR(fr);
VERBATIM_GRAMMAR(ru);
VERBATIM_GRAMMAR(zh);

#define VERBATIM_STAGE(stage)                                                   \
  BENCHMARK_CAPTURE(stage, zh_S_PV_9381, false)->Unit(benchmark::kMillisecond); \
  BENCHMARK_CAPTURE(stage, en_A_65_PV_71, true)->Unit(benchmark::kMillisecond)

VERBATIM_STAGE(TextAndReflow);
VERBATIM_STAGE(Recognise);
VERBATIM_STAGE(Conservation);
VERBATIM_STAGE(AknWrite);
VERBATIM_STAGE(AknValidate);
VERBATIM_STAGE(AknRead);
VERBATIM_STAGE(Epub);
VERBATIM_STAGE(Tei);
VERBATIM_STAGE(FullPipeline);

}  // namespace
}  // namespace verbatim
