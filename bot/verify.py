"""Checking what a language model presents as the article's words.

A model's quote is accepted only where it is found in the article: exactly,
or after folding whitespace, typographic quotes, dashes and ellipses, and is
then mapped back to exact character offsets, so every accepted quote becomes
a :class:`~bot.answer.Citation` of ``article.text[start:end]``.  Quotation
marks in the model's own prose are checked the same way.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.answer import Citation, cite
from knowledge.article import Article

log = logging.getLogger(__name__)

# typographic variants a model tends to normalise when it copies text
_FOLD = str.maketrans({"„": '"', "”": '"', "“": '"', "«": '"', "»": '"', "‚": "'", "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
_MARKS = " \t\n\"'„”“«»‚‘’"
_PUNCT = ".…,;:!?"
_ELISION = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\]|\(\.\.\.\)|\(…\))\s*")
_MIN_QUOTE_CHARS = 4
# quotations inside the model's prose: „…”, “…”, "…", «…»
_PROSE_QUOTE = re.compile(r"„[^”\n]+”|“[^”\n]+”|\"[^\"\n]+\"|«[^»\n]+»")
_SENTENCE_END = re.compile(r"[.!?][\"”»]*(?=\s|$)")


@dataclass(frozen=True)
class Folded:
    """Article text with whitespace and punctuation variants folded, mapped back to offsets."""

    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the article of folded character i


def fold(text: str) -> Folded:
    """Fold whitespace runs to one space and typographic variants to ASCII, keeping offsets."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            out.append(" ")
        elif ch == "…":
            out.extend("...")
            origin.extend((i, i))
        else:
            out.append(ch.translate(_FOLD))
        origin.append(i)
    return Folded("".join(out), tuple(origin))


@lru_cache(maxsize=16)
def _folded_article(text: str) -> Folded:
    return fold(text)


def locate(article: Article, quote: str, near: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """Exact offsets of ``quote`` in the article, preferring the span ``near``; None if absent."""
    bare = quote.strip(_MARKS)
    # a model often adds or drops a final full stop: try the quote as given, then without edge punctuation
    for candidate in dict.fromkeys((bare, bare.strip(_PUNCT + _MARKS))):
        if len(candidate) >= _MIN_QUOTE_CHARS:
            span = _find(article, candidate, near)
            if span:
                return span
    return None


def _find(article: Article, quote: str, near: tuple[int, int] | None) -> tuple[int, int] | None:
    windows = [near, (0, len(article.text))] if near else [(0, len(article.text))]
    for lo, hi in windows:
        at = article.text.find(quote, lo, hi)
        if at >= 0:
            return at, at + len(quote)
    folded = _folded_article(article.text)
    needle = fold(quote).text
    for lo, hi in windows:
        # the folded position of article offset ``lo`` (origin is sorted)
        flo = _bisect(folded.origin, lo)
        at = folded.text.find(needle, flo)
        if at >= 0 and folded.origin[at + len(needle) - 1] < hi:
            return folded.origin[at], folded.origin[at + len(needle) - 1] + 1
    return None


def _bisect(origin: tuple[int, ...], offset: int) -> int:
    lo, hi = 0, len(origin)
    while lo < hi:
        mid = (lo + hi) // 2
        if origin[mid] < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def quote_citations(article: Article, quote: str, near: tuple[int, int] | None = None) -> tuple[Citation, ...]:
    """Citations for a model quote; an elided quote ("A … B") must match piece by piece, else ()."""
    pieces = [p for p in _ELISION.split(quote) if p.strip(_MARKS + _PUNCT)]
    found = []
    for piece in pieces:
        span = locate(article, piece, near)
        if span is None:
            log.warning("dropped a quote not found verbatim in article %s: %.80r", article.id, piece)
            return ()
        found.append(cite(article, *span))
    return tuple(found)


def in_article(article: Article, passage: str) -> bool:
    """True when ``passage`` is article text up to whitespace: the test a reader's eye applies to a quotation."""
    return " ".join(passage.split()) in _flat(article.text)


@lru_cache(maxsize=16)
def _flat(text: str) -> str:
    return " ".join(text.split())


def _sentence_around(line: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_END.finditer(line, 0, start)]
    after = _SENTENCE_END.search(line, end - 2)  # a quotation may end its sentence: … prudence."
    return (before[-1] if before else 0), (after.end() if after else len(line))


def clean_prose(article: Article, prose: str) -> str:
    """The model's prose without any sentence that puts in quotation marks words the article does not contain."""
    kept: list[str] = []
    for line in prose.splitlines():
        if line.lstrip().startswith((">", "&gt;")):
            # a blockquote reads as the article's words: only our own quote lines may use it
            log.warning("dropped a blockquote line from model prose in article %s", article.id)
            continue
        cuts = []
        for m in _PROSE_QUOTE.finditer(line):
            if not in_article(article, m.group(0)[1:-1]):
                log.warning("dropped a prose sentence quoting words not in article %s: %.80r", article.id, m.group(0))
                cuts.append(_sentence_around(line, m.start(), m.end()))
        for s, e in sorted(cuts, reverse=True):
            line = line[:s] + line[e:]
        line = " ".join(line.split())
        if _PROSE_QUOTE.search(line) is None:
            # an unpaired quotation mark left behind must not open a quotation
            line = re.sub(r"[„”“«»]", "", line) if re.search(r"[„”“«»]", line) else line
        if line:
            kept.append(line)
    return "\n".join(kept)


def unquote(text: str) -> str:
    """Text with its double quotation marks made neutral, for words that are not the article's own."""
    return re.sub(r"[„”“«»\"]", "'", text).replace("\n", " ").strip()
