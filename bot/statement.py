"""A party's statement: a span of whole sentences of the article, with the stance its words take."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.speech_words import ADMISSION, COURTS, DENIAL, DENY_VERBS, FILINGS, REJECTIONS
from knowledge.article import Article, Sentence
from knowledge.terms import terms


@dataclass(frozen=True)
class Statement:
    """A span of the article in which the party speaks (whole sentences)."""

    start: int
    end: int
    stance: str  # "denies" | "supports" | "neutral"
    via: bool = False  # reported through the party (a news agency), not said by it


def stance_of(text: str, lang: str) -> str:
    """ "denies" when the words deny (Polish or English lemmas), "supports" when they admit, else "neutral"."""
    keys = {k for t in terms(text, lang) for k in t.keys}
    denial = keys & DENIAL
    # "the court rejected the appeal", "Sąd odrzucił zarzuty jako bezpodstawne": a ruling, not a denial
    ruling = (denial <= REJECTIONS and keys & FILINGS) or (keys & COURTS and not denial & DENY_VERBS)
    if denial and not ruling:
        return "denies"
    if keys & ADMISSION:
        return "supports"
    return "neutral"


def sentences_over(article: Article, start: int, end: int) -> list[Sentence]:
    """The sentences the span [start, end) touches."""
    return [s for s in article.sentences if s.start < end and start < s.end]


def statement(article: Article, sentences: Sequence[Sentence], stance: str | None = None) -> Statement:
    """Consecutive sentences as one statement; its stance read from its words unless given."""
    start, end = sentences[0].start, sentences[-1].end
    return Statement(start, end, stance or stance_of(article.text[start:end], article.lang))
