"""Fit the sentence ranker's feature weights (bot/ranker.py WEIGHTS) on PoQuAD dev paragraphs.

    .venv/bin/python bench/fit_ranker.py [--sample ../shared/corpus/poquad/poquad_dev_sample.jsonl]

A listwise softmax (the sentence holding the gold answer is the target) over
the features of ``bot.ranker.features``, fitted by gradient descent with a
little L2.  Only the ``dev`` split is read; the holdout stays unseen.  Prints
the weights and top-1 sentence accuracy, in-sample and two-fold.  Sentence
vectors are cached in bench/out/ (embedding the paragraphs takes a minute).
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np

from bot.question import understand
from bot.ranker import FEATURES, features
from knowledge import embed
from knowledge.search import SentenceIndex
from knowledge.segment import build_article
from knowledge.terms import terms

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "poquad" / "poquad_dev_sample.jsonl"
OUT = Path(__file__).resolve().parent / "out"


def load(sample: Path) -> list[tuple[np.ndarray, np.ndarray]]:
    """(feature matrix, target) per answerable dev question."""
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] == "dev"]
    OUT.mkdir(exist_ok=True)
    # vectors by text, so a change of segmentation re-embeds only what changed
    cache = OUT / "poquad-dev-vectors.pkl"
    vectors: dict[str, np.ndarray] = pickle.loads(cache.read_bytes()) if cache.exists() else {}

    def vector(text: str, query: bool) -> np.ndarray:
        key = ("q:" if query else "p:") + text
        if key not in vectors:
            vectors[key] = embed.embed_query(text) if query else embed.embed_passages([text])[0]
        return vectors[key]

    data = []
    for r in rows:
        article = build_article(r["context"])
        index = SentenceIndex(article, np.array([vector(article.sentence_text(s), False) for s in article.sentences]))
        for q in r["questions"]:
            if q["is_impossible"]:
                continue
            question = understand(q["question"])
            hits, matrix = features(question, index, terms(question.text, question.lang), vector(q["question"], True))
            target = np.array([h.sentence.start <= q["answer_start"] and q["answer_end"] <= h.sentence.end for h in hits], dtype=float)
            if target.any():
                data.append((matrix, target / target.sum()))
    cache.write_bytes(pickle.dumps(vectors))
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
    args = ap.parse_args()
    data = load(args.sample)
    a, b = data[0::2], data[1::2]
    print(f"two-fold top-1: {top1(b, fit(a)):.3f} / {top1(a, fit(b)):.3f}")
    w = fit(data)
    print(f"in-sample top-1: {top1(data, w):.3f} over {len(data)} questions")
    print("WEIGHTS = np.array([" + ", ".join(f"{v:.2f}" for v in w) + "])  # " + ", ".join(FEATURES))


if __name__ == "__main__":
    main()
