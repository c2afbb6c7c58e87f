"""The default way to pick passages for the model: what the offline engine cites, widened.

A :data:`~bot.context.Retriever` is any ``(question, article, k) -> spans``
callable; this one takes the sentences the offline engine cites (found with
``knowledge.search``, across languages too), then their
neighbours, then the article's opening sentences (a news lede carries the
main facts, and it gives a question in another language something to read).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Answerer
from bot.context import Retriever
from knowledge.article import Article, Sentence


def neighbourhood(extractive: Answerer, neighbours: int = 1) -> Retriever:
    """A retriever built on ``extractive``'s citations plus ``neighbours`` sentences either side."""

    def retrieve(question: str, article: Article, k: int) -> Sequence[Sentence]:
        body = {p.n for p in article.body_paragraphs()}
        sentences = [s for s in article.sentences if s.paragraph in body] or list(article.sentences)
        cited = extractive.answer(question, article).citations
        hits = [i for i, s in enumerate(sentences) if any(c.start < s.end and s.start < c.end for c in cited)]
        ranked: list[int] = list(hits)
        for d in range(1, neighbours + 1):
            ranked += [j for i in hits for j in (i - d, i + d) if 0 <= j < len(sentences)]
        ranked += range(len(sentences))
        return [sentences[i] for i in dict.fromkeys(ranked)][:k]

    return retrieve
