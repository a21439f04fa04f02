#!/usr/bin/env bash
# The Chinese record to EPUB 3, side by side in one hyperfine run:
#   verbatim  raw text → AKN (validated) → EPUB (validated, checked), as a user runs it
#   pandoc    the raw text read as Markdown with East Asian line breaks → EPUB 3
# Usage: tests/bench/epub_vs_pandoc.sh [BUILD_DIR]   (default: build; needs hyperfine, pandoc)
# Prints hyperfine's table; with EXPORT=FILE.md also writes it as Markdown.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
verbatim="$build/converters/verbatim"
record=fixtures/zh/S_PV.9381.txt
for tool in hyperfine pandoc "$verbatim"; do
  command -v "$tool" >/dev/null || { echo "epub_vs_pandoc.sh: $tool not found" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf -- "$out"' EXIT
# Without SOURCE_DATE_EPOCH both are deterministic enough to compare; the
# metadata pandoc needs (a title) goes on its command line.
hyperfine --warmup 3 --runs "${RUNS:-30}" -N ${EXPORT:+--export-markdown "$EXPORT"} \
  --command-name "verbatim convert --to epub" \
  "$verbatim convert $record --to epub -q -o $out" \
  --command-name "pandoc -f markdown+east_asian_line_breaks -t epub3" \
  "pandoc -f markdown+east_asian_line_breaks -t epub3 --metadata title=S/PV.9381 --metadata lang=zh-Hans -o $out/pandoc.epub $record"
ls -l "$out"
