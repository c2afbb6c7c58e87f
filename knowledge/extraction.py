"""From an article to its ledger: run the patterns sentence by sentence, resolve speakers, check spans."""

from __future__ import annotations

from dataclasses import dataclass, replace

from knowledge.article import Article
from knowledge.attribution import sentence_claims
from knowledge.claims import Claim, Entity, Ledger
from knowledge.coref import Mentions, bare_descriptor
from knowledge.dateline import dateline_end
from knowledge.entities import find_entities, name_span, phrase_name, speaker_entity, speaker_text
from knowledge.lexicon import DISMISSIVE
from knowledge.names import is_agent
from knowledge.parties import Parties
from knowledge.phrases import Phrase, Raw, make_phrase
from knowledge.words import Tok, tokenize, units


@dataclass
class _Found:
    """A claim under construction: the raw spans and the resolved speaker."""

    raw: Raw
    speaker: str
    party_form: str
    via: str | None
    paragraph: int
    sentence: int
    ctx: tuple[int, int]
    phrase: Phrase | None
    anaphoric: bool = False  # the speaker came from an earlier sentence (pronoun, pro-drop, "taką odpowiedź")


def _stance(article: Article, raw: Raw) -> str:
    if raw.act == "denies":
        return "denies"
    toks = tokenize(article.text, raw.start, raw.end, article.lang)
    dismissive = DISMISSIVE.get(article.lang, frozenset())
    return "denies" if any(lem in dismissive for t in toks for lem in t.lemmas) else "neutral"


def _resolve(phrase: Phrase, mentions: Mentions, text: str) -> tuple[str, str]:
    """(speaker as written, the form filed under its party) for a speaker phrase."""
    return speaker_text(phrase, text), mentions.resolve(phrase) or phrase_name(phrase, text)


def _remember(mentions: Mentions, phrase: Phrase, form: str, text: str) -> None:
    if phrase.name:
        title = phrase.toks[0].text in '„“"' or text[phrase.name[0].start - 1 : phrase.name[0].start] in '„“"'
        org = len(phrase.name) == 1 and "imię" not in phrase.name[0].name_classes()
        mentions.add(phrase.start, {lem for t in phrase.toks if t.is_word for lem in t.lemmas}, form, title, org)


def _units(article: Article) -> list[tuple[int, tuple[int, int]]]:
    """(paragraph, span) of every sentence, numbered by position, split where the segmenter glued two."""
    return [(s.paragraph, u) for s in article.sentences for u in units(article.text, s.start, s.end)]


def _introduced(article: Article, people: list[Entity], paragraph: int, start: int, last: _Found | None, since: int) -> _Found | None:
    """A person introduced just before this sentence (in the two units before it, in its paragraph), after the last
    speaker's words ("Innego zdania jest prof. Anna Krawczyk. – … – powiedziała PAP."): whom "– powiedziała" means."""
    since = max(since, last.ctx[1] if last is not None else -1)
    found = [e for e in people if e.paragraph == paragraph and since <= e.start < start]
    if not found:
        return None
    e = found[-1]
    phrase = make_phrase(tokenize(article.text, e.start, e.end, article.lang))
    if phrase is None:
        return None
    raw = Raw("says", e.start, e.end, False, phrase)
    return _Found(raw, e.name, e.name, None, paragraph, -1, (e.start, e.end), phrase)


def _found_claims(article: Article, mentions: Mentions, people: list[Entity]) -> list[_Found]:
    text = article.text
    out: list[_Found] = []
    last: _Found | None = None
    all_units = _units(article)
    spoken: _Found | None = None  # the last speaker with words of their own
    for sent, (paragraph, (u_start, u_end)) in enumerate(all_units):
        toks = tokenize(text, u_start, u_end, article.lang)
        if last is not None and last.sentence < 0:
            last = spoken  # an introduced person stands for one sentence only
        spoken = last
        if last is not None and last.paragraph < paragraph - 1:
            last = None  # a pronoun never reaches back further than the previous paragraph
        near = [span[0] for p, span in all_units[max(0, sent - 2) : sent] if p == paragraph]
        if near:
            last = _introduced(article, people, paragraph, u_start, last, near[0]) or last
        prev_phrase = last.phrase if last else None
        heading = article.paragraph(paragraph).heading
        raws = sentence_claims(toks, text, prev_phrase or (Phrase(()) if last else None), heading=heading)
        if (
            not raws
            and last is not None
            and _lone_quote(toks)
            and last.sentence == sent - 1
            and last.paragraph == paragraph
            and last.raw.direct
        ):
            q = toks[0].quote
            assert q is not None
            if not text[last.raw.end : q.start].strip(' .,;”"’'):
                last.raw = replace(last.raw, end=q.inner_end)  # „…”. „…”: the same quotation goes on
                last.ctx = (last.ctx[0], u_end)
                last.sentence = sent
                continue
            # '"…," Lindqvist told a news conference. "…"': the same speaker's next quotation
            found = _Found(
                replace(last.raw, start=q.inner_start, end=q.inner_end, object_only=False),
                last.speaker,
                last.party_form,
                last.via,
                paragraph,
                sent,
                (u_start, u_end),
                last.phrase,
                True,
            )
            out.append(found)
            last = found
            continue
        for raw in raws:
            raw = _dialogue(article, paragraph, raw, u_start)
            if raw.speaker is None:
                if last is None:
                    continue
                speaker, form, phrase = last.speaker, last.party_form, last.phrase
            else:
                speaker, form = _resolve(raw.speaker, mentions, text)
                phrase = raw.speaker
                _remember(mentions, phrase, form, text)
            via = phrase_name(raw.via, text) if raw.via is not None and raw.via.toks else None
            found = _Found(raw, speaker, form, via, paragraph, sent, (u_start, u_end), phrase, raw.speaker is None)
            if raw.speaker is None and last is not None and last.raw.object_only and last.paragraph == paragraph:
                # "… zaprzeczając informacjom. „…” – taką odpowiedź cytował „FT”": one statement
                found.raw = replace(raw, act=last.raw.act if raw.act in ("says", "cites", "reports") else raw.act)
                found.ctx = (last.ctx[0], u_end)
                out.remove(last)
            out.append(found)
            last = found
    return out


