"""The offline answer engine: quotes the article's own sentences, or says it doesn't know.

A deliberately small first engine (word overlap); the retrieval-based engine
replaces its scoring while keeping its contract.
"""

from __future__ import annotations

import re

from bot.answer import Answer, cite
from bot.render_text import answer_text, refusal_text
from knowledge.article import Article
from knowledge.lang import detect_lang

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "in",
        "on",
        "is",
        "are",
        "was",
        "were",
        "what",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "how",
        "which",
        "did",
        "does",
        "do",
        "say",
        "said",
        "about",
        "with",
        "for",
        "from",
        "by",
        "that",
        "this",
        "it",
        "its",
        "be",
        "has",
        "have",
        "had",
        "i",
        "w",
        "z",
        "na",
        "do",
        "nie",
        "się",
        "że",
        "to",
        "jest",
        "co",
        "kto",
        "jak",
        "czy",
        "o",
        "od",
        "po",
        "za",
        "przez",
        "dla",
        "powiedział",
        "powiedziała",
        "mówi",
    ]
)


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


class OverlapAnswerer:
    """Answers with the sentences sharing the most content words with the question."""

    engine = "extractive"

    def __init__(self, min_overlap: int = 1, max_sentences: int = 2) -> None:
        self.min_overlap = min_overlap
        self.max_sentences = max_sentences

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        """Quote the best-matching sentences verbatim, or refuse."""
        lang = detect_lang(question)
        wanted = _stems(question)
        scored = []
        for s in article.sentences:
            overlap = len(wanted & _stems(article.sentence_text(s)))
            if overlap >= self.min_overlap:
                scored.append((overlap, -s.index, s))
        scored.sort(reverse=True)
        chosen = sorted((s for _, _, s in scored[: self.max_sentences]), key=lambda s: s.index)
        if not chosen:
            return Answer(question=question, answered=False, text=refusal_text(lang), lang=lang, intent="fact", article_id=article.id)
        citations = tuple(cite(article, s.start, s.end) for s in chosen)
        return Answer(
            question=question,
            answered=True,
            text=answer_text(lang, citations),
            citations=citations,
            lang=lang,
            intent="fact",
            article_id=article.id,
            article_title=article.title,
            article_source=article.source,
        )
