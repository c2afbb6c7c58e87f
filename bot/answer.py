"""What an answer is: text for the user plus verbatim, offset-checked citations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from knowledge.article import Article


@dataclass(frozen=True)
class Citation:
    """A verbatim passage of an article: ``quote == article.text[start:end]``."""

    article: str
    paragraph: int
    start: int
    end: int
    quote: str

    def to_json(self) -> dict[str, Any]:
        """The citation as the CLI's JSON contract spells it."""
        return {"article": self.article, "paragraph": self.paragraph, "start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class Answer:
    """A reply to one question; ``answered`` is False when the article does not say."""

    question: str
    answered: bool
    text: str
    citations: tuple[Citation, ...] = ()
    engine: str = "extractive"
    lang: str = "en"
    intent: str = "fact"
    note: str | None = None
    article_id: str | None = None
    article_title: str | None = None
    article_source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The answer as the CLI's JSON contract spells it."""
        out: dict[str, Any] = {
            "question": self.question,
            "answered": self.answered,
            "text": self.text,
            "citations": [c.to_json() for c in self.citations],
            "engine": self.engine,
            "lang": self.lang,
            "intent": self.intent,
            "article": self.article_id,
        }
        if self.note:
            out["note"] = self.note
        return out


class Answerer(Protocol):
    """Anything that answers a question about an article."""

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        """Answer ``question`` from ``article`` alone."""
        ...


class Summarizer(Protocol):
    """Anything that summarises an article in cited bullets."""

    def summarize(self, article: Article) -> Answer:
        """3-6 bullets on ``article``, each with a verbatim cited quote."""
        ...


def cite(article: Article, start: int, end: int) -> Citation:
    """A citation of ``article.text[start:end]``; the one way citations are made."""
    if not (0 <= start < end <= len(article.text)):
        raise ValueError(f"citation offsets out of range: {start}:{end}")
    return Citation(article=article.id, paragraph=article.paragraph_at(start), start=start, end=end, quote=article.text[start:end])


def verify(article: Article, citation: Citation) -> bool:
    """True when the citation's quote is exactly the article text at its offsets."""
    return 0 <= citation.start < citation.end <= len(article.text) and article.text[citation.start : citation.end] == citation.quote
