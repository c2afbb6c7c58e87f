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
    kind_of,
    located,
    name_end,
    seat_end,
    surname_alone,
)
from knowledge.names import NAME_PARTICLES, genitive_pair, is_agent, is_name
from knowledge.parties import Parties
from knowledge.phrases import Phrase, make_phrase, phrase_before
from knowledge.roles import PERSON_NOUNS
from knowledge.speaker_names import genitive_name, strip_marks, written
from knowledge.verbs import reporting_verb
from knowledge.words import CLAUSE_MARKS, Tok, is_abbreviation, tokenize, units

# a relative clause that gives a person's office: "who chairs the cooperative", "który kieruje związkiem"
_PERSONAL_RELATIVES = {"who", "który", "która", "którzy"}
_OFFICE_VERBS = {"chair", "head", "lead", "run", "direct", "manage", "represent", "own", "found", "co-found", "kierować"}
_OFFICE_VERBS |= {"przewodniczyć", "zarządzać", "reprezentować", "prowadzić", "założyć", "współtworzyć", "szefować"}


def _without_titles(toks: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """ "Rzeczniczka sądu dr hab." before a name: the academic or service titles are the name's, not the role's."""
    words = list(toks)
    while words and (words[-1].text == "." or (words[-1].is_word and is_abbreviation(words[-1].text) and not is_agent(words[-1]))):
        words.pop()
    return tuple(words)


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
    return _role(strip_marks(before.toks))


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
            if phrase is None or not phrase.name or genitive_name(phrase):
                continue
            kind = kind_of(phrase, located(phrase, toks))
            if kind is None or not _notable(phrase, kind, text):
                continue
            if kind == "organisation" and (surname_alone(phrase.name, text) or age_after(toks, r)):
                kind = "person"
            seat = seat_end(toks, end, phrase.name)  # "Sąd Okręgowy w Lublinie": the seat is part of the name
            name_toks = (*phrase.name, *toks[end:seat])
            name = written(name_toks, text)
            party = parties.add(name)
            key = id(party)
            descriptor = _without_titles(tuple(x for x in phrase.toks if x.end <= phrase.name[0].start))
            role_toks = _role(strip_marks(descriptor), phrase.name[-1])
            if not role_toks:
                role_toks = _apposition(toks, r) or _pre_apposition(toks, toks.index(phrase.name[0]))
            if r + 3 < len(toks) and toks[r + 1].text == "(" and toks[r + 3].text == ")" and toks[r + 2].text.isupper():
                parties.add(toks[r + 2].text)  # "Securities and Exchange Commission (SEC)"
            role = written(role_toks, text) or None
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