def _headline_descriptors(article: Article, found: list[_Found]) -> list[_Found]:
    """ "…, regulator says" in a headline is the party the next "the regulator" names: the headline
    announces the story its lead tells ("The Marine Safety Authority fined …, the regulator said")."""
    for i, f in enumerate(found):
        nouns = bare_descriptor(f.phrase) if f.phrase is not None and not f.anaphoric else set()
        if not nouns or not article.paragraph(f.paragraph).heading or f.party_form != phrase_name(f.phrase, article.text):
            continue
        later = next((g for g in found[i + 1 :] if g.phrase is not None and not g.anaphoric and bare_descriptor(g.phrase) & nouns), None)
        if later is not None and later.party_form != phrase_name(later.phrase, article.text):
            f.party_form = later.party_form
    return found


def _dialogue(article: Article, paragraph: int, raw: Raw, unit_start: int) -> Raw:
    """Polish dialogue: a paragraph opening with a dash is direct speech up to "– powiedział X".

    "– Nie ma mowy o podwyżkach. Budżet jest stabilny – powiedział minister." arrives as two
    sentences; the words are everything from the opening dash.
    """
    text = article.text
    # the paragraph, or a sentence of it ("Innego zdania jest prof. X. – Pół roku … – powiedziała."), opens with a dash
    starts = [u[0] for s in article.sentences if s.paragraph == paragraph for u in units(text, s.start, s.end)]
    openings = [x for x in starts if x <= unit_start and text[x] in "–—-" and text[x + 1 : x + 2] == " "]
    follows = text[raw.end : raw.end + 3].strip()[:1] in ("–", "—", "-")
    if raw.direct or not openings or not follows or text[unit_start : raw.start].strip(" –—-"):
        return raw
    return replace(raw, start=openings[-1] + 2, direct=True)


def _lone_quote(toks: list) -> bool:  # type: ignore[type-arg]
    """A sentence that is nothing but a quotation (and its full stop)."""
    words = [t for t in toks if t.is_word]
    q = toks[0].quote if toks else None
    return q is not None and bool(words) and all(t.quote == q for t in words)


def _compound_modifier(t: Tok, role: list[Tok]) -> bool:
    """ "union" in "a union official": an English noun that only says what kind of official (the head comes last)."""
    i = role.index(t)
    return t.lang == "en" and i + 1 < len(role) and is_agent(role[i + 1])


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
        mentions.add(e.start, words | head, e.name, org=e.kind == "organisation")
    people = [e for e in named if e.kind == "person"]
    found = _headline_descriptors(article, _found_claims(article, mentions, people))
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


def _with_speakers(article: Article, entities: tuple[Entity, ...], found: list[_Found], parties: Parties) -> tuple[Entity, ...]:
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
    """The report in the lead that makes the story's allegation supports it ("…, podał „FT”").

    Only in a contested story: a party the lead's words name denies them.
    """
    body = article.body_paragraphs()
    if not body:
        return claims
    lead = body[0].n
    first = next((i for i, c in enumerate(claims) if c.paragraph == lead), None)
    if first is None or claims[first].act not in ("reports", "says") or claims[first].stance != "neutral":
        return claims
    # contested: a party the lead accuses denies ("Alibaba … udziela pomocy" – podał „FT”; Alibaba: „nonsensowne”)
    accused = claims[first].text
    if not any(c.stance == "denies" and any(n and n in accused for n in (c.canonical, c.speaker, *c.aliases)) for c in claims):
        return claims
    return [*claims[:first], replace(claims[first], stance="supports"), *claims[first + 1 :]]
