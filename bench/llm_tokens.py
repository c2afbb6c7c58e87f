#!/usr/bin/env python3
"""Tokens the LLM engine sends per question, against sending the whole article, and the citation recall kept.

Usage:
    .venv/bin/python bench/llm_tokens.py [GOLD.jsonl] [--article FILE] [--k 4 8 12]

No model is called.  Recall needs a model's answers, so a scripted stand-in
takes the model's place: an *oracle* that, from the passages it was actually
sent, copies each one containing a gold phrase (``must_cite``), optionally with
the typographic slips models make (straight quotes, ASCII dashes, folded
spaces).  Its replies go through the real engine (parsing, verification,
rendering), so the figure measures what retrieval and verification keep of the
evidence, not how well any real model answers.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import context
from bot.chat import Completion
from bot.extractive import ExtractiveAnswerer
from bot.llm import LLMAnswerer
from knowledge import claims
from knowledge.article import Article, read_text
from knowledge.segment import build_article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
ENCODING = "o200k_base"
BUDGET = 5200  # the default OPENAI_CONTEXT_TOKENS minus OPENAI_MAX_OUTPUT_TOKENS
_PASSAGE = re.compile(r"^\[(\d+)\] \(¶\d+(?:, [^)]*)?\) (.*)$", re.M)


def norm(s: str) -> str:
    return " ".join(s.split())


def slip(text: str) -> str:
    """The typographic changes a model tends to make when it copies text."""
    return norm(text.replace("„", '"').replace("”", '"').replace("–", "-"))


class OracleChat:
    """Stands in for the model: quotes every passage it was sent that holds a gold phrase."""

    def __init__(self, slips: bool) -> None:
        self.slips = slips
        self.gold: list[list[str]] = []
        self.sent: list[int] = []

    def complete(self, messages: Sequence[dict[str, str]], *, stream: bool = False) -> Completion:
        self.sent.append(context.count_messages(messages, ENCODING))
        user = messages[-1]["content"]
        quotes = []
        for n, text in _PASSAGE.findall(user):
            if any(norm(phrase) in norm(text) for group in self.gold for phrase in group):
                quotes.append({"passage": int(n), "quote": slip(text) if self.slips else text, "translation": None})
        reply = {"answered": bool(quotes), "answer": "See the quotes.", "quotes": quotes}
        return Completion(json.dumps(reply, ensure_ascii=False), None, None, True)

    def close(self) -> None:
        pass


def recall(gold: dict, citations: Sequence[str]) -> float:
    """The share of expected passages some citation covers (eval/score.py's citation_recall)."""
    quotes = [norm(q) for q in citations]
    groups = gold["must_cite"]
    hit = sum(1 for grp in groups if any(norm(x) in q for x in grp for q in quotes))
    return hit / len(groups) if groups else 1.0


def run(article: Article, gold: list[dict], k: int | None, slips: bool) -> tuple[list[int], list[float]]:
    """Tokens sent and citation recall per answerable question, with top-k passages (None = whole article)."""
    from bot.retrieve import neighbourhood

    extractive = ExtractiveAnswerer()
    chat = OracleChat(slips)
    retrieve = neighbourhood(extractive) if k else (lambda q, a, _k: a.sentences)
    ledger = claims.extract(article) if k else claims.Ledger()  # as the engine is wired; the whole article needs none
    engine = LLMAnswerer(
        chat, extractive, retrieve, ledger=lambda _a: ledger, budget_tokens=BUDGET, encoding=ENCODING, passages=k or 10_000
    )
    recalls = []
    for g in gold:
        chat.gold = g["must_cite"]
        answer = engine.answer(g["question"], article)
        if g["answerable"]:
            verbatim = [c.quote for c in answer.citations if article.text[c.start : c.end] == c.quote]
            recalls.append(recall(g, verbatim) if answer.engine == "llm" else 0.0)
    return chat.sent, recalls


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(SHARED / "eval" / "dev.jsonl"))
    ap.add_argument("--article", default=str(SHARED / "seed" / "000_25f08eec451703b6.txt"))
    ap.add_argument("--k", type=int, nargs="+", default=[4, 8, 12])
    args = ap.parse_args()
    import logging

    logging.disable(logging.WARNING)  # the oracle's slips are logged as dropped quotes; keep the table readable
    article = build_article(read_text(args.article))
    gold = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(gold)} questions ({sum(g['answerable'] for g in gold)} answerable), article {len(article.sentences)} sentences")
    print(f"{'passages':>14} {'tokens/question':>16} {'vs whole':>9} {'recall':>7} {'recall (slips)':>15}")
    whole_tokens, _ = run(article, gold, None, False)
    whole = statistics.mean(whole_tokens)
    for k in [None, *args.k]:
        sent, rec = run(article, gold, k, False)
        _, rec_slips = run(article, gold, k, True)
        label = "whole article" if k is None else f"top {k}"
        mean = statistics.mean(sent)
        print(f"{label:>14} {mean:>16.0f} {mean / whole:>9.2f} {statistics.mean(rec):>7.3f} {statistics.mean(rec_slips):>15.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
