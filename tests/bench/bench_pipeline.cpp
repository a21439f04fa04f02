// Speed of each stage on the Chinese record, and of the whole stage-1 + AKN +
// validation run (`make bench`). Figures go in the issue notes, never in tests.
#include <benchmark/benchmark.h>

#include "akn/writer.hpp"
#include "raw/read_raw.hpp"
#include "support/support.hpp"
#include "validate/akn_gate.hpp"

namespace verbatim {
namespace {

const std::string& record() {
  static const std::string text =
      testing::readText(testing::sourceDir() / "fixtures/zh/S_PV.9381.txt");
  return text;
}

RawOptions options() {
  RawOptions o;
  o.meta.symbol = "S/PV.9381";
  o.meta.date = "2023-07-18";
  o.meta.language = "zh";
  o.firstPage = 2;
  return o;
}

void Stage1(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(readRawRecord(record(), "zh", options()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * record().size()));
}

void AknWrite(benchmark::State& state) {
  const Meeting meeting = readRawRecord(record(), "zh", options()).value().meeting;
  for (auto _ : state) benchmark::DoNotOptimize(writeAkn(meeting));
}

void AknValidate(benchmark::State& state) {
  const std::string xml = writeAkn(readRawRecord(record(), "zh", options()).value().meeting);
  for (auto _ : state) {
    auto document = parseXml(xml, "zh");
    benchmark::DoNotOptimize(checkAkn(document.value()));
  }
}

// What `verbatim convert` does per record once the schemas are compiled.
void FullRun(benchmark::State& state) {
  for (auto _ : state) {
    auto reading = readRawRecord(record(), "zh", options());
    const std::string xml = writeAkn(reading.value().meeting);
    auto document = parseXml(xml, "zh");
    benchmark::DoNotOptimize(checkAkn(document.value()));
  }
}

BENCHMARK(Stage1)->Unit(benchmark::kMillisecond);
BENCHMARK(AknWrite)->Unit(benchmark::kMillisecond);
BENCHMARK(AknValidate)->Unit(benchmark::kMillisecond);
BENCHMARK(FullRun)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace verbatim
