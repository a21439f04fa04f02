#!/usr/bin/env python3
"""The English records against their gold readings, with the shared scorer.

usage: score_gold.py VERBATIM SHARED_DIR FLOORS.json WORK_DIR

Converts every extraction in SHARED_DIR/corpus/en with the program as a user
runs it, then:
  - every record converts (exit 0) and its AKN is written;
  - a record with a gold reading (SHARED_DIR/gold) is scored by
    SHARED_DIR/tools/score_akn.py and must reach the floors in FLOORS.json:
    turns, exact paragraphs and exact votes per extraction, and word recall,
    word precision, furniture leaks and spaces in Chinese everywhere;
Exits 77 (ctest's "skipped") when SHARED_DIR is absent, saying so.
"""
import json
import pathlib
import subprocess
import sys


def convert(program, source, out_dir):
    out_dir.mkdir(parents=True, exist_ok=True)
    run = subprocess.run([program, "convert", str(source), "-o", str(out_dir), "-q"],
                         capture_output=True, text=True)
    outputs = sorted(out_dir.glob("*.akn.xml"))
    return run, outputs


def score(shared, gold, akn):
    run = subprocess.run([sys.executable, str(shared / "tools" / "score_akn.py"), str(gold),
                          str(akn), "--json"], capture_output=True, text=True, check=True)
    first = run.stdout.splitlines()[0]
    if not first.startswith("{"):
        raise ValueError(f"{akn}: the scorer could not read it: {first}")
    return json.loads(first)


def main():
    program, shared, floors_file, work = sys.argv[1:5]
    shared, work = pathlib.Path(shared), pathlib.Path(work)
    corpus = shared / "corpus" / "en"
    if not corpus.is_dir() or not (shared / "tools" / "score_akn.py").is_file():
        print(f"SKIPPED: {shared} is absent: the gold scores read the shared corpus in place")
        return 77
    floors = json.loads(pathlib.Path(floors_file).read_text(encoding="utf-8"))
    everywhere = floors["everywhere"]
    failures = []

    for source in sorted(corpus.glob("*.txt")):
        extraction = source.name[: -len(".txt")]  # e.g. S_PV.8422.pdftotext-layout
        record = extraction.rsplit(".", 1)[0]
        out_dir = work / extraction
        for stale in out_dir.glob("*") if out_dir.is_dir() else []:
            stale.unlink()
        run, outputs = convert(program, source, out_dir)
        if run.returncode != 0 or len(outputs) != 1:
            failures.append(f"{extraction}: exit {run.returncode}, outputs {outputs}: {run.stderr.strip()}")
            continue
        gold = shared / "gold" / f"{record}.json"
        if not gold.is_file():
            print(f"{extraction}: converts (no gold reading)")
            continue
        r = score(shared, gold, outputs[0])
        print(f"{extraction}: turns {r['turns_matched']}/{r['turns_gold']}, paragraphs "
              f"{r['paras_exact']}/{r['paras_gold']}, votes {r['votes_exact']}/{r['votes_gold']}, "
              f"recall {r['word_recall']:.4f}, precision {r['word_precision']:.4f}, "
              f"leaks {r['furniture_leaks']}")
        floor = floors["records"].get(extraction)
        if floor is None:
            failures.append(f"{extraction}: has a gold reading but no floor in {floors_file}")
            continue
        checks = [
            ("turns", r["turns_matched"], floor["turns"]),
            ("paragraphs", r["paras_exact"], floor["paragraphs"]),
            ("votes", r["votes_exact"], floor["votes"]),
        ]
        for name, got, least in checks:
            if got < least:
                failures.append(f"{extraction}: {name} {got} < floor {least}")
        if r["votes_exact"] != r["votes_gold"]:
            failures.append(f"{extraction}: votes {r['votes_exact']}/{r['votes_gold']}")
        if r["word_recall"] < everywhere["word_recall"]:
            failures.append(f"{extraction}: word recall {r['word_recall']:.4f}")
        if r["word_precision"] < everywhere["word_precision"]:
            failures.append(f"{extraction}: word precision {r['word_precision']:.4f}")
        if r["furniture_leaks"] > everywhere["furniture_leaks"]:
            failures.append(f"{extraction}: {r['furniture_leaks']} furniture leaks")
        if r["cjk_spaces"] > everywhere["cjk_spaces"]:
            failures.append(f"{extraction}: {r['cjk_spaces']} spaces in Chinese")

    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
