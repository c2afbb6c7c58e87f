#!/usr/bin/env python3
"""Measure the sentence splitter on the seed and on PoQuAD paragraphs.

Usage:
    .venv/bin/python bench/segmentation.py [--corpus PATH] [--show N] [--seed N]

Prints paragraph and sentence counts; every full stop followed by a capital
that was *not* split (possible missed boundaries); every boundary whose left
side looks like a possible false split (a short word ending in '.', a single
capital, a number, a dotted abbreviation); and a random sample of all
boundaries, for reading by eye.  The corpus is read in place (GPL data: never
copied into the project).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.library import shipped_text
from knowledge.segment import build_article

# ../shared next to the checkout (evaluation data, GPL: read in place, never copied)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "poquad" / "poquad_dev_sample.jsonl"
_LAST_WORD = re.compile(r"(\S+)\s*$")
# a full stop (or ?/!) then a capital inside one sentence: a boundary the splitter did not take
_INNER_STOP = re.compile(r"[.!?][”\"»)]*\s+[„“\"«(]?[A-ZĄĆĘŁŃÓŚŹŻ]")


def suspicion(left: str) -> str | None:
    """Why a boundary after ``left`` might be wrong, or None."""
    m = _LAST_WORD.search(left)
    word = m.group(1) if m else ""
    core = word.strip("„“”\"'()[]«»")
    if re.fullmatch(r"\d+\.", core):
        return "number"
    if re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ]\.", core):
        return "initial"
    if core.endswith(".") and len(core) <= 5 and core[:-1].isalpha() and core[:-1].islower():
        return "short word"
    if core.count(".") >= 2 and len(core) <= 8:
        return "dotted"
    return None


def boundaries(text: str) -> list[tuple[str, str]]:
    """(left context, right context) for each sentence boundary inside a paragraph."""
    article = build_article(text)
    out = []
    sents = article.sentences
    for a, b in itertools.pairwise(sents):
        if a.paragraph == b.paragraph:
            out.append((text[max(a.start, a.end - 40) : a.end], text[b.start : b.start + 30]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--show", type=int, default=30, help="random boundaries to print")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    texts = [("seed", shipped_text())]
    if args.corpus.exists():
        for line in args.corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append((row["id"], row["context"]))
    n_par = n_sent = n_seed = lost = 0
    kept: list[tuple[str, str]] = []
    all_bounds: list[tuple[str, str, str]] = []
    for name, text in texts:
        article = build_article(text)
        n_par += len(article.body_paragraphs())
        n_sent += len(article.sentences)
        if name == "seed":
            n_seed = len(article.sentences)
        all_bounds += [(name, left, right) for left, right in boundaries(text)]
        covered = set()
        for sent in article.sentences:
            covered.update(range(sent.start, sent.end))
            body = text[sent.start : sent.end]
            kept += [(name, body[max(0, m.start() - 40) : m.end() + 25]) for m in _INNER_STOP.finditer(body)]
        for p in article.body_paragraphs():
            lost += sum(1 for i in range(p.start, p.end) if i not in covered and not text[i].isspace())
        if name == "seed":
            print(f"seed: {len(article.paragraphs)} paragraphs, {len(article.sentences)} sentences")
    poquad_bounds = sum(name != "seed" for name, _, _ in all_bounds)
    print(f"PoQuAD: {len(texts) - 1} paragraphs, {n_sent - n_seed} sentences, {poquad_bounds} in-paragraph boundaries")
    print(f"all: {len(texts)} texts, {n_par} body paragraphs, {n_sent} sentences, {len(all_bounds)} in-paragraph boundaries")
    print(f"characters of body paragraphs outside every sentence: {lost}")
    print(f"stops followed by a capital inside a sentence (not split): {len(kept)}")
    for name, context in kept:
        print(f"  {name}: …{context}…")
    flagged = [(suspicion(left), name, left, right) for name, left, right in all_bounds]
    flagged = [f for f in flagged if f[0]]
    print(f"flagged for reading: {len(flagged)}")
    for why, name, left, right in flagged:
        print(f"  [{why}] {name}: …{left} ‖ {right}…")
    rng = random.Random(args.seed)
    print(f"random sample of {min(args.show, len(all_bounds))} boundaries:")
    for name, left, right in rng.sample(all_bounds, min(args.show, len(all_bounds))):
        print(f"  {name}: …{left} ‖ {right}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
