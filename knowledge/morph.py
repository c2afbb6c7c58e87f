"""Morphology: words with offsets and their lemmas, Polish and English.

Polish uses Morfeusz 2 (the SGJP dictionary ships inside its wheel): every
possible lemma of an inflected form, so "Reutera" -> "reuter", "ambasadzie" ->
"ambasada". English uses simplemma's English dictionary.  Words neither knows
(foreign names such as "Alibaby") come back as themselves, lowercased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word of a text with its character offsets."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Token]:
    """The words of ``text`` with their offsets (punctuation dropped)."""
    return [Token(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


@lru_cache(maxsize=1)
def _morfeusz():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@lru_cache(maxsize=200_000)
def _pl_lemmas(word: str) -> tuple[str, ...]:
    found: list[str] = []
    for _s, _e, (_form, lemma, tag, _names, _quals) in _morfeusz().analyse(word):
        if tag == "ign":
            continue
        base = lemma.split(":", 1)[0].lower()
        if base and base not in found:
            found.append(base)
    return tuple(found) or (word.lower(),)


@lru_cache(maxsize=200_000)
def _en_lemmas(word: str) -> tuple[str, ...]:
    import simplemma

    low = word.lower()
    lemma = simplemma.lemmatize(low, lang="en").lower()
    return (lemma,) if lemma == low else (lemma, low)


def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """Every lemma the dictionary gives for ``word`` (the lowercased word if none)."""
    if lang == "pl":
        return _pl_lemmas(word)
    return _en_lemmas(word)


def lemma(word: str, lang: str) -> str:
    """The first (most likely) lemma of ``word``."""
    return lemmas(word, lang)[0]


@dataclass(frozen=True)
class Reading:
    """One dictionary reading of a word: lemma (case kept), part-of-speech tag, name classes."""

    lemma: str
    tag: str
    names: tuple[str, ...] = ()

    @property
    def pos(self) -> str:
        """The part of speech, the tag's first field (``subst``, ``praet``, ``adj`` …)."""
        return self.tag.split(":", 1)[0]


@lru_cache(maxsize=200_000)
def _pl_readings(word: str) -> tuple[Reading, ...]:
    found: list[Reading] = []
    for _s, _e, (_form, lem, tag, names, _quals) in _morfeusz().analyse(word):
        if tag == "ign":
            continue
        reading = Reading(lem.split(":", 1)[0], tag, tuple(names))
        if reading not in found:
            found.append(reading)
    return tuple(found)


def readings(word: str, lang: str) -> tuple[Reading, ...]:
    """Every Morfeusz reading of a Polish word (empty when unknown, and for English)."""
    return _pl_readings(word) if lang == "pl" else ()
