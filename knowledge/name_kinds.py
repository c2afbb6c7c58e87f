"""Whether a name is a person's, an organisation's or a place's.

Morfeusz's name classes decide for Polish ("imię", "nazwisko", "nazwa_firmy",
"nazwa_geograficzna"); names of any origin are checked against an international
first-name dictionary (knowledge/given_names.py) and structure: a courtesy
title, an age apposition, a surname that comes back alone.  Institution words
("University", "Terminals"), acronyms and a place preposition before the name
keep it off people.
"""

from __future__ import annotations

import re

from knowledge.given_names import is_given_name
from knowledge.lexicon import words_of
from knowledge.names import NAME_PARTICLES, is_agent
from knowledge.phrases import Phrase
from knowledge.roles import PERSON_NOUNS
from knowledge.words import Tok

ORG_CLASSES = {"nazwa_firmy", "nazwa_instytucji", "nazwa_organizacji", "marka", "człon_nazwy_firmy"}
# English words that make a name an institution's even after a first name ("Erasmus University Rotterdam")
_EN_ORG_WORDS = words_of(
    "university college school academy institute hospital clinic league club united city county fc press times "
    "post news daily herald terminals holdings pharma airlines airways motors bank foundation trust fund church "
    "theatre theater systems bros brothers music records collection studios pictures films group poland journal magazine "
    "gazette tribune"
)
_PLACE_PREPOSITIONS = words_of("in near across throughout outside inside w we na pod koło")
# nouns that make the name next to them a place's: "Minas Gerais state", "the town of Barra Alta", "w miejscowości Vila Nova"
_EN_PLACE_NOUNS = words_of("state states province provinces region county district town city village river valley island port municipality")
_PL_PLACE_NOUNS = words_of("miejscowość miasto wieś gmina powiat województwo region prowincja stan rzeka wyspa")
_EN_PERSON_TITLES = words_of("mr mrs ms miss dr prof professor sir dame lady lord")


def name_end(t: Tok) -> int:
    """Where a name word ends, without an English possessive ("Commission's" -> "Commission")."""
    return t.end - 2 if t.lang == "en" and t.text.endswith(("'s", "’s")) else t.end


def is_personal_name(name: tuple[Tok, ...]) -> bool:
    """A person's name: a first name in it, or two or more words that could be names of people."""
    classes = [t.name_classes() for t in name]
    if any("imię" in c for c in classes):
        return True
    surnames = all("nazwisko" in c or not t.known for t, c in zip(name, classes, strict=True))
    return len(name) >= 2 and surnames and singular(name[0])


def singular(t: Tok) -> bool:
    """A person's name can be singular; "Koleje Pomorskie", "Kolejom Pomorskim" (plural only) name an institution."""
    return not t.known or any(":sg:" in r.tag for r in t.readings if r.pos in ("subst", "depr", "adj"))


def _institutional(t: Tok) -> bool:
    """A word that makes a name an institution's or a title's: an agent noun, "University", an acronym ("BAE", "LP")."""
    return is_agent(t) or t.text.lower() in _EN_ORG_WORDS or (t.text.isupper() and len(t.text) > 1)


def english_person(phrase: Phrase) -> bool:
    """ "Hendrik Vos", "Anna de Vries", "Mr Potter": an English article's person, by a first name of any origin
    opening a short name, or a courtesy title before it."""
    name = phrase.name
    if name[0].lang != "en" or any(_institutional(t) for t in name):
        return False
    before = [t for t in phrase.toks if t.end <= name[0].start and t.is_word]
    if before and before[-1].text.lower().rstrip(".") in _EN_PERSON_TITLES:
        return True
    inner = all(t.capital or t.text.lower() in NAME_PARTICLES for t in name)
    return 2 <= len(name) <= 4 and inner and name[-1].capital and is_given_name(name[0].text)


