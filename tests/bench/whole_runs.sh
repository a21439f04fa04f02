#!/usr/bin/env bash
# Whole runs, side by side in one hyperfine run, on this machine:
#
#   1. one record, the Chinese one in fixtures/:
#        verbatim   raw text → AKN → EPUB + TEI, every stage validated (the full pipeline)
#        verbatim   raw text → AKN only
#        pandoc     -f markdown+east_asian_line_breaks -t epub3 (the raw text read as Markdown)
#        calibre    ebook-convert .txt → .epub (when installed)
#   2. a batch: the records of fixtures/ (and of ../shared/corpus/en when present) replicated
#      to BATCH records (default 200), each with a sidecar giving it a symbol of its own,
#      converted by one verbatim command (at -j 1 and -j N when the command has -j);
#   3. peak resident memory (GNU time) of the one record and of the batch.
#
# Usage: tests/bench/whole_runs.sh [BUILD_DIR]   (default: build; needs hyperfine and pandoc)
# Environment: RUNS (default 20), BATCH (default 200), EXPORT=FILE.md (hyperfine's tables).
# Figures go in the issue notes, never in tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
verbatim="$PWD/$build/converters/verbatim"
record=fixtures/zh/S_PV.9381.txt
runs=${RUNS:-20}
batch=${BATCH:-200}
for tool in hyperfine pandoc "$verbatim"; do
  command -v "$tool" >/dev/null || { echo "whole_runs.sh: $tool not found" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
mkdir -p "$work/one" "$work/batch-in" "$work/batch-out"

echo "## One record: $record ($(wc -c <"$record") bytes)"
commands=(
  --command-name "verbatim --to akn,epub,tei" "$verbatim convert $record -q -o $work/one --to akn,epub,tei"
  --command-name "verbatim --to akn" "$verbatim convert $record -q -o $work/one"
  --command-name "pandoc -t epub3"
  "pandoc -f markdown+east_asian_line_breaks -t epub3 --metadata title=S/PV.9381 --metadata lang=zh-Hans -o $work/one/pandoc.epub $record"
)
if command -v ebook-convert >/dev/null; then
  commands+=(--command-name "calibre ebook-convert" "ebook-convert $record $work/one/calibre.epub")
else
  echo "(calibre's ebook-convert is not installed: not compared)"
fi
hyperfine --warmup 3 --runs "$runs" -N ${EXPORT:+--export-markdown "$EXPORT.one.md"} "${commands[@]}"

if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak RSS, one record, full pipeline: %M KiB" \
    "$verbatim" convert "$record" -q -o "$work/one" --to akn,epub,tei
fi

# The batch: every record that converts without flags (the Chinese one through
# its sidecar), copied with sidecars that name distinct symbols.
sources=(fixtures/zh/S_PV.9381.txt fixtures/zh/S_PV.99994.txt fixtures/fr/S_PV.99990.txt
  fixtures/es/S_PV.99991.txt fixtures/ru/S_PV.99992.txt fixtures/ar/S_PV.99993.txt)
if [ -d ../shared/corpus/en ]; then
  sources+=(../shared/corpus/en/*.pdftotext.txt)
else
  echo "(../shared is absent: the batch has the fixtures only)"
fi
for ((i = 0; i < batch; i++)); do
  src=${sources[$((i % ${#sources[@]}))]}
  name=$(printf 'r%05d' "$i")
  cp "$src" "$work/batch-in/$name.txt"
  lang=$(case "$src" in */zh/*) echo zh ;; */fr/*) echo fr ;; */es/*) echo es ;;
    */ru/*) echo ru ;; */ar/*) echo ar ;; *) echo en ;; esac)
  first=$([ "$src" = "$record" ] && echo ', "first_page": 2' || true)
  printf '{"symbol": "S/PV.%d", "date": "2023-07-18", "language": "%s"%s}\n' \
    $((80000 + i)) "$lang" "$first" >"$work/batch-in/$name.meta.json"
done
bytes=$(cat "$work"/batch-in/*.txt | wc -c)
echo
echo "## A batch of $batch records ($bytes bytes), AKN + EPUB + TEI, one command"
inputs=("$work"/batch-in/*.txt)
batch_commands=()
jobs_list=(1)
if "$verbatim" --help 2>&1 | grep -q -- '-j'; then jobs_list=(1 "$(nproc)"); fi
for j in "${jobs_list[@]}"; do
  jflag=$("$verbatim" --help 2>&1 | grep -q -- '-j' && echo "-j $j" || true)
  batch_commands+=(--command-name "verbatim batch ${jflag:-sequential}"
    "$verbatim convert ${inputs[*]} -q -o $work/batch-out --to akn,epub,tei $jflag")
done
hyperfine --warmup 1 --runs 3 -N -i ${EXPORT:+--export-markdown "$EXPORT.batch.md"} \
  "${batch_commands[@]}"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak RSS, batch of $batch: %M KiB, %e s" \
    "$verbatim" convert "${inputs[@]}" -q -o "$work/batch-out" --to akn,epub,tei || true
fi
echo "outputs: $(find "$work/batch-out" -type f | wc -l) files"
