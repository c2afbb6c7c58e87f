"""A party's statement: a span of whole sentences of the article, with the stance its words take; claims grouped
into statements, and statements of several readings merged into passages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.speech_words import ADMISSION, COURTS, DENIAL, DENY_VERBS, FILINGS, REJECTIONS
from knowledge.article import Article, Sentence
from knowledge.claims import Claim
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


def body_first(article: Article, claims: Sequence[Claim]) -> list[Claim]:
    """A headline's words ("Starosta: to decyzja tymczasowa") are the editor's summary of what the body
    quotes: they stand for the party only when the body quotes it nowhere."""
    body = [c for c in claims if c.paragraph not in article.headings]
    return body or list(claims)


def grouped(article: Article, claims: Sequence[Claim]) -> list[Statement]:
    """Claims as whole sentences, in article order; adjacent sentences of one paragraph make one passage."""
    groups: list[tuple[list[Sentence], str | None]] = []
    for c in sorted(claims, key=lambda c: c.start):
        # a denial whose words follow in the next sentence ("X odrzucił te zarzuty. Według niego …") is filed
        # as one claim over both: its context starts with the denial
        first = c.context_start if c.context_start is not None and article.paragraph_at(c.context_start) == c.paragraph else c.start
        span = sentences_over(article, min(first, c.start), c.end)
        sentences = [s for s in span if not groups or s.index > groups[-1][0][-1].index]
        if not sentences:
            continue  # inside a statement already taken
        stance = c.stance if c.stance != "neutral" else None
        last = groups[-1][0][-1] if groups else None
        if last is not None and sentences[0].index == last.index + 1 and sentences[0].paragraph == last.paragraph:
            groups[-1] = (groups[-1][0] + sentences, groups[-1][1] or stance)  # one passage: "…" – he said. "…"
        else:
            groups.append((sentences, stance))
    return [statement(article, sentences, stance) for sentences, stance in groups]


def merged(article: Article, *found: Sequence[Statement]) -> list[Statement]:
    """Statements from several readings as passages: overlapping or adjacent sentences of a paragraph join."""
    spans = sorted((st for group in found for st in group), key=lambda st: st.start)
    out: list[Statement] = []
    for st in spans:
        if out:
            last = out[-1]
            between = [x for x in article.sentences if last.end <= x.start < st.start]
            if st.start < last.end or (not between and article.paragraph_at(st.start) == article.paragraph_at(last.start)):
                stance = last.stance if last.stance != "neutral" else st.stance
                out[-1] = Statement(last.start, max(last.end, st.end), stance, last.via or st.via)
                continue
        out.append(st)
    return out
