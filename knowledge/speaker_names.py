"""Who a speaker phrase names: its name, or the whole phrase when the name only qualifies a noun ("Agencja
Reutera", "the Dutch infrastructure ministry"), the organisation a spokesperson speaks for, and the entity for a
described speaker."""

from __future__ import annotations

from knowledge.claims import Entity
from knowledge.name_kinds import english_person, is_personal_name, name_end
from knowledge.names import can_be_nominative, is_agent, is_name
from knowledge.phrases import Phrase
from knowledge.roles import PERSON_NOUNS
from knowledge.words import Tok

# English bodies that govern a place, named by it: "the municipal government of X", "police in X"
_PLACE_GOVERNMENTS = {"government", "council", "authority", "authorities", "administration", "police", "municipality"}


def strip_marks(toks: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """The tokens without the punctuation around them."""
    words = list(toks)
    while words and not words[0].is_word:
        words.pop(0)
    while words and not words[-1].is_word:
        words.pop()
    return tuple(words)


def written(toks: tuple[Tok, ...], text: str) -> str:
    """Tokens' span as the article writes it, up to the name's end."""
    return text[toks[0].start : name_end(toks[-1])] if toks else ""


def genitive_name(phrase: Phrase) -> bool:
    """ "Agencja Reutera", "grupa członków Kongresu": the name only modifies the agent noun before it."""
    head = phrase.name[0]
    before = [t for t in phrase.toks if t.end <= head.start and t.is_word]
    if not any(is_agent(t) and (t.lang == "en" or can_be_nominative(t)) for t in before):
        return False
    # "lawyer Marta Olsen of …": an English person's name right after the noun describing them is the speaker
    titled = english_person(phrase) and bool(before) and bool(set(before[-1].lemmas) & PERSON_NOUNS)
    if any(set(t.lemmas) & PERSON_NOUNS for t in before) and not (is_personal_name(phrase.name) or titled):
        # "szef MSWiA", "rzecznik Kremla", "lawyers for Veltron": people described by the institution
        return head.lang == "pl" or any(t.text.lower() in ("for", "of", "at", "in", "from") for t in phrase.toks)
    if before and before[-1].has("prep") and before[-1].lang == "pl":
        return True  # "Sąd Okręgowy w Krakowie": a name after a preposition only says which court
    if len(before) >= 2 and before[-1].text in ("of", "in") and set(before[-2].lemmas) & _PLACE_GOVERNMENTS:
        return True  # "the municipal government of Sao Tome": the place says which government
    geo_only = all({"nazwa_geograficzna"} >= (t.name_classes() - {"nazwa_pospolita"}) and t.name_classes() for t in phrase.name)
    no_nominative = bool(head.readings) and not can_be_nominative(head)
    return head.lang == "pl" and (no_nominative or geo_only)


def _modifier_name(phrase: Phrase) -> bool:
    """ "the Dutch infrastructure ministry": an English name before the institution noun that ends the phrase."""
    last = phrase.toks[-1]
    return (
        last.lang == "en"
        and last.is_word
        and last.text.islower()
        and phrase.name[-1].end <= last.start
        and is_agent(last)
        and not set(last.lemmas) & PERSON_NOUNS
    )


def _qualifier_name(phrase: Phrase) -> bool:
    """ "Zespół z Gdańska": a Polish name after a preposition that follows a nominative noun says which team;
    the speaker is the noun qualified by it, not the place."""
    head = phrase.name[0]
    before = [t for t in phrase.toks if t.end <= head.start and t.is_word]
    if head.lang != "pl" or len(before) < 2 or not before[-1].has("prep") or is_personal_name(phrase.name):
        return False
    noun = before[-2]
    return noun.has("subst") and can_be_nominative(noun) and not is_name(noun)


def name_span(phrase: Phrase) -> tuple[int, int]:
    """Where a speaker phrase names its speaker: the name ("Marek Wilczewski"), or the whole phrase
    when it has none or the name only qualifies a noun ("Agencja Reutera", "Chińska ambasada w Waszyngtonie",
    "the Dutch infrastructure ministry")."""
    qualified = not phrase.name or genitive_name(phrase) or _modifier_name(phrase) or _qualifier_name(phrase)
    toks = strip_marks(phrase.toks) if qualified else phrase.name
    return (toks[0].start, name_end(toks[-1])) if toks else (phrase.start, phrase.start)


def phrase_name(phrase: Phrase | None, text: str) -> str:
    """The party a phrase names, as the article writes it (see :func:`name_span`)."""
    if phrase is None or not phrase.toks:
        return ""
    start, end = name_span(phrase)
    return text[start:end]


def _agent_after_name(phrase: Phrase) -> bool:
    """ "a Nordex spokeswoman": an English agent noun after the name, which only says whose spokeswoman."""
    if not phrase.name or phrase.toks[0].lang != "en":
        return False
    after = [t for t in phrase.toks if t.start >= phrase.name[-1].end]
    # "Mark Potter of the Bank of England": the agent noun after "of" is the institution's, not the speaker's
    cut = next((i for i, t in enumerate(after) if t.text.lower() in ("of", "at", "from")), len(after))
    return any(is_agent(t) for t in after[:cut])


_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "rzecznik", "rzeczniczka"}


def spoken_for(phrase: Phrase, text: str) -> str | None:
    """The organisation an unnamed spokesperson speaks for, as written: "a spokesperson for Norvale" -> "Norvale",
    "rzecznik spółki Kormex" -> "Kormex"; None when the phrase names a person or no spokesperson."""
    if not phrase.name or is_personal_name(phrase.name):
        return None
    before = [t for t in phrase.toks if t.is_word and t.end <= phrase.name[0].start]
    if not any(set(t.lemmas) & _SPOKESPEOPLE for t in before):
        return None
    return written(phrase.name, text)


def speaker_text(phrase: Phrase, text: str) -> str:
    """Who speaks, as written: the named party, or the whole phrase for "a Nordex spokeswoman"."""
    if _agent_after_name(phrase):
        words = [t for t in strip_marks(phrase.toks) if t.text.lower() not in ("a", "an", "the")]
        return text[words[0].start : words[-1].end]
    return phrase_name(phrase, text)


def speaker_entity(name: str, start: int, paragraph: int, phrase: Phrase) -> Entity:
    """An entity for a speaker the name scan left out (a described party: "Chińska ambasada w Waszyngtonie")."""
    agents = [t for t in phrase.toks if is_agent(t)]
    # the head noun: first in Polish ("rzecznik firmy"), last in an English compound ("company spokeswoman")
    head = (agents[-1] if phrase.toks[0].lang == "en" else agents[0]) if agents else None
    if _agent_after_name(phrase):
        head = None  # the entity is the named party ("Nordex"), not its spokeswoman
    lemmas = set(head.lemmas) if head is not None else set()
    personal = head is None and bool(phrase.name) and is_personal_name(phrase.name)
    kind = "person" if lemmas & PERSON_NOUNS or personal else "organisation"
    return Entity(name, name, kind, paragraph, start, start + len(name))