def _foreign_person(name: tuple[Tok, ...]) -> bool:
    """ "Hendrik Vos" in a Polish article: a first name Morfeusz does not know as one (nor as a place or a
    word) opening a short name."""
    first = name[0]
    if first.lang != "pl" or not 2 <= len(name) <= 3 or any(_institutional(t) or not t.capital for t in name):
        return False
    return first.name_classes() <= {"imię", "nazwisko"} and not first.has("adj", "verb", "fin", "praet") and is_given_name(first.text)


def surname_alone(name: tuple[Tok, ...], text: str) -> bool:
    """ "Mark Potter … Potter said": a two- or three-word English name, not opening its sentence ("Under British
    law"), whose last word comes back alone while its first never does; a company comes back by its first
    word ("Hartwell United … Hartwell's")."""
    if name[0].lang != "en" or name[0].initial or not 2 <= len(name) <= 3 or any(not t.capital or is_agent(t) for t in name):
        return False
    if any(t.text.lower() in _EN_ORG_WORDS for t in name):
        return False
    words = [text[t.start : name_end(t)] for t in name]
    return _alone(words[-1], words, text) and not _alone(words[0], words, text)


def _alone(word: str, words: list[str], text: str) -> bool:
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        prev = re.search(r"([\w’'-]+)\W*$", text[max(0, m.start() - 40) : m.start()])
        if prev is not None and (prev.group(1) in words or prev.group(1).lower() == "the"):
            continue  # inside the full name, or "the Authority"
        if re.match(r" [A-Z]", text[m.end() : m.end() + 2]):
            continue  # part of another name
        return True
    return False


def age_after(toks: list[Tok], r: int) -> bool:
    """ "said Joao Batista, 56, who …": an age in commas right after the name."""
    return r + 3 < len(toks) and toks[r + 1].text == "," and toks[r + 2].text.isdigit() and toks[r + 3].text == ","


def seat_end(toks: list[Tok], end: int, name: tuple[Tok, ...]) -> int:
    """ "Sąd Okręgowy w Lublinie", "Prokuratura Rejonowa w Nowym Sączu": where a Polish institution's name
    ends once the seat that tells it from its namesakes ("w <place>") is added; ``end`` when it takes none.

    Only a name of capitalised common words with an institution noun ("Sąd Okręgowy") takes a seat; a
    name of its own ("Koleje Mazowieckie", "Budomex") does not need one.
    """
    generic = all(t.known and any(r.lemma[:1].islower() for r in t.readings) for t in name)
    if name[0].lang != "pl" or len(name) < 2 or not generic or not any(is_agent(t) for t in name):
        return end
    if end + 1 >= len(toks) or toks[end].text not in ("w", "we"):
        return end
    k = end + 1
    while k < len(toks) and k - end <= 3 and toks[k].capital and toks[k].is_word and _locative(toks[k]):
        k += 1
    return k if k > end + 1 and _place(toks[end + 1 : k]) else end


def _locative(t: Tok) -> bool:
    return not t.known or any(":loc" in r.tag or ".loc" in r.tag for r in t.readings if r.pos in ("subst", "adj"))


def _place(words: list[Tok]) -> bool:
    """A place name: the dictionary's geographic name, or a word it does not know ("w Zielonej Górze", "w Łebie")."""
    return any("nazwa_geograficzna" in t.name_classes() or not t.known for t in words)


def located(phrase: Phrase, toks: list[Tok]) -> bool:
    """A place's name by the words around it: after a preposition of place ("a river in Minas Gerais", "w Minas
    Gerais"), before a place noun ("Para states"), after one ("the town of Barra Alta", "w miejscowości Vila Nova")."""
    k, e = toks.index(phrase.name[0]), toks.index(phrase.name[-1]) + 1
    before = toks[k - 1] if k > 0 else None
    if before is None:
        return False
    if before.text.lower() in _PLACE_PREPOSITIONS:
        return True
    if before.lang == "pl":  # "w miejscowości Vila Nova", not "prezydent miasta Jan Kos"
        return before.text.islower() and bool(set(before.lemmas) & _PL_PLACE_NOUNS) and not is_personal_name(phrase.name)
    if e < len(toks) and toks[e].text.islower() and toks[e].text in _EN_PLACE_NOUNS:
        return True
    return before.text == "of" and k >= 2 and toks[k - 2].text.lower() in _EN_PLACE_NOUNS


