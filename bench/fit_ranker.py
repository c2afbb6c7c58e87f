"""Fit the sentence ranker's feature weights (bot/ranker.py WEIGHTS) on PoQuAD dev paragraphs.

    .venv/bin/python bench/fit_ranker.py [--folds] [--sample ../shared/corpus/poquad/poquad_dev_sample.jsonl]

A listwise softmax (the sentence holding the gold answer is the target) over
the features of ``bot.ranker.features``, fitted by gradient descent with a
little L2.  Only the ``dev`` split is read; the holdout stays unseen.  Prints
top-1 sentence accuracy two-fold (fitted on one half of the paragraphs,
measured on the other) and in-sample, and the weights fitted on all of dev.
With ``--folds`` it also scores the engine on each half with the weights
fitted on the other half (``bench/poquad_folds.py``'s figures, held out).
Sentence vectors come from bench/poquad_folds.py's cache in bench/out/.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.poquad_folds import DEFAULT, cached_vectors, dev_rows, engine_answer, folds, score
from bot import ranker
from bot.extractive import ExtractiveAnswerer
from bot.question import understand
from bot.ranker import FEATURES, features
from knowledge import embed
from knowledge.segment import build_article
from knowledge.terms import terms


def training_data(rows: Sequence[dict[str, Any]], engine: ExtractiveAnswerer) -> list[tuple[np.ndarray, np.ndarray]]:
    """(feature matrix, target) per answerable question whose answer lies inside one sentence."""
    data = []
    for r in rows:
        article = build_article(r["context"], article_id=r["id"])
        index, _ = engine.prepared(article)
        for q in r["questions"]:
            if q["is_impossible"]:
                continue
            question = understand(q["question"])
            hits, matrix = features(question, index, terms(question.text, question.lang), embed.embed_query(question.text))
            target = np.array([h.sentence.start <= q["answer_start"] and q["answer_end"] <= h.sentence.end for h in hits], dtype=float)
            if target.any():
                data.append((matrix, target / target.sum()))
    return data


def fit(data: list[tuple[np.ndarray, np.ndarray]], l2: float = 0.01, epochs: int = 400, rate: float = 0.5) -> np.ndarray:
    """Listwise softmax regression by plain gradient descent."""
    w = np.zeros(data[0][0].shape[1])
    for _ in range(epochs):
        grad = np.zeros_like(w)
        for x, y in data:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += x.T @ (p - y)
        w -= rate * (grad / len(data) + l2 * w)
    return w


def top1(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    """Share of questions whose best-scored sentence holds the answer."""
    return float(np.mean([y[int(np.argmax(x @ w))] > 0 for x, y in data]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=Path, default=DEFAULT)
    ap.add_argument("--folds", action="store_true", help="score the engine on each half with weights fitted on the other")
    args = ap.parse_args()
    even, odd = folds(dev_rows(args.sample))
    with cached_vectors():
        engine = ExtractiveAnswerer()
        a, b = training_data(even, engine), training_data(odd, engine)
        wa, wb = fit(a), fit(b)
        print(f"two-fold top-1: {top1(b, wa):.3f} / {top1(a, wb):.3f}")
        w = fit(a + b)
        print(f"in-sample top-1: {top1(a + b, w):.3f} over {len(a) + len(b)} questions")
        print("WEIGHTS = np.array([" + ", ".join(f"{v:.2f}" for v in w) + "])  # " + ", ".join(FEATURES))
        if args.folds:
            answer = engine_answer()
            for label, rows, weights in (("even", even, wb), ("odd", odd, wa)):
                ranker.WEIGHTS = weights
                print(score(rows, answer).line(label) + "  (weights fitted on the other half)")


if __name__ == "__main__":
    main()
