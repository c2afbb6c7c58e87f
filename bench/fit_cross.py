"""Fit the cross-language ranking weights (bot/ranker.py CROSS_WEIGHTS) on the own articles' other-language questions.

    .venv/bin/python bench/fit_cross.py [--folds]

The training questions are the factual ones of ``bench/eval/<stem>.jsonl`` asked
in the other language than their article (an English question on a Polish
article, a Polish one on an English article); the target is the sentence
holding a gold passage.  A listwise softmax over ``bot.ranker.features`` (as
``bench/fit_ranker.py`` does for PoQuAD), fitted two-fold by article (even and
odd articles in name order, never one article's questions on both sides).
Prints the best-sentence accuracy of the fused search score alone (the rule
before the fit: fused score plus 0.3 x coverage, 30 % off without the answer
type) and of the fit, each fold judged with the weights of the other, and the
weights fitted on all.  With ``--folds`` it also scores the engine (recall,
precision, answered) on each half's other-language questions, with the
weights fitted on all and with those fitted on the other half.  The two fixed
terms added after the fit (``CROSS_NUMBERS``, ``CROSS_SPEAKER``) are left out
of it: too few questions hold a number or ask what a named party questions.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.fit_ranker import fit
from bot import ranker
from bot.extractive import ExtractiveAnswerer
from bot.question import understand
from knowledge import embed
from knowledge.article import Article
from knowledge.segment import build_article
from knowledge.terms import terms

HERE = Path(__file__).resolve().parent / "eval"


@dataclass(frozen=True)
class Case:
    """One gold question of an article, asked in the other language."""

    article: Article
    gold: dict


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def cases(stems: Sequence[str]) -> list[Case]:
    """The other-language questions of the given articles."""
    found = []
    for stem in stems:
        article = build_article((HERE / "articles" / f"{stem}.txt").read_text(encoding="utf-8"), article_id=stem)
        for line in (HERE / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            gold = json.loads(line) if line.strip() else None
            if gold and gold["lang"] != article.lang:
                found.append(Case(article, gold))
    return found


def training_data(found: Sequence[Case], engine: ExtractiveAnswerer) -> list[tuple[np.ndarray, np.ndarray]]:
    """(features, target) per answerable factual question: the target is the sentences holding a gold passage."""
    data = []
    for case in found:
        question = understand(case.gold["question"])
        if not case.gold["answerable"] or question.intent != "fact":
            continue
        index, _ = engine.prepared(case.article)
        hits, matrix = ranker.features(question, index, terms(question.text, question.lang), embed.embed_query(question.text))
        wanted = [_norm(w) for group in case.gold["must_cite"] for w in group]
        target = np.array([any(w in _norm(case.article.sentence_text(h.sentence)) for w in wanted) for h in hits], dtype=float)
        if target.any():
            data.append((ranker.cross_matrix(hits, matrix, case.article), target / target.sum()))
    return data


def best_right(data: list[tuple[np.ndarray, np.ndarray]], score: Callable[[np.ndarray], np.ndarray]) -> float:
    """Share of questions whose best-scored body sentence holds a gold passage."""
    right = 0
    for x, y in data:
        s = np.where(x[:, ranker.CROSS_FEATURES.index("heading")] > 0, -np.inf, score(x))
        right += y[int(np.argmax(s))] > 0
    return right / max(1, len(data))


def fused_only(x: np.ndarray) -> np.ndarray:
    """The rule before the fit: the fused search score plus 0.3 x coverage, 30 % off without the answer type."""
    column = ranker.CROSS_FEATURES.index
    typed = x[:, column("holds_type")] > 0
    return (x[:, column("fused")] + 0.3 * x[:, column("coverage")]) * np.where(typed, 1.0, 0.7)


def engine_figures(found: Sequence[Case], engine: ExtractiveAnswerer) -> tuple[float, float, float]:
    """score.py's recall, precision and answered accuracy over the cases, in process."""
    recalls, precisions, answered = [], [], 0
    for case in found:
        a = engine.answer(case.gold["question"], case.article)
        answered += a.answered == case.gold["answerable"]
        if not case.gold["answerable"]:
            continue
        quotes = [_norm(c.quote) for c in a.citations]
        groups = case.gold["must_cite"]
        recalls.append(sum(any(_norm(x) in q for x in g for q in quotes) for g in groups) / max(1, len(groups)))
        precisions.append(sum(c.paragraph in case.gold["paragraphs"] for c in a.citations) / len(a.citations) if a.citations else 0.0)
    return float(np.mean(recalls)), float(np.mean(precisions)), answered / max(1, len(found))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", action="store_true", help="score the engine on each half with weights fitted on the other")
    args = ap.parse_args()
    stems = sorted(p.stem for p in HERE.glob("*.jsonl"))
    halves = (cases(stems[0::2]), cases(stems[1::2]))
    engine = ExtractiveAnswerer()
    a, b = (training_data(half, engine) for half in halves)
    shipped = ranker.CROSS_WEIGHTS
    wa, wb = fit(a), fit(b)
    print(f"questions: {len(a)} + {len(b)}")
    print(f"best sentence right, fused score alone: {best_right(a, fused_only):.3f} / {best_right(b, fused_only):.3f}")
    print(f"best sentence right, two-fold fit:      {best_right(a, lambda x: x @ wb):.3f} / {best_right(b, lambda x: x @ wa):.3f}")
    w = fit(a + b)
    print("CROSS_WEIGHTS = np.array([" + ", ".join(f"{v:.2f}" for v in w) + "])  # " + ", ".join(ranker.CROSS_FEATURES))
    if args.folds:
        for label, half, weights in (("even", halves[0], wb), ("odd", halves[1], wa)):
            shipped_figures = engine_figures(half, ExtractiveAnswerer())
            ranker.CROSS_WEIGHTS = weights
            held_out = engine_figures(half, ExtractiveAnswerer())
            ranker.CROSS_WEIGHTS = shipped
            print(
                f"{label}: recall/precision/answered {shipped_figures[0]:.3f}/{shipped_figures[1]:.3f}/{shipped_figures[2]:.3f} "
                f"(shipped weights), {held_out[0]:.3f}/{held_out[1]:.3f}/{held_out[2]:.3f} (weights fitted on the other half)"
            )


if __name__ == "__main__":
    main()
