"""People and organisations an article mentions, with the role it gives them.

A role is the descriptor written next to a name: before it ("Były szef analiz
ds. Rosji w NATO Marek Wilczewski", "Polska grupa handlowa Polmarka") or as an
apposition after it ("Jan Nowak, rzecznik resortu, …", "Jane Roe, a spokeswoman
for Acme, …").  Places are left out.
"""

from __future__ import annotations

from knowledge.article import Article
from knowledge.claims import Entity
from knowledge.dateline import dateline_place_end
from knowledge.name_kinds import (
    ORG_CLASSES,
    age_after,
    english_person,
    is_personal_name,
    kind_of,
    located,
    name_end,
    seat_end,
    surname_alone,
)
from knowledge.names import NAME_PARTICLES, can_be_nominative, genitive_pair, is_agent, is_name
from knowledge.parties import Parties
from knowledge.phrases import Phrase, make_phrase, phrase_before
from knowledge.roles import PERSON_NOUNS
from knowledge.verbs import reporting_verb
from knowledge.words import CLAUSE_MARKS, Tok, is_abbreviation, tokenize, units

# a relative clause that gives a person's office: "who chairs the cooperative", "który kieruje związkiem"
_PERSONAL_RELATIVES = {"who", "który", "która", "którzy"}
_OFFICE_VERBS = {"chair", "head", "lead", "run", "direct", "manage", "represent", "own", "found", "co-found", "kierować"}
# English bodies that govern a place, named by it: "the municipal government of X", "police in X"
_PLACE_GOVERNMENTS = {"government", "council", "authority", "authorities", "administration", "police", "municipality"}
_OFFICE_VERBS |= {"przewodniczyć", "zarządzać", "reprezentować", "prowadzić", "założyć", "współtworzyć", "szefować"}


def _strip_marks(toks: tuple[Tok, ...]) -> tuple[Tok, ...]:
    words = list(toks)
    while words and not words[0].is_word:
        words.pop(0)
    while words and not words[-1].is_word:
        words.pop()
    return tuple(words)


