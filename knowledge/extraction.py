"""From an article to its ledger: the named parties, the claims found sentence by sentence (``knowledge/discourse.py``),
filed under parties, with stances, and only spans that are verbatim."""

from __future__ import annotations

from dataclasses import replace

from knowledge.article import Article
from knowledge.claims import Claim, Entity, Ledger
from knowledge.coref import Mentions
from knowledge.dateline import dateline_end
from knowledge.discourse import Found, found_claims, headline_descriptors
from knowledge.entities import find_entities
from knowledge.lexicon import DISMISSIVE, words_of
from knowledge.names import is_agent
from knowledge.parties import Parties
from knowledge.phrases import Raw
from knowledge.speaker_names import name_span, speaker_entity
from knowledge.words import Tok, tokenize

# a court rules on what it rejects ("Sąd odrzucił zarzuty", "the court rejected the claim"): no party's denial
_COURTS = words_of("sąd trybunał sędzia court tribunal judge")


def _stance(article: Article, raw: Raw) -> str:
    if raw.speaker is not None and any(set(t.lemmas) & _COURTS for t in raw.speaker.toks):
        return "neutral"
    if raw.act == "denies":
        return "denies"
    toks = tokenize(article.text, raw.start, raw.end, article.lang)
    dismissive = DISMISSIVE.get(article.lang, frozenset())
    return "denies" if any(lem in dismissive for t in toks for lem in t.lemmas) else "neutral"


def _compound_modifier(t: Tok, role: list[Tok]) -> bool:
    """ "union" in "a union official", "council" in "the council's cabinet member": an English noun that only says
    what kind of official or whose member (the head comes after it)."""
    i = role.index(t)
    possessor = t.text.endswith(("'s", "’s")) or (i + 1 < len(role) and role[i + 1].text in ("'s", "’s"))
    return t.lang == "en" and i + 1 < len(role) and (is_agent(role[i + 1]) or possessor)


def build_ledger(article: Article) -> Ledger:
    """Extract, resolve speakers to parties, set stances, and keep only spans that are verbatim."""
    text = article.text
    mentions = Mentions()
    named = find_entities(article, Parties(article.lang))
    for e in named:
        # the name's words and the role's head noun: "Gdańska spółka Bursztynex" is "spółka", not "board" of
        # "chairwoman of the board"
        role = tokenize(text, e.role_start, e.role_end, article.lang) if e.role_start is not None and e.role_end is not None else []
        head = next(({*t.lemmas} for t in role if is_agent(t) and not _compound_modifier(t, role)), set())
        words = {lem for t in tokenize(text, e.start, e.end, article.lang) if t.is_word for lem in t.lemmas}
        # "MEN" first, "Ministerstwo Edukacji Narodowej" later: "ministerstwo" and "resort" still mean it
        words |= {lem for t in tokenize(e.canonical, 0, len(e.canonical), article.lang) if t.is_word for lem in t.lemmas}
        mentions.add(e.start, words | head, e.name, org=e.kind == "organisation")
    found = headline_descriptors(article, found_claims(article, mentions, list(named)))
    parties = Parties(article.lang)
    for f in found:
        parties.add(f.party_form, f.speaker if f.party_form in f.speaker else None)
        if f.via:
            parties.add(f.via)
    entities = _with_speakers(article, find_entities(article, parties), found, parties)
    claims: list[Claim] = []
    for f in found:
        party = parties.find(f.party_form)
        canonical = party.canonical(article.lang) if party else f.party_form
        aliases = party.aliases(article.lang) if party else ()
        via_party = parties.find(f.via) if f.via else None
        via = via_party.canonical(article.lang) if via_party else f.via
        stance = _stance(article, f.raw)
        end = f.raw.end
        while end > f.raw.start and text[end - 1] in " ,;:":
            end -= 1  # "These claims are false," he said: the comma is the sentence's, not the speaker's
        start = dateline_end(text, f.raw.start)  # "AMSTERDAM, Nov 27 (Reuters) - ": where and when, not what was said
        span = text[start:end]
        if not span.strip() or f.raw.end <= f.raw.start:
            continue
        act = "denies" if stance == "denies" and f.raw.act in ("says", "cites", "reports") else f.raw.act
        claims.append(Claim(f.speaker, canonical, act, start, end, f.paragraph, span, f.raw.direct, stance, aliases, via, *f.ctx))
    claims = _lead_supports(article, _shared_stance(claims))
    verified = tuple(c for c in claims if text[c.start : c.end] == c.text and article.paragraph_at(c.start) == c.paragraph)
    return Ledger(claims=verified, entities=entities, lang=article.lang)


def _shared_stance(claims: list[Claim]) -> list[Claim]:
    """A denial colours the rest of the same speaker's sentence ("zarzucając … i zapewniając, że …")."""
    denying = {(c.canonical, c.context_start) for c in claims if c.stance == "denies"}
    return [replace(c, stance="denies") if (c.canonical, c.context_start) in denying else c for c in claims]


def _with_speakers(article: Article, entities: tuple[Entity, ...], found: list[Found], parties: Parties) -> tuple[Entity, ...]:
    """The named entities plus every speaker they miss, each under its party's canonical name."""
    out = list(entities)
    known = {e.canonical for e in entities}
    named = [(f.phrase, f.party_form, f.paragraph) for f in found if not f.anaphoric]
    named += [(f.raw.via, f.via, f.paragraph) for f in found if f.via]
    for phrase, form, paragraph in named:
        party = parties.find(form) if form else None
        if phrase is None or not phrase.toks or party is None:
            continue
        canonical = party.canonical(article.lang)
        if canonical in known:
            continue
        start, end = name_span(phrase)
        base = speaker_entity(article.text[start:end], start, paragraph, phrase)
        out.append(replace(base, canonical=canonical, aliases=party.aliases(article.lang)))
        known.add(canonical)
    return tuple(sorted(out, key=lambda e: e.start))


def _lead_supports(article: Article, claims: list[Claim]) -> list[Claim]:
    """The report in the lead that makes the story's allegation supports it ("…, podał „WSJ”").

    Only in a contested story: a party the lead's words name denies them.
    """
    body = article.body_paragraphs()
    if not body:
        return claims
    lead = body[0].n
    first = next((i for i, c in enumerate(claims) if c.paragraph == lead), None)
    if first is None or claims[first].act not in ("reports", "says") or claims[first].stance != "neutral":
        return claims
    # contested: a party the lead accuses denies ("Polmarka … zaniżała ceny" – podał „WSJ”; Polmarka: „nonsensowne”)
    accused = claims[first].text
    if not any(c.stance == "denies" and any(n and n in accused for n in (c.canonical, c.speaker, *c.aliases)) for c in claims):
        return claims
    return [*claims[:first], replace(claims[first], stance="supports"), *claims[first + 1 :]]
