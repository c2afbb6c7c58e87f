"""The people who speak for an organisation: its officers, introduced with its name.

"Rzecznik MEN Jan Kos", "wiceprzewodnicząca ZZOP Anna Lis", "sekretarz mazowieckiego okręgu ZZOP",
"prezes stowarzyszenia Halina Nowak": what they say is the organisation's position ("What did the union
say?").  An employee, a member or a former officer ("były prezes spółki") speaks for themselves, and so does
the head of another body whose name holds the organisation's ("Przewodniczący Związku Zawodowego Pracowników
X" is not X's officer).
"""

from __future__ import annotations

from functools import lru_cache

from bot.party_link import TENURES, names_all
from knowledge.claims import Entity, Ledger
from knowledge.morph import lemmas, words
from knowledge.roles import OFFICE_NOUNS

_FORMER = TENURES[1]


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    """A Polish word's lemmas and the word itself, lowercased (asked for every role word on every attribution question)."""
    return frozenset({lem.lower() for lem in lemmas(word, "pl")} | {word.lower()})


def _names_organisation(rest: list[str], org: Entity, heads: dict[str, int]) -> bool:
    """The words after the office name the organisation: lowercase qualifiers ("mazowieckiego okręgu"), then its
    name or one of its aliases ("ZZOP", "Energosilu"); or, all lowercase, the common noun its name opens with
    ("stowarzyszenia" for "Stowarzyszenie „Zielony Brzozów”"), when no other organisation's name opens with it."""
    i = 0
    while i < len(rest) and rest[i][:1].islower():
        i += 1
    named = rest[i:]
    if named:
        return any(names_all(named, form) for form in (org.canonical, *org.aliases))
    if not rest:
        return False
    noun = _nouns(org) & _lemmas(rest[-1])
    return bool(noun) and all(heads.get(n, 0) == 1 for n in noun)


def _nouns(org: Entity) -> set[str]:
    """The common nouns that can stand for an organisation: its name's first word ("Stowarzyszenie …") and the
    head of the role it was introduced with ("spółka" for "Bydgoska spółka Koltrans")."""
    found = [*words(org.canonical)[:1], *words(org.role or "")[-1:]]
    return {lem for w in found for lem in _lemmas(w.text)}


def officials(ledger: Ledger, organisations: set[str]) -> dict[str, set[str]]:
    """For each of these organisations (canonical names), the people introduced as its officers (Polish roles)."""
    orgs = [e for e in ledger.entities if e.kind == "organisation" and e.canonical in organisations]
    heads: dict[str, int] = {}
    for e in ledger.entities:
        if e.kind == "organisation":
            for lem in _nouns(e):
                heads[lem] = heads.get(lem, 0) + 1
    found: dict[str, set[str]] = {}
    for person in ledger.entities:
        role = [w.text for w in words(person.role or "")]
        if person.kind != "person" or len(role) < 2 or not _lemmas(role[0]) & OFFICE_NOUNS:
            continue
        if any(_lemmas(w) & _FORMER for w in role):
            continue  # "były prezes spółki": no longer speaks for it
        for org in orgs:
            if _names_organisation(role[1:], org, heads):
                found.setdefault(org.canonical, set()).add(person.canonical)
    return found
