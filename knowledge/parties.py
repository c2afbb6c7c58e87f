"""Parties: the mentions of one person or organisation grouped under a canonical name.

Two mentions are the same party when their name words have the same lemmas
("Reutera" ~ "Reuter"), when unknown names share all but an inflected ending
("Polmarka" ~ "Polmarki": the capitalised form matched against the other
mentions), when a surname repeats a full name ("Wilczewski" ~ "Marek Wilczewski"), when an
English name is cut to its first word ("Nordhaven" ~ "Nordhaven Terminals"), or
when an acronym spells the initials of a name the article writes out ("WSJ" ~
"Wall Street Journal", "SEC" ~ "Securities and Exchange Commission").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from knowledge import morph
from knowledge.lexicon import AGENCY_NAMES

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_ARTICLES = {"the", "a", "an"}
_SKIP_INITIAL = {"and", "of", "the", "for", "i", "ds", "w", "&"}


def stems(name: str, lang: str) -> tuple[str, ...]:
    """The lemma of each word of a name, lowercased (an unknown word stands for itself); a leading English
    article is no part of the name ("the regulator" ~ "regulator")."""
    out = []
    words = _WORD_RE.findall(name)
    if len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    for w in words:
        reads = morph.readings(w, lang)
        nouns = [r for r in reads if r.pos in ("subst", "depr")]
        proper = [r for r in nouns if set(r.names) - {"nazwa_pospolita"}]
        pick = (proper or nouns or list(reads))[:1]
        out.append(pick[0].lemma.lower() if pick else morph.lemma(w, lang))
    return tuple(out)


def _same_word(a: str, b: str) -> bool:
    """Equal, or an unknown name and its inflected form: a stem of four letters or more, endings of at most
    two letters on the shorter and three on the longer ("Polmarka" ~ "Polmarki", "Bursztynex" ~ "Bursztyneksu")."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 4 and shared >= min(len(a), len(b)) - 2 and shared >= max(len(a), len(b)) - 3


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD_RE.findall(name) if w.lower() not in _SKIP_INITIAL and w[0].isupper())


def same_party(a: str, b: str, lang: str) -> bool:
    """Whether two surface names denote the same party (see the module docstring)."""
    sa, sb = stems(a, lang), stems(b, lang)
    if not sa or not sb:
        return False
    if len(sa) == len(sb) and all(_same_word(x, y) for x, y in zip(sa, sb, strict=True)):
        return True
    short, long_ = (a, b) if len(sa) < len(sb) else (b, a)
    s_short, s_long = (sa, sb) if len(sa) < len(sb) else (sb, sa)
    if len(s_short) == 1 and short.isupper() and 2 <= len(short) <= 6 and _initials(long_) == short:
        return True
    # a surname alone after the full name: "Wilczewski" ~ "Marek Wilczewski" (not "Veltron" ~ "Lawyers for Veltron")
    person_like = all(w[:1].isupper() for w in _WORD_RE.findall(long_))
    # ("The authors" is no surname of "Danish Health Authority": the article's capital is no name's)
    surname = [w for w in _WORD_RE.findall(short) if w.lower() not in _ARTICLES][:1]
    capital = bool(surname) and surname[0][:1].isupper()
    if person_like and len(s_short) == 1 and len(s_long) in (2, 3) and _same_word(s_short[0], s_long[-1]) and capital:
        return True
    # an English company by the first word of its name: "Nordhaven" ~ "Nordhaven Terminals"
    first = _WORD_RE.findall(long_)[:1]
    return lang == "en" and len(s_short) == 1 and len(s_long) in (2, 3) and first == [short] and short not in _ARTICLES


def _nominative(name: str, lang: str) -> bool:
    """Every word of the name can be a nominative (or is unknown): "amerykański wywiad", not "amerykańskiego wywiadu"."""
    for w in _WORD_RE.findall(name):
        reads = morph.readings(w, lang)
        if reads and not any(":nom" in r.tag or ".nom" in r.tag for r in reads):
            return False
    return True


_SEAT_RE = re.compile(r"(?P<name>.+?)(?P<seat> we? [A-ZĄĆĘŁŃÓŚŹŻ]\w*(?: [A-ZĄĆĘŁŃÓŚŹŻ]\w*)*)")


def _seated_nominative(name: str) -> str | None:
    """ "Sądzie Rejonowym w Kielcach" -> "Sąd Rejonowy w Kielcach": the name in the nominative, its seat as written."""
    m = _SEAT_RE.fullmatch(name)
    if m is None:
        return None
    head = morph.nominative_name(m["name"]) or morph.nominative_phrase(m["name"])
    return head + m["seat"] if head else None


@dataclass
class Party:
    """One person or organisation: every surface form the article uses for it."""

    forms: Counter[str] = field(default_factory=Counter)
    descriptors: list[str] = field(default_factory=list)

    def canonical(self, lang: str) -> str:
        """The fullest, most frequent form ("Wall Street Journal" over "WSJ", "Polmarka" over "Polmarki")."""
        for form in self.forms:
            for s in stems(form, lang):
                if s in AGENCY_NAMES:
                    return AGENCY_NAMES[s]
        longest = max(len(stems(f, lang)) for f in self.forms)
        full = [f for f in self.forms if len(stems(f, lang)) == longest]
        best = max(full, key=lambda f: (_nominative(f, lang), self.forms[f], -list(self.forms).index(f)))
        if lang == "pl" and not _nominative(best, lang):
            # "Krzysztofa Bosaka" -> "Krzysztof Bosak", "komunikatu policji" -> "komunikat policji"
            return morph.nominative_name(best) or morph.nominative_phrase(best) or _seated_nominative(best) or best
        return best

    def aliases(self, lang: str) -> tuple[str, ...]:
        """Every other way the article writes this party."""
        canon = self.canonical(lang)
        return tuple(dict.fromkeys(f for f in [*self.forms, *self.descriptors] if f != canon))


class Parties:
    """The parties of one article, built mention by mention."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.parties: list[Party] = []

    def add(self, name: str, descriptor: str | None = None) -> Party:
        """File a mention under its party (a new one when no earlier mention matches)."""
        party = self.find(name)
        if party is None:
            party = Party()
            self.parties.append(party)
        party.forms[name] += 1
        if descriptor and descriptor != name and descriptor not in party.descriptors:
            party.descriptors.append(descriptor)
        return party

    def find(self, name: str) -> Party | None:
        """The party a name belongs to, if the article has mentioned it."""
        for party in self.parties:
            if any(same_party(name, f, self.lang) for f in party.forms):
                return party
        return None
