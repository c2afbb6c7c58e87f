#!/usr/bin/env python3
"""Measure the claims ledger: what it extracts, how fast, and that every span is verbatim.

Usage:
    .venv/bin/python bench/claims.py [--corpus PATH] [--show]

For the seed article and the two test fixtures: claims, parties, entities and
extraction time.  For every PoQuAD paragraph (Polish Wikipedia, read in place,
GPL: never copied): how many paragraphs yield claims, how many spans fail the
verbatim check (must be 0), and the time per paragraph.  ``--show`` prints every
claim found, for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.article import read_text
from knowledge.claims import Ledger, extract
from knowledge.library import shipped_text
from knowledge.segment import build_article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "poquad" / "poquad_dev_sample.jsonl"


def _bad_spans(text: str, ledger: Ledger) -> int:
    bad = sum(text[c.start : c.end] != c.text for c in ledger.claims)
    return bad + sum(text[e.start : e.end] != e.name for e in ledger.entities)


def _timed(text: str) -> tuple[Ledger, float]:
    article = build_article(text)
    t0 = time.perf_counter()
    ledger = extract(article)
    return ledger, time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", action="store_true", help="print every claim")
    args = parser.parse_args()

    for warm in ("Jan Nowak powiedział, że tak.", "John Smith said that it was so."):
        extract(build_article(warm))  # load the dictionaries first
    texts = {"seed": shipped_text()} | {p.name: read_text(p) for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))}
    for name, text in texts.items():
        ledger, secs = _timed(text)
        print(
            f"{name:18} claims {len(ledger.claims):3}  parties {len(ledger.parties()):3}  entities {len(ledger.entities):3}  "
            f"bad spans {_bad_spans(text, ledger)}  {secs * 1000:6.1f} ms"
        )
        if args.show:
            for c in ledger.claims:
                print(f"    ¶{c.paragraph:<3} {c.canonical} · {c.act} · {c.stance}{' via ' + c.via if c.via else ''}: {c.text[:90]}")

    if not args.corpus.exists():
        print(f"(no PoQuAD sample at {args.corpus})")
        return 0
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    total = bad = with_claims = 0
    secs = 0.0
    for row in rows:
        ledger, took = _timed(row["context"])
        secs += took
        total += len(ledger.claims)
        with_claims += bool(ledger.claims)
        bad += _bad_spans(row["context"], ledger)
        if args.show:
            for c in ledger.claims:
                print(f"    {row['id']} {c.speaker} · {c.act}: {c.text[:90]}")
    print(
        f"poquad: {len(rows)} paragraphs, {with_claims} with claims, {total} claims, bad spans {bad}, "
        f"{secs / len(rows) * 1000:.1f} ms per paragraph"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
