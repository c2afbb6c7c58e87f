"""Descriptor references: "Spółka odpowiedziała", "the board said" point back at a named party.

A bare descriptor (an agent noun, with at most a determiner) refers to the most
recent party whose name or role uses that noun: "spółka" -> "Gdańska spółka
Bursztynex", "board" -> "Coastal Safety Board".  Failing that, a media or company noun refers to
the last party introduced by any noun of its kind ("the newspaper" -> "the Dutch daily Het
Havenblad", "the company" -> "port operator Nordhaven"), a bare media noun
("Gazeta") to the last quoted title, and a bare company noun ("the
company", "firma") to the last organisation, and a bare regulator noun ("the regulator",
"nadzór") to the last organisation whose name says it is an authority ("Marine Safety
Authority", "Urząd Ochrony Konkurencji").  An unnamed spokesperson speaks for the party
the rest of the phrase points at: "a company spokeswoman" -> the company's party.  "Resort" is the
ministry ("ministerstwo") named last. A company noun in a
paragraph that opens with an organisation's name is that organisation. A service noun
("przewoźnik", "the carrier") with no earlier mention of its own is the organisation last named in its paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.names import is_agent
from knowledge.phrases import Phrase
from knowledge.roles import PERSON_NOUNS, ROLE_TRANSLATIONS
from knowledge.words import Tok

_DETERMINERS = {"the", "this", "that", "ten", "ta", "to", "tamten", "tamta"}
_COMPANY_NOUNS = {"company", "firm", "group", "operator", "spółka", "firma", "koncern", "grupa", "przedsiębiorstwo"}
_POLITICAL_NOUNS = {"partia", "ugrupowanie", "party"}
_AUTHORITY_NOUNS = {"regulator", "watchdog", "authority", "agency", "nadzór", "nadzorca", "urząd"}
_AUTHORITY_NAMES = {"authority", "agency", "commission", "inspectorate", "regulator", "administration", "office"}
_AUTHORITY_NAMES |= {"urząd", "komisja", "agencja", "inspekcja", "inspektorat", "nadzór", "rzecznik"}
# nouns for what a company does for the story's other parties: "przewoźnik" (the carrier) is the company
# running the trains, named earlier in its paragraph ("Koleje Nadmorskie poinformowały … Według przewoźnika …")
_SERVICE_NOUNS = {"przewoźnik", "ubezpieczyciel", "producent", "dostawca", "wykonawca"}
_SERVICE_NOUNS |= {"carrier", "insurer", "manufacturer", "supplier", "contractor"}
# one noun for another in the same party: "Ministerstwo Zdrowia przypomniało … Resort zapowiedział …"
_SYNONYMS = {"resort": {"ministerstwo"}, "ministerstwo": {"resort"}}
_MEDIA_NOUNS = {"gazeta", "dziennik", "tygodnik", "portal", "serwis", "redakcja", "newspaper", "paper", "daily", "outlet", "broadcaster"}


def bare_descriptor(phrase: Phrase) -> set[str]:
    """The lemmas of the agent noun when the phrase is nothing but one ("Spółka", "the company"), else empty."""
    words = [t for t in phrase.toks if t.is_word and t.text.lower() not in _DETERMINERS]
    if len(words) != 1 or phrase.name or not is_agent(words[0]) or _people(words[0]):
        return set()
    return set(words[0].lemmas)


def _people(t: Tok) -> bool:
    """ "lawyers said": English plural people of a kind, unnamed, not the one named before ("lawyer Anna Berg")."""
    low = t.text.lower()
    return t.lang == "en" and low.endswith("s") and bool(set(t.lemmas) & PERSON_NOUNS - {low})


def spokesperson_of(phrase: Phrase) -> set[str]:
    """The lemmas of whose spokesperson an unnamed one is: "a company spokeswoman", "rzecznik ministerstwa"."""
    words = [t for t in phrase.toks if t.is_word and t.text.lower() not in _DETERMINERS | {"a", "an"}]
    if len(words) != 2 or phrase.name:
        return set()
    head, owner = (words[1], words[0]) if words[0].lang == "en" else (words[0], words[1])
    if not (is_agent(head) and set(head.lemmas) & PERSON_NOUNS and is_agent(owner)) or set(owner.lemmas) & PERSON_NOUNS:
        return set()
    return set(owner.lemmas)


# Polish role nouns for one office ("adwokat", "obrońca", "mecenas" are the lawyer): a role said again another way
_SAME_ROLE = [set(words) for words in ROLE_TRANSLATIONS.values() if len(words) > 1 and all(" " not in w for w in words)]


def role_head(phrase: Phrase) -> set[str]:
    """The lemmas of the person noun heading an unnamed speaker phrase ("adwokat", "wiceprzewodnicząca związku"),
    else empty."""
    words = [t for t in phrase.toks if t.is_word and t.text.lower() not in _DETERMINERS]
    if phrase.name or phrase.pronoun or not words or len(words) > 3:
        return set()
    head = words[0] if words[0].lang == "pl" else words[-1]
    # one person: not "lawyers said", "adwokaci zapowiedzieli"
    plural = _people(head) or (head.lang == "pl" and not any(r.tag.startswith("subst:sg") for r in head.readings))
    return set(head.lemmas) if is_agent(head) and set(head.lemmas) & PERSON_NOUNS and not plural else set()


def same_role(head: set[str], lemmas: set[str]) -> bool:
    """Whether a role noun (its lemmas) is among ``lemmas`` or a word for the same office is."""
    return bool(head & lemmas) or any(head & group and lemmas & group for group in _SAME_ROLE)


@dataclass
class Mentions:
    """Named parties seen so far, with the words of their names and roles, in text order."""

    seen: list[tuple[int, frozenset[str], str, bool, bool]] = field(default_factory=list)

    def add(self, offset: int, lemmas: set[str], form: str, title: bool = False, org: bool = False) -> None:
        """Record a named mention at ``offset`` (``title``: a quoted title such as „Dziennik Bałtycki”; ``org``: an organisation)."""
        self.seen.append((offset, frozenset(lemmas), form, title, org))

    def resolve(self, phrase: Phrase, paragraph_start: int = 0, opening: str = "") -> str | None:
        """The party form a bare descriptor refers to, or None (``paragraph_start``: where the phrase's paragraph
        begins; ``opening``: its text up to the phrase)."""
        nouns = bare_descriptor(phrase) or spokesperson_of(phrase)
        if not nouns:
            return None
        nouns |= {synonym for noun in nouns for synonym in _SYNONYMS.get(noun, ())}
        earlier = sorted((m for m in self.seen if m[0] < phrase.start), key=lambda m: m[0], reverse=True)
        opener = next((m[2] for m in earlier if m[4] and opening.startswith(m[2] + " ")), None) if opening else None
        if nouns & _COMPANY_NOUNS and opener is not None:
            return opener  # "Drewmax w oświadczeniu nazwał … Spółka zapewniła …": the organisation the paragraph opens with
        for _offset, lemmas, form, _title, _org in earlier:
            if nouns & lemmas:
                return form
        for kind in (_MEDIA_NOUNS, _COMPANY_NOUNS):
            if nouns & kind and (kin := next((m[2] for m in earlier if m[1] & kind), None)):
                return kin  # "the newspaper" after "the Dutch daily Het Havenblad", "the company" after "port operator X"
        if nouns & _MEDIA_NOUNS:
            return next((form for _o, _l, form, title, _g in earlier if title), None)
        if nouns & (_COMPANY_NOUNS | _POLITICAL_NOUNS):
            # "firma", "the company"; "partia" after "Sojusz Przyszłości (SP) przedstawił program": the last organisation
            return next((form for _o, _l, form, _t, org in earlier if org), None)
        if nouns & _AUTHORITY_NOUNS:
            return next((form for _o, lemmas, form, _t, org in earlier if org and lemmas & _AUTHORITY_NAMES), None)
        if nouns & _SERVICE_NOUNS:
            return next((form for offset, _l, form, _t, org in earlier if org and offset >= paragraph_start), None)
        return None
