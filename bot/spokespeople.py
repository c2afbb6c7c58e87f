"""Who speaks for an organisation: its named spokespeople, and the person holding a role of it ("prezes spółki")."""

from __future__ import annotations

from collections.abc import Sequence

from bot.party_link import mentions, names_all, role_words, words_of_party
from knowledge.claims import Claim, Ledger
from knowledge.morph import lemmas, words

SPOKES = ["rzecznik", "rzeczniczka", "spokesman", "spokeswoman", "spokesperson"]
_WHOSE = {"jej", "jego", "ich", "its", "their", "her", "his", "spółka", "firma", "koncern", "resort", "ministerstwo", "company"}


def spokespeople(ledger: Ledger, own: Sequence[Claim], contexts: dict[str, str], names: set[str]) -> set[str]:
    """The named spokespeople of the party, in a paragraph where it speaks: "Spółka zaprzecza … Jej rzecznik
    Michał Wrona poinformował …", "– oświadczyła rzeczniczka spółki Marta Zielińska"."""
    kinds = {e.canonical: e.kind for e in ledger.entities}
    if any(kinds.get(o.canonical) != "organisation" for o in own):
        return set()  # a person's words are their own
    paragraphs = {c.paragraph for c in own}
    found = set()
    for c in ledger.claims:
        if kinds.get(c.canonical) != "person" or c.canonical in found or c.paragraph not in paragraphs:
            continue
        context = contexts.get(c.canonical, "")
        tokens = words(context)
        for i in mentions(SPOKES, context):
            near = [t.text for t in tokens[max(0, i - 1) : i + 2]]
            if any(w.lower() in _WHOSE or mentions([w], " ".join(names)) or _lemmas_meet(w) for w in near):
                found.add(c.canonical)
    return found


def role_holder(ledger: Ledger, party: str, lang: str) -> str | None:
    """The person a role of a named organisation refers to: "prezes Łódzkiej Spółki Wodno-Ściekowej" ->
    "Adam Wróblewski", introduced as "Prezes spółki", not the company's own statements. None unless exactly
    one person is introduced with that role of that organisation (by its name or as "spółki", "firmy")."""
    roles = role_words(party, lang)
    named = [w for w in words_of_party(party, lang) if w[:1].isupper()]
    if not roles or not named:
        return None
    organisations = " ".join(e.canonical + " " + " ".join(e.aliases) for e in ledger.entities if e.kind == "organisation")
    if not mentions(named, organisations) or any(names_all(named, e.canonical) for e in ledger.entities if e.kind == "person"):
        return None  # no organisation of that name, or the phrase names a person
    holders = set()
    for e in ledger.entities:
        role = [t.text for t in words(e.role or "")]
        if e.kind != "person" or len(role) < 2 or not any(mentions(r[:1], role[0]) for r in roles):
            continue
        of = " ".join(role[1:])
        if mentions(named, of) or any(_lemmas_meet(w) for w in role[1:]):
            holders.add(e.canonical)
    return holders.pop() if len(holders) == 1 else None


def _lemmas_meet(word: str) -> bool:
    """ "spółki", "firmy", "resortu": a company or ministry noun in any case."""
    return bool({lem.lower() for lem in lemmas(word, "pl")} & _WHOSE)
