"""PoQuAD dev, in process and by fold: the engine's figures on each half of the dev paragraphs.

    .venv/bin/python bench/poquad_folds.py [--sample ../shared/corpus/poquad/poquad_dev_sample.jsonl]

The same figures as ``../shared/eval/poquad.py`` (first- and any-citation
coverage, cited share, false refusals, impossible refused), computed with the
extractive engine called in process, for the two folds of the dev paragraphs
(even and odd lines) and for both together.  A weight or threshold is chosen
on one fold and judged on the other: the fold figures are what to report.
Only the ``dev`` split is read.  ``bench/fit_ranker.py --folds`` scores each
fold with the ranker's weights fitted on the other.  e5 vectors are cached in bench/out/ by text,
so after the first run (a minute or two) a run takes seconds.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.extractive import ExtractiveAnswerer
from knowledge import embed
from knowledge.segment import build_article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "poquad" / "poquad_dev_sample.jsonl"
OUT = Path(__file__).resolve().parent / "out"
CACHE = OUT / "poquad-dev-e5.pkl"


def dev_rows(sample: Path) -> list[dict[str, Any]]:
    """The dev paragraphs of the sample, in file order."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == "dev"]


def folds(rows: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Even and odd paragraphs: the two halves of two-fold cross-validation."""
    return list(rows[0::2]), list(rows[1::2])


@contextmanager
def cached_vectors() -> Iterator[None]:
    """Serve e5 vectors from a cache by text while inside, saving new ones on leaving."""
    OUT.mkdir(exist_ok=True)
    store: dict[str, np.ndarray] = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    size = len(store)
    query, passages = embed.embed_query, embed.embed_passages

    def cached_query(text: str) -> np.ndarray:
        key = "q:" + text
        if key not in store:
            store[key] = query(text)
        return store[key]

    def cached_passages(texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if "p:" + t not in store]
        if missing:
            for t, v in zip(missing, passages(missing), strict=True):
                store["p:" + t] = v
        if not texts:
            return np.zeros((0, embed.DIM), dtype=np.float32)
        return np.array([store["p:" + t] for t in texts], dtype=np.float32)

    embed.embed_query, embed.embed_passages = cached_query, cached_passages  # type: ignore[assignment]
    try:
        yield
    finally:
        embed.embed_query, embed.embed_passages = query, passages  # type: ignore[assignment]
        if len(store) > size:
            CACHE.write_bytes(pickle.dumps(store))


@dataclass(frozen=True)
class Figures:
    """poquad.py's figures over some paragraphs."""

    questions: int
    first: float
    any: float
    share: float
    false_refusals: float
    impossible_refused: float

    def line(self, label: str) -> str:
        return (
            f"{label:>8}: n={self.questions} first={self.first:.3f} any={self.any:.3f} share={self.share:.3f} "
            f"false_refusals={self.false_refusals:.3f} impossible_refused={self.impossible_refused:.3f}"
        )


def score(rows: Sequence[dict[str, Any]], answer: Callable[[str, Any], dict[str, Any]]) -> Figures:
    """Run ``answer(question, article)`` over the rows' questions and score as poquad.py does."""
    first = covered = answerable = refused = impossible = impossible_refused = 0
    shares: list[float] = []
    for r in rows:
        ctx = r["context"]
        article = build_article(ctx, article_id=r["id"])
        for q in r["questions"]:
            a = answer(q["question"], article)
            cits = a["citations"]
            if a["answered"] and cits:
                shares.append(min(1.0, sum(c["end"] - c["start"] for c in cits) / max(1, len(ctx))))
            if q["is_impossible"]:
                impossible += 1
                impossible_refused += not a["answered"]
                continue
            answerable += 1
            refused += not a["answered"]
            inside = [a["answered"] and c["start"] <= q["answer_start"] and q["answer_end"] <= c["end"] for c in cits]
            covered += any(inside)
            first += bool(inside and inside[0])
    n = answerable or 1
    return Figures(
        answerable + impossible,
        first / n,
        covered / n,
        float(np.mean(shares)) if shares else 0.0,
        refused / n,
        impossible_refused / max(1, impossible),
    )


def engine_answer() -> Callable[[str, Any], dict[str, Any]]:
    """The extractive engine as poquad.py sees it (answered, citations)."""
    engine = ExtractiveAnswerer()

    def answer(question: str, article: Any) -> dict[str, Any]:
        a = engine.answer(question, article)
        return {"answered": a.answered, "citations": [{"start": c.start, "end": c.end} for c in a.citations]}

    return answer


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=Path, default=DEFAULT)
    args = ap.parse_args()
    rows = dev_rows(args.sample)
    with cached_vectors():
        answer = engine_answer()
        even, odd = folds(rows)
        print(score(even, answer).line("even"))
        print(score(odd, answer).line("odd"))
        print(score(rows, answer).line("dev"))


if __name__ == "__main__":
    main()