def _without_titles(toks: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """ "Rzeczniczka sądu dr hab." before a name: the academic or service titles are the name's, not the role's."""
    words = list(toks)
    while words and (words[-1].text == "." or (words[-1].is_word and is_abbreviation(words[-1].text) and not is_agent(words[-1]))):
        words.pop()
    return tuple(words)


def _text(toks: tuple[Tok, ...], text: str) -> str:
    return text[toks[0].start : name_end(toks[-1])] if toks else ""


def _genitive_name(phrase: Phrase) -> bool:
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
    qualified = not phrase.name or _genitive_name(phrase) or _modifier_name(phrase) or _qualifier_name(phrase)
    toks = _strip_marks(phrase.toks) if qualified else phrase.name
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
    return _text(phrase.name, text)


def speaker_text(phrase: Phrase, text: str) -> str:
    """Who speaks, as written: the named party, or the whole phrase for "a Nordex spokeswoman"."""
    if _agent_after_name(phrase):
        words = [t for t in _strip_marks(phrase.toks) if t.text.lower() not in ("a", "an", "the")]
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


def _notable(phrase: Phrase, kind: str, text: str) -> bool:
    """Worth listing: a person, a dictionary organisation, a quoted title, a multiword name, a described party."""
    name = phrase.name
    titled = name[0].start > 0 and text[name[0].start - 1] in '„“"' and text[name[-1].end : name[-1].end + 1] in ("”", '"')
    if kind == "person" or len(name) > 1 or titled:
        return True
    if name[0].name_classes() & ORG_CLASSES and "nazwa_pospolita" not in name[0].name_classes():
        return True
    return any(is_agent(t) for t in phrase.toks)


def _cases(t: Tok) -> set[str]:
    return {c for r in t.readings if r.pos in ("subst", "adj", "depr") for c in r.tag.split(":")[2:3] for c in c.split(".")}


def _role(descriptor: tuple[Tok, ...], name: Tok | None = None) -> tuple[Tok, ...]:
    """The role words before a name: from the first agent noun (and its adjectives) on; none if it trails off.

    In Polish the role's noun shares the name's case: "posłanka Lewicy Anna Nowacka", not "(w) mediach".
    """
    wanted = _cases(name) if name is not None and name.lang == "pl" and name.known else set()
    first = next((i for i, t in enumerate(descriptor) if is_agent(t) and (not wanted or _cases(t) & wanted)), None)
    if first is None or descriptor[-1].has("prep") or (descriptor[-1].lang == "en" and descriptor[-1].text.lower() in ("of", "for", "at")):
        return ()
    noun = descriptor[first]
    case = _cases(noun) & wanted if wanted else _cases(noun)
    while first > 0 and descriptor[first - 1].has("adj", "adjp") and (noun.lang != "pl" or _cases(descriptor[first - 1]) & case):
        first -= 1  # "Były szef", "Chińska grupa technologiczna"; not "(w mediach) społecznościowych posłanka"
    if descriptor[first].lang == "en":
        while first > 0 and descriptor[first - 1].is_word and descriptor[first - 1].text.lower() not in ("the", "a", "an", ","):
            first -= 1
    return descriptor[first:]


def _pre_apposition(toks: list[Tok], n: int) -> tuple[Tok, ...]:
    """ "its director general, Tomas Berg," / "A former deck officer, Jan Nowak,": the role just before a name."""
    if n < 2 or toks[n - 1].text != ",":
        return ()
    before = phrase_before(toks, n - 1)
    if before is None or before.name:
        return ()
    return _role(_strip_marks(before.toks))


def _apposition(toks: list[Tok], r: int) -> tuple[Tok, ...]:
    """ ", rzecznik resortu," / ", a spokeswoman for Acme," right after a name ending at ``toks[r]``."""
    if r + 2 >= len(toks) or toks[r + 1].text != ",":
        return ()
    j = r + 2
    while j < len(toks) and toks[j].text not in CLAUSE_MARKS and toks[j].text not in ".!?":
        j += 1
    span = tuple(toks[r + 2 : j])
    head = [t for t in span if t.is_word and t.text.lower() not in ("a", "an", "the")][:2]
    if len(head) == 2 and head[0].text.lower() in _PERSONAL_RELATIVES and set(head[1].lemmas) & _OFFICE_VERBS:
        return span if len(span) <= 10 else ()  # ", who chairs the cooperative,", ", który kieruje związkiem,"
    if not head or head[0].has("comp", "conj") or head[0].text.lower() in ("that", "who", "which", "że", "który", "która"):
        return ()  # ", że rząd …", ", who said …": a clause, not a role
    if any(reporting_verb(toks, k) for k in range(r + 2, j)):
        return ()  # "…the Transport Inspectorate, the newspaper said.": who said it, not a role
    # ", rzecznik resortu,"; ", największego w regionie ubezpieczyciela upraw,": the role noun after its adjectives
    words = [t for t in span if t.is_word]
    leads = head if not head[0].has("adj") else words[:5]
    # a person's role may run longer: ", a professor of maritime law at Erasmus University Rotterdam."
    longest = 14 if any(set(t.lemmas) & PERSON_NOUNS for t in leads) else 8
    return span if any(is_agent(t) for t in leads) and 1 <= len(span) <= longest else ()


def find_entities(article: Article, parties: Parties) -> tuple[Entity, ...]:
    """One entity per person or organisation, with the first role the article gives it."""
    text = article.text
    found: dict[int, Entity] = {}
    for start, stop in (u for s in article.sentences for u in units(text, s.start, s.end)):
        toks = tokenize(text, start, stop, article.lang, quotes=False)
        place_end = dateline_place_end(text, start)  # "SAO PAULO, Nov 24 (Reuters) - ": where, not who
        for r, t in enumerate(toks):
            nxt = toks[r + 1] if r + 1 < len(toks) else None
            if not is_name(t) or (nxt is not None and is_name(nxt, False)) or t.end <= place_end:
                continue
            links = ("and", "of", "&", *(NAME_PARTICLES if t.lang == "en" else ()))
            if nxt is not None and nxt.text in links and r + 2 < len(toks) and is_name(toks[r + 2], False):
                continue  # "Securities and Exchange Commission" goes on
            if nxt is not None and nxt.text == "i" and r + 2 < len(toks) and is_name(toks[r + 2], False) and genitive_pair(toks, r + 1):
                continue  # "Agencji Restrukturyzacji i Modernizacji Rolnictwa" goes on
            end = r + 2 if nxt is not None and nxt.text in '”"' else r + 1
            first = r
            while first > 0 and is_name(toks[first - 1], False):
                first -= 1  # the whole name when the phrase before it is only a preposition's object
            phrase = phrase_before(toks, end) or make_phrase(toks[first:end])
            if phrase is None or not phrase.name or _genitive_name(phrase):
                continue
            kind = kind_of(phrase, located(phrase, toks))
            if kind is None or not _notable(phrase, kind, text):
                continue
            if kind == "organisation" and (surname_alone(phrase.name, text) or age_after(toks, r)):
                kind = "person"
            seat = seat_end(toks, end, phrase.name)  # "Sąd Okręgowy w Lublinie": the seat is part of the name
            name_toks = (*phrase.name, *toks[end:seat])
            name = _text(name_toks, text)
            party = parties.add(name)
            key = id(party)
            descriptor = _without_titles(tuple(x for x in phrase.toks if x.end <= phrase.name[0].start))
            role_toks = _role(_strip_marks(descriptor), phrase.name[-1])
            if not role_toks:
                role_toks = _apposition(toks, r) or _pre_apposition(toks, toks.index(phrase.name[0]))
            if r + 3 < len(toks) and toks[r + 1].text == "(" and toks[r + 3].text == ")" and toks[r + 2].text.isupper():
                parties.add(toks[r + 2].text)  # "Securities and Exchange Commission (SEC)"
            role = _text(role_toks, text) or None
            if role_toks and any(lem in PERSON_NOUNS for t in role_toks[:4] if is_agent(t) for lem in t.lemmas):
                kind = "person"  # "Ellen Marsh, chairwoman of the board"
            elif role_toks and role_toks[0].text.lower() in _PERSONAL_RELATIVES:
                kind = "person"  # "Tomas Reyd, who chairs the cooperative"
            if key in found and (found[key].role or not role):
                continue
            span = (role_toks[0].start, role_toks[-1].end) if role_toks else (None, None)
            p = article.paragraph_at(t.start)
            found[key] = Entity(name, name, kind, p, name_toks[0].start, name_end(name_toks[-1]), (), role, *span)
    out = []
    for key, e in found.items():
        party = next(p for p in parties.parties if id(p) == key)
        canon = party.canonical(article.lang)
        out.append(
            Entity(e.name, canon, e.kind, e.paragraph, e.start, e.end, party.aliases(article.lang), e.role, e.role_start, e.role_end)
        )
    return tuple(sorted(out, key=lambda e: e.start))
