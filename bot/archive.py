"""Archive-wide answers: quotes from every stored article, grouped by article.

The archive index finds the sentences that cover most of the question's content
words; the best articles each contribute their best sentences, quoted verbatim
with article, ¶ and offsets.  When no sentence covers enough of the question,
the answer is a refusal: nothing in the archive says.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Answer, Citation, cite
from bot.render_text import quote_line
from knowledge.archive import Hit, SentenceIndex, group_by_article
from knowledge.article import Article
from knowledge.errors import ArticleNotFound
from knowledge.lang import detect_lang
from knowledge.library import Library

_INTRO = {"en": "The archive says:", "pl": "Archiwum podaje:"}
_REFUSE = {"en": "Nothing in the archive answers that.", "pl": "Żaden artykuł w archiwum tego nie podaje."}


def archive_text(lang: str, groups: Sequence[tuple[Article, Sequence[Citation]]]) -> str:
    """The intro, then per article its title, source and id, and its quotes."""
    lines = [_INTRO.get(lang, _INTRO["en"])]
    for article, citations in groups:
        lines.append("")
        lines.append(f"{article.title} · {article.source or '—'} · {article.id}")
        lines += [quote_line(c) for c in citations]
    return "\n".join(lines)


def refusal(lang: str) -> str:
    """The archive's "nothing says that" line, in the question's language."""
    return _REFUSE.get(lang, _REFUSE["en"])


class ArchiveAnswerer:
    """Answers a question from the whole archive via the archive index."""

    engine = "extractive"

    def __init__(
        self, library: Library, index: SentenceIndex, *, min_coverage: float = 0.6, articles: int = 3, per_article: int = 2
    ) -> None:
        self.library = library
        self.index = index
        self.min_coverage = min_coverage
        self.articles = articles
        self.per_article = per_article

    def _hits(self, question: str, lang: str) -> list[Hit]:
        self.index.sync()  # articles other processes ingested since the last question
        hits = [h for h in self.index.search(question, lang) if h.coverage >= self.min_coverage]
        if not hits:
            return []
        # a quote that covers much less than the best one is not an answer to this question
        best = hits[0].score
        return [h for h in hits if h.score >= 0.75 * best]

    def answer(self, question: str) -> Answer:
        """Quote the archive's best-matching sentences, grouped by article, or refuse."""
        lang = detect_lang(question)
        groups: list[tuple[Article, list[Citation]]] = []
        for article_id, hits in group_by_article(self._hits(question, lang), articles=self.articles, per_article=self.per_article):
            try:
                article = self.library.article(article_id)
            except ArticleNotFound:
                self.index.remove(article_id)  # deleted since it was indexed
                continue
            chosen = sorted((article.sentences[h.sentence] for h in hits if h.sentence < len(article.sentences)), key=lambda s: s.index)
            groups.append((article, [cite(article, s.start, s.end) for s in chosen]))
        if not groups:
            return Answer(question=question, answered=False, text=refusal(lang), lang=lang, intent="fact")
        citations = tuple(c for _, cs in groups for c in cs)
        return Answer(
            question=question,
            answered=True,
            text=archive_text(lang, groups),
            citations=citations,
            lang=lang,
            intent="fact",
            extra={"articles": [{"id": a.id, "title": a.title, "source": a.source} for a, _ in groups]},
        )
