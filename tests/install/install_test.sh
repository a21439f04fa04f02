#!/bin/sh
# `cmake --install` into a temporary prefix, then a program of someone else's
# built against it with find_package(verbatim): the package, the headers and
# the libraries are usable; the man page and the Makefile fragment are there.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 source=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/verbatim-install-XXXXXX")
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for f in bin/verbatim share/man/man1/verbatim.1 share/verbatim/verbatim.mk \
         lib/cmake/verbatim/verbatimConfig.cmake lib/cmake/verbatim/verbatimConfigVersion.cmake \
         include/verbatim/raw/read_raw.hpp include/verbatim/core/model.hpp; do
  [ -e "$work/prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
[ ! -e "$work/prefix/include/verbatim/cli" ] || { echo "the command's own headers are installed"; exit 1; }
cmake -S "$source/tests/install/consumer" -B "$work/consumer" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_PREFIX_PATH="$work/prefix" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; exit 1; }
cmake --build "$work/consumer" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
out=$("$work/consumer/consumer" "$source/fixtures/zh/S_PV.9381.txt")
[ "$out" = "25 turns, valid" ] || { echo "consumer said: $out"; exit 1; }
echo "installed package works: $out"
