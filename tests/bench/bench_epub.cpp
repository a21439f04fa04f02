// AKN → EPUB on the Chinese record (`make bench`): the whole stage as the
// command runs it for an AKN input, and its parts. Figures go in the issue
// notes, never in tests. tests/bench/whole_runs.sh compares the command
// with pandoc on the same record.
#include <benchmark/benchmark.h>

#include "akn/reader.hpp"
#include "epub/container.hpp"
#include "epub/content.hpp"
#include "epub/epub.hpp"
#include "epub/layout.hpp"
#include "epub/locale.hpp"
#include "support/support.hpp"
#include "validate/akn_gate.hpp"
#include "validate/validator.hpp"

namespace verbatim {
namespace {

const std::string& akn() {
  static const std::string text =
      testing::readText(testing::sourceDir() / "fixtures/zh/expected/S_PV.9381.zh.akn.xml");
  return text;
}

const Meeting& meeting() {
  static const Meeting read = readAkn(akn(), "zh").value();
  return read;
}

// What `verbatim convert RECORD.akn.xml --to epub` does once the schemas are
// compiled: the AKN gate, the reader, the edition and its checks.
void AknToEpub(benchmark::State& state) {
  for (auto _ : state) {
    auto document = parseXml(akn(), "zh");
    benchmark::DoNotOptimize(checkAkn(document.value()));
    auto read = readAkn(akn(), "zh");
    benchmark::DoNotOptimize(writeEpub(read.value(), EpubOptions{}));
  }
}

// The EPUB writer alone: render, validate in-process, pack, check the container.
void EpubWrite(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(writeEpub(meeting(), EpubOptions{}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * akn().size()));
}

// Rendering the XHTML content documents only (no navigation, checks or ZIP).
void EpubRenderContent(benchmark::State& state) {
  const auto& locale = *epub::findEditionLocale("zh");
  for (auto _ : state) {
    const auto layout = epub::layOut(meeting(), locale);
    const auto facts = epub::recordFacts(meeting(), locale);
    benchmark::DoNotOptimize(epub::renderParts(meeting(), facts, layout, locale));
  }
}

// Unpacking the finished edition: what the container check reads back.
void EpubUnpack(benchmark::State& state) {
  const std::string book = writeEpub(meeting(), EpubOptions{}).value();
  for (auto _ : state) benchmark::DoNotOptimize(epub::unpackContainer(book));
}

BENCHMARK(AknToEpub)->Unit(benchmark::kMillisecond);
BENCHMARK(EpubWrite)->Unit(benchmark::kMillisecond);
BENCHMARK(EpubRenderContent)->Unit(benchmark::kMillisecond);
BENCHMARK(EpubUnpack)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace verbatim