def _venue(phrase: Phrase) -> bool:
    """ "w Klubie Studenckim X", "w Fabryce Y", "w „Gazecie Z”": a Polish name headed by a capitalised common noun, or a
    quoted title, names an institution or an event even after a preposition of place."""
    if phrase.toks[0].text in '„“"':
        return True
    head = next((t for t in phrase.name if not t.has("adj", "adjp")), phrase.name[0])
    common = any(r.pos == "subst" and r.lemma[:1].islower() for r in head.readings)
    return head.lang == "pl" and common and "nazwa_geograficzna" not in head.name_classes()


def _quoted_after_noun(phrase: Phrase) -> bool:
    """A quoted name right after an institution's common noun ("Stowarzyszenie „Zielony Brzozów”")."""
    k = next((i for i, t in enumerate(phrase.toks) if t is phrase.name[0]), 0)
    if k < 2 or phrase.toks[k - 1].text not in '„“"':
        return False
    noun = phrase.toks[k - 2]
    return is_agent(noun) and not set(noun.lemmas) & PERSON_NOUNS


def kind_of(phrase: Phrase, after_place_word: bool = False) -> str | None:
    """ "person", "organisation", or None for a place (or a name too unsure to list); ``after_place_word``: the words
    around the name say it is a place's (see :func:`located`), unless the name itself is an institution's."""
    name = phrase.name
    if not after_place_word and (english_person(phrase) or _foreign_person(name)):
        return "person"
    classes = set().union(*(t.name_classes() for t in name if t.capital))
    if len(name) == 1 and name[0].text.isupper() and classes == {"nazwa_pospolita"}:
        return None  # an acronym the dictionary knows as a common noun: "VAT", "PKB", "SMS" name no one
    if _quoted_after_noun(phrase):
        return "organisation"  # "Stowarzyszenie „Zielony Brzozów”", "klubu „Wspólny Brzozów”": the noun says what it is
    if after_place_word and not classes & ORG_CLASSES and not any(_institutional(t) for t in name) and not _venue(phrase):
        return None  # a place: "in Minas Gerais", "the town of Barra Alta", "w Nowym Sączu"
    if any(t.text.islower() for t in name[1:-1]):
        return "organisation"  # "Securities and Exchange Commission", "Bank of England"
    descriptor = [lem for t in phrase.toks if t.end <= name[0].start and t.is_word for lem in t.lemmas]
    if is_agent(name[0]):  # the whole phrase names it: "Agencja Reutera", "rzecznik Kremla"
        return "person" if set(name[0].lemmas) & PERSON_NOUNS else "organisation"
    if classes & ORG_CLASSES:
        return "organisation"
    head = next((t for t in name if not t.has("adj", "adjp")), name[0])
    if "nazwa_geograficzna" in head.name_classes() and "imię" not in classes:
        return None  # a place: "Korei Południowej", "Waszyngtonie"
    if any(t.text.isupper() and len(t.text) > 1 for t in name):
        return "organisation"
    if any(lem in PERSON_NOUNS for lem in descriptor):
        return "person"
    if classes and classes <= {"nazwa_geograficzna", "nazwa_pospolita"}:
        return None  # a place
    surname = len(name) in (2, 3) and "nazwisko" in name[-1].name_classes() and not name[0].has("adj") and singular(name[0])
    if "imię" in classes or surname:
        return "person"
    if any(is_agent(t) for t in phrase.toks):
        return "organisation"
    common = {"nazwa_pospolita", "człon_nazwy_geograficznej"}  # "Sojusz Przyszłości": "przyszłość" is only part of some place names
    if len(name) > 1 and (not singular(name[0]) or all(t.name_classes() <= common or not t.known for t in name[-1:])):
        return "organisation"  # capitalised common words: "Biały Dom", "Securities and Exchange Commission"; "Koleje Pomorskie"
    return "organisation" if phrase.toks[0].text in '„“"' or len(name) == 1 else None
