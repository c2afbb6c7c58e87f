"""The article read sentence by sentence: each claim found with its speaker, the last speaker carried on.

A pronoun or a pro-drop verb ("– dodała.") means the last speaker (within the paragraph before);
a sentence that is only a quotation goes on the previous one's; a person introduced just before
"– powiedziała" is the one speaking; a Polish paragraph opening with a dash is dialogue; a bare
descriptor ("Spółka", "the regulator") is resolved through the mentions seen so far.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from knowledge.article import Article
from knowledge.attribution import sentence_claims
from knowledge.claims import Entity
from knowledge.coref import Mentions, bare_descriptor, role_head, same_role
from knowledge.name_kinds import singular
from knowledge.names import is_agent
from knowledge.phrases import Phrase, Raw, make_phrase
from knowledge.speaker_names import phrase_name, speaker_text, spoken_for
from knowledge.words import tokenize, units


@dataclass
class Found:
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


def _resolve(phrase: Phrase, mentions: Mentions, article: Article, paragraph: int) -> tuple[str, str]:
    """(speaker as written, the form filed under its party) for a speaker phrase."""
    start = article.paragraph(paragraph).start
    resolved = mentions.resolve(phrase, start, article.text[start : phrase.start])
    # "a spokesperson for Norvale", "rzecznik spółki Kormex": their words are the organisation's
    party = resolved or spoken_for(phrase, article.text) or phrase_name(phrase, article.text)
    return speaker_text(phrase, article.text), party


def _remember(mentions: Mentions, phrase: Phrase, form: str, text: str) -> None:
    if phrase.name:
        title = phrase.toks[0].text in '„“"' or text[phrase.name[0].start - 1 : phrase.name[0].start] in '„“"'
        # one word that is no first name ("Bursztynex"), or a plural-only name ("Koleje Nadmorskie")
        org = (len(phrase.name) == 1 and "imię" not in phrase.name[0].name_classes()) or not singular(phrase.name[0])
        mentions.add(phrase.start, _mention_lemmas(phrase), form, title, org)


def _mention_lemmas(phrase: Phrase) -> set[str]:
    """The lemmas a later descriptor can meet: "company spokeswoman Dana Reed" is no "company" (an English noun
    before another agent noun only says what kind of agent)."""
    toks = [t for t in phrase.toks if t.is_word]
    modifiers = {i for i, t in enumerate(toks[:-1]) if t.lang == "en" and is_agent(t) and is_agent(toks[i + 1])}
    return {lem for i, t in enumerate(toks) if i not in modifiers for lem in t.lemmas}


def _units(article: Article) -> list[tuple[int, tuple[int, int]]]:
    """(paragraph, span) of every sentence, numbered by position, split where the segmenter glued two."""
    return [(s.paragraph, u) for s in article.sentences for u in units(article.text, s.start, s.end)]


def _introduced(article: Article, people: list[Entity], paragraph: int, start: int, last: Found | None, since: int) -> Found | None:
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
    return Found(raw, e.name, e.name, None, paragraph, -1, (e.start, e.end), phrase)


def _person_named(entities: list[Entity], form: str) -> Entity | None:
    """The person a speaker's form names: their full name, or their surname alone ("Górecka")."""
    people = (e for e in entities if e.kind == "person")
    return next((e for e in people if any(n == form or n.endswith(" " + form) for n in (e.name, e.canonical, *e.aliases))), None)


def _role_said_again(article: Article, entities: list[Entity], phrase: Phrase, owner: str | None, last: Found, paragraph: int) -> bool:
    """ "Górecka zarzuciła … – … – powiedziała wiceprzewodnicząca związku", "– … – zapowiedział adwokat": the person who
    last spoke in the paragraph, named again by the role they were introduced with (or another word for it), and by
    the organisation of that role when the phrase names one (``owner``, the party the phrase points at)."""
    head = role_head(phrase)
    if not head or last.paragraph != paragraph or last.phrase is None or not last.phrase.name:
        return False
    person = _person_named(entities, last.party_form)
    if person is None or person.role_start is None or person.role_end is None:
        return False
    role = {lem for t in tokenize(article.text, person.role_start, person.role_end, article.lang) for lem in t.lemmas}
    if not same_role(head, role):
        return False
    rest = [t for t in phrase.toks if t.is_word and not set(t.lemmas) & head]
    if all(set(t.lemmas) & role for t in rest):
        return True  # "adwokat", "rzecznik spółki" after "Rzecznik spółki Jan Kos"
    if owner is None:
        return False  # "rzecznik ministerstwa" after "Rzecznik spółki Jan Kos": someone else
    org = next((e for e in entities if owner in (e.name, e.canonical)), None)
    forms = (owner, *(org.aliases if org is not None else ()))
    role_text = article.text[person.role_start : person.role_end]
    return any(form in role_text for form in forms)


def found_claims(article: Article, mentions: Mentions, entities: list[Entity]) -> list[Found]:
    """Every claim of the article in text order, its speaker resolved or carried on from the last one."""
    text = article.text
    people = [e for e in entities if e.kind == "person"]
    out: list[Found] = []
    last: Found | None = None
    all_units = _units(article)
    spoken: Found | None = None  # the last speaker with words of their own
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
            found = Found(
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
                speaker, form = _resolve(raw.speaker, mentions, article, paragraph)
                phrase = raw.speaker
                if last is not None and _role_said_again(article, entities, phrase, form if form != speaker else None, last, paragraph):
                    form = last.party_form
                _remember(mentions, phrase, form, text)
            via = phrase_name(raw.via, text) if raw.via is not None and raw.via.toks else None
            found = Found(raw, speaker, form, via, paragraph, sent, (u_start, u_end), phrase, raw.speaker is None)
            if raw.speaker is None and last is not None and last.raw.object_only and last.paragraph == paragraph:
                # "… zaprzeczając informacjom. „…” – taką odpowiedź cytował „WSJ”": one statement
                found.raw = replace(raw, act=last.raw.act if raw.act in ("says", "cites", "reports") else raw.act)
                found.ctx = (last.ctx[0], u_end)
                out.remove(last)
            out.append(found)
            if not any(o is not raw and o.start <= raw.start and raw.end <= o.end for o in raws):
                last = found  # "He denied union claims that …": a claim inside another's words does not speak next
    return out


def headline_descriptors(article: Article, found: list[Found]) -> list[Found]:
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
