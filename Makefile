# Thin targets over CMake. `make run` and `make test` work on a fresh Debian
# machine: they install what is missing first (apt-get; root or sudo).

BUILD    ?= build
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
OUT      ?= out
VERBATIM := $(BUILD)/converters/verbatim
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Everything the build and the tests need, as Debian packages. The EPUB tests
# run epubcheck and jing (Java), DAISY Ace (Node, driving chromium) and
# headless chromium with the Noto fonts for Chinese and Arabic.
DEBIAN_PACKAGES := cmake make g++ pkg-config libicu-dev libxml2-dev libxml2-utils \
  libpugixml-dev libzip-dev nlohmann-json3-dev libgtest-dev libbenchmark-dev python3 \
  default-jre-headless epubcheck jing chromium fonts-noto-cjk fonts-noto-core nodejs

# The fuzz harnesses (make fuzz) need clang and its runtime (libFuzzer, ASan,
# UBSan); libclang-rt-14-dev carries libFuzzer for Debian's clang 14.
FUZZ_PACKAGES := clang libclang-rt-14-dev

# DAISY Ace, pinned in tests/epub/tools/package-lock.json, installed there
# (node_modules is not committed). Debian's chromium drives it: no browser
# download. npm comes with some nodejs builds (NodeSource); Debian's is a
# package of its own, installed only when there is no npm.
ACE_DIR := tests/epub/tools

.PHONY: all deps configure build run test bench asan tsan fuzz-deps fuzz fuzz-ci clean

all: build

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  $(SUDO) apt-get install -y --no-install-recommends $$missing || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends $$missing; }; \
	fi
	@command -v npm >/dev/null || $(SUDO) apt-get install -y --no-install-recommends npm
	@[ -x $(ACE_DIR)/node_modules/.bin/ace-cli ] || \
	  (cd $(ACE_DIR) && PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

configure: deps $(BUILD)/CMakeCache.txt

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# The main job on the embedded default: the Chinese record in fixtures/, to
# AKN, the EPUB edition and TEI.
run: build
	$(VERBATIM) convert fixtures/zh/S_PV.9381.txt -o $(OUT) --to akn,epub,tei --report $(OUT)/S_PV.9381.zh.report.json

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: build
	$(BUILD)/tests/bench/verbatim_bench

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer,
# but for the hostile cases of hundreds of megabytes (label "large"): slow
# under ASan, whose shadow memory also makes their RSS bounds meaningless.
asan: deps
	cmake -S . -B $(BUILD)-asan -DCMAKE_BUILD_TYPE=Debug -DVERBATIM_SANITIZE=ON -DVERBATIM_BENCHMARKS=OFF
	cmake --build $(BUILD)-asan -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir $(BUILD)-asan --output-on-failure -j $(JOBS) -LE large

# libFuzzer on stage 1 (raw bytes, every profile) and on the AKN reader with
# its validation gate, one after the other, FUZZ_SECONDS each (FUZZ_RUNS caps
# the executions; -1: no cap). The corpus grows in $(BUILD)-fuzz/corpus, from
# seeds made from the fixtures; a crash is written there as crash-*.
FUZZ_SECONDS ?= 600
FUZZ_RUNS    ?= -1
FUZZ_FLAGS   ?=
FUZZ_DIR     := $(BUILD)-fuzz
fuzz-deps:
	@missing=$$(for p in $(FUZZ_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get install -y --no-install-recommends $$missing; fi

fuzz: fuzz-deps
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DVERBATIM_FUZZ=ON -DVERBATIM_TESTS=OFF -DVERBATIM_BENCHMARKS=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_stage1 fuzz_akn fuzz_seeds
	mkdir -p $(FUZZ_DIR)/corpus/stage1 $(FUZZ_DIR)/corpus/akn
	cd $(FUZZ_DIR)/corpus && ../tests/fuzz/fuzz_stage1 stage1 ../tests/fuzz/seeds/stage1 \
	  -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) -max_len=8192 -timeout=10 \
	  -rss_limit_mb=2048 -print_final_stats=1 $(FUZZ_FLAGS)
	cd $(FUZZ_DIR)/corpus && ../tests/fuzz/fuzz_akn akn ../tests/fuzz/seeds/akn \
	  -dict=$(CURDIR)/tests/fuzz/akn.dict -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) \
	  -max_len=32768 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 $(FUZZ_FLAGS)

# What CI runs: 45 seconds per harness.
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=45

# The batch tests (worker threads) under ThreadSanitizer.
tsan: deps
	cmake -S . -B $(BUILD)-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERBATIM_BENCHMARKS=OFF \
	  -DCMAKE_CXX_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread
	cmake --build $(BUILD)-tsan -j $(JOBS) --target verbatim verbatim_batch_tests
	TSAN_OPTIONS="suppressions=$(CURDIR)/tests/batch/tsan.supp exitcode=66" \
	  $(BUILD)-tsan/tests/batch/verbatim_batch_tests

clean:
	rm -rf $(BUILD) $(BUILD)-asan $(BUILD)-tsan $(BUILD)-fuzz $(OUT)
