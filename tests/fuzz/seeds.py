#!/usr/bin/env python3
"""Seed corpora for the fuzz harnesses, made from the fixtures into a build
directory (never committed): seeds.py SOURCE_DIR OUT_DIR.

stage1/: pieces of every raw fixture of 2-4 KB cut at line ends, each after a
byte that picks the language profile (the harness's first byte), so that the
fuzzer starts from real records in every profile and stays fast (libFuzzer's
-max_len). akn/: small valid AKN records cut from the expected AKN files (the
meta and the first speech), and the whole files; tests/fuzz/data holds what the
French fixture converts to (votes, their counts and outcome), as a seed only."""
import pathlib
import sys

source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
PROFILES = 7  # the harness's first byte modulo profiles + 1 (6 profiles, and "guess")


def pieces(data, size=3000, count=4):
    lines = data.split(b"\n")
    chunk, found = [], []
    for line in lines:
        chunk.append(line)
        if sum(len(x) + 1 for x in chunk) >= size:
            found.append(b"\n".join(chunk) + b"\n")
            chunk = []
    if chunk:
        found.append(b"\n".join(chunk))
    step = max(1, len(found) // count)
    return found[::step][:count]


stage1 = out / "stage1"
stage1.mkdir(parents=True, exist_ok=True)
for text in sorted((source / "fixtures").glob("*/*.txt")):
    for i, piece in enumerate(pieces(text.read_bytes())):
        for profile in range(PROFILES):
            (stage1 / f"{text.stem}-{i}-{profile}").write_bytes(bytes([profile]) + piece)

akn = out / "akn"
akn.mkdir(parents=True, exist_ok=True)
files = list((source / "fixtures").glob("*/expected/*.akn.xml"))
files += list((source / "tests").glob("*/data/*.akn.xml"))  # fuzz/data: a vote and its result
for path in sorted(files):
    data = path.read_bytes()
    end = data.find(b"</speech>")
    if end > 0:
        small = data[: end + len(b"</speech>")]
        small += b"</debateSection></debateBody></debate></akomaNtoso>\n"
        (akn / f"{path.name}-small").write_bytes(small)
    (akn / path.name).write_bytes(data)
