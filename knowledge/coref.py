"""Descriptor references: "Spółka odpowiedziała", "the board said" point back at a named party.

A bare descriptor (an agent noun, with at most a determiner) refers to the most
recent party whose name or role uses that noun: "spółka" -> "Gdańska spółka
Bursztynex", "board" -> "Coastal Safety Board".  A bare media noun ("Gazeta")
with no such party refers to the last quoted title that spoke.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.phrases import Phrase, is_agent

_DETERMINERS = {"the", "this", "that", "ten", "ta", "to", "tamten", "tamta"}
_MEDIA_NOUNS = {"gazeta", "dziennik", "tygodnik", "portal", "serwis", "redakcja", "newspaper", "paper", "daily", "outlet", "broadcaster"}


def bare_descriptor(phrase: Phrase) -> set[str]:
    """The lemmas of the agent noun when the phrase is nothing but one ("Spółka", "the company"), else empty."""
    words = [t for t in phrase.toks if t.is_word and t.text.lower() not in _DETERMINERS]
    if len(words) != 1 or phrase.name or not is_agent(words[0]):
        return set()
    return set(words[0].lemmas)


@dataclass
class Mentions:
    """Named parties seen so far, with the words of their names and roles, in text order."""

    seen: list[tuple[int, frozenset[str], str, bool]] = field(default_factory=list)

    def add(self, offset: int, lemmas: set[str], form: str, title: bool = False) -> None:
        """Record a named mention at ``offset`` (``title``: a quoted title such as „Dziennik Bałtycki”)."""
        self.seen.append((offset, frozenset(lemmas), form, title))

    def resolve(self, phrase: Phrase) -> str | None:
        """The party form a bare descriptor refers to, or None."""
        nouns = bare_descriptor(phrase)
        if not nouns:
            return None
        earlier = sorted((m for m in self.seen if m[0] < phrase.start), key=lambda m: m[0], reverse=True)
        for _offset, lemmas, form, _title in earlier:
            if nouns & lemmas:
                return form
        if nouns & _MEDIA_NOUNS:
            return next((form for _o, _l, form, title in earlier if title), None)
        return None
