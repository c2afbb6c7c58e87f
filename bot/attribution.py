"""Who said what: link the party a question names to the article's statements.

The claims ledger is the source: the party is linked to its speakers across
languages and inflections (``bot.party_link``: lemma keys and spelling for names,
e5 vectors for "the French embassy" ~ "Ambasada Francji w Warszawie"), and every
claim of the linked speaker is returned.  When the ledger holds nothing for the
party, sentences are read directly (``bot.speech_sentences``): the party named
next to a speech verb, plus the quoted sentences that continue it.  ``merged``
(``bot.statement``) joins both readings into passages; an organisation's
spokespeople and role holders come from ``bot.spokespeople``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.officials import officials
from bot.party_link import link, mentions, names_all, role_words, words_of_party
from bot.speech_sentences import from_sentences, head_named, named_in
from bot.spokespeople import SPOKES, role_holder, spokespeople
from bot.statement import Statement, body_first, grouped, merged, sentences_over, statement
from knowledge.article import Article, Sentence
from knowledge.claims import Claim, Ledger
from knowledge.dateline import dateline_agency
from knowledge.morph import words
from knowledge.search import SentenceIndex
from knowledge.terms import terms
from knowledge.verbs import reporting_verb
from knowledge.words import tokenize

# the engine asks this module for both readings
__all__ = [
    "Statement",
    "agency_lead",
    "denials_about",
    "from_ledger",
    "from_sentences",
    "head_named",
    "merged",
    "named_in",
    "on_topic",
    "response",
    "role_holder",
    "spoken_by",
    "unclaimed",
    "voiced_by",
]


def from_ledger(ledger: Ledger, article: Article, party: str, lang: str) -> list[Statement]:
    """Every claim of the speaker the party links to, as whole sentences."""
    speakers: dict[str, set[str]] = {}
    contexts: dict[str, str] = {}
    for c in ledger.claims:
        names = [c.speaker, c.canonical, *c.aliases]
        speakers.setdefault(c.canonical, set()).update(names)
        # the claim's sentences without the claim itself: how the article introduces the speaker
        sentences = sentences_over(article, c.start, c.end)
        around = " ".join(article.text[s.start : c.start] + " " + article.text[c.end : s.end] for s in sentences)
        around += " " + _lead_in(article, sentences[0]) if sentences else ""
        for name in names:
            contexts[name] = contexts.get(name, "") + " " + around
    # an organisation speaks through the officers introduced with its name ("Rzecznik MEN Jan Kos")
    offices = officials(ledger, {e.canonical for e in ledger.entities if e.kind == "organisation"})
    for e in ledger.entities:
        if e.canonical in offices:
            speakers.setdefault(e.canonical, set()).update({e.canonical, *e.aliases})
    introductions: dict[str, str] = {}
    for e in ledger.entities:
        if e.role and e.canonical in speakers:  # ", największego w regionie ubezpieczyciela upraw,"
            for name in speakers[e.canonical]:
                contexts[name] = contexts.get(name, "") + " " + e.role
                introductions[name] = e.role
    names = sorted({n for group in speakers.values() for n in group})
    party_of = {n: canonical for canonical, group in speakers.items() for n in group}
    sources = sorted({c.via for c in ledger.claims if c.via})
    party_words = words_of_party(party, lang)
    # a source named outright ("what did Reuters report") beats a loose cross-language speaker match
    # "agencja Reutera", "the newspaper Het Havenblad": a source is named by its name words, the descriptor aside
    source_words = [w for w in party_words if w[:1].isupper()] or party_words
    # "burmistrz Marrowby" is a person's role with a place, not the source "BBC Radio Marrowby"
    named_source = (
        not role_words(party, lang)
        and not any(names_all(party_words, n) for n in names)
        and any(names_all(source_words, s) for s in sources)
    )
    linked = set() if named_source else set(link(party, lang, names, contexts, party_of, introductions))
    if not linked:
        # "what did the agency report": the claims the article cites through that source
        via = {s for s in sources if named_source and names_all(source_words, s)} or set(link(party, lang, sources))
        return [replace(st, via=True) for st in grouped(article, [c for c in ledger.claims if c.via in via])]
    own = _in_role(ledger, [c for c in ledger.claims if linked & speakers[c.canonical]], role_words(party, lang))
    voices = spokespeople(ledger, own, contexts, {n for c in own for n in speakers[c.canonical]})
    voices |= {person for org in {party_of[n] for n in linked if n in party_of} for person in offices.get(org, ())}
    return grouped(article, body_first(article, own + [c for c in ledger.claims if c.canonical in voices]))


def _lead_in(article: Article, first: Sentence) -> str:
    """The sentence before a line of dialogue in its paragraph, which says who speaks ("Część mieszkańców popiera
    inwestycję. – … – powiedział pan Jan"); empty when the claim's sentence opens no dialogue."""
    if article.text[first.start : first.start + 1] not in ("–", "—") or first.index == 0:
        return ""
    before = article.sentences[first.index - 1]
    return article.sentence_text(before) if before.paragraph == first.paragraph else ""


def _in_role(ledger: Ledger, own: list[Claim], roles: Sequence[Sequence[str]]) -> list[Claim]:
    """ "the bank's spokesman" linked to the bank: of an organisation's claims, those its speaker in that role made
    ("A bank spokesman said …"), when there are any; the organisation's own statements otherwise."""
    kinds = {e.canonical: e.kind for e in ledger.entities}
    if not roles or not own or any(kinds.get(c.canonical) != "organisation" for c in own):
        return own
    spoken = [c for c in own if any(names_all(role, c.speaker) for role in roles)]
    return spoken or own


def unclaimed(ledger: Ledger, own: Sequence[Statement], read: Sequence[Statement]) -> list[Statement]:
    """Sentences read as the party's that the ledger gives to another speaker are not its: "Daniel Kerr, the
    council's treasurer, said …" is Kerr's, not the council's; "A spokesman said Norvale had never told it …" is
    the spokesman's, not Norvale's. A spokesperson's words stay: "Rzeczniczka oddziału NFZ Anna Lis poinformowała …"
    speaks for the fund."""
    roles = {e.canonical: e.role or "" for e in ledger.entities}
    others = [
        (c.context_start if c.context_start is not None else c.start, c.context_end if c.context_end is not None else c.end)
        for c in ledger.claims
        if not mentions(SPOKES, roles.get(c.canonical, ""))
    ]
    return [
        st
        for st in read
        if any(o.start < st.end and st.start < o.end for o in own) or not any(start <= st.start < end for start, end in others)
    ]


def on_topic(article: Article, statements: Sequence[Statement], topic: str, lang: str) -> list[Statement]:
    """The statements that speak of what the question asks about ("about which libraries close first", "admits the
    funders influenced the study"): those meeting most of the topic's words; all of them when none meets one."""
    wanted = [set(t.keys) for t in terms(topic, lang)]
    if not wanted:
        return list(statements)
    held = [{k for t in terms(article.text[st.start : st.end], lang) for k in t.keys} for st in statements]
    met = [sum(1 for keys in wanted if keys & h) for h in held]
    best = max(met, default=0)
    return [st for st, n in zip(statements, met, strict=True) if n == best] if best else list(statements)


def voiced_by(ledger: Ledger, article: Article, party: str, lang: str) -> list[Statement]:
    """A group the article names but never quotes as such, voiced by the person quoted next: "Outside experts
    welcomed the findings. Dr. Ann Kerr, an endocrinologist …, said …" answers "what did the outside experts say".
    The group must open its sentence and report or ask something there ("urged caution", not "gathered outside"),
    and the person speak later in the same paragraph."""
    party_words = words_of_party(party, lang)
    kinds = {e.canonical: e.kind for e in ledger.entities}
    for s in article.sentences:
        text = article.sentence_text(s)
        if s.paragraph in article.headings or not names_all(party_words, text) or min(mentions(party_words, text)) > 2:
            continue
        toks = tokenize(article.text, s.start, s.end, article.lang)
        if not any(reporting_verb(toks, i) for i in range(len(toks))):
            continue
        after = [c for c in ledger.claims if c.paragraph == s.paragraph and c.start >= s.end and kinds.get(c.canonical) == "person"]
        if after:
            person = [c for c in ledger.claims if c.canonical == after[0].canonical]
            return merged(article, [statement(article, [s])], grouped(article, person))
    return []


def denials_about(ledger: Ledger, article: Article, party: str, lang: str) -> list[Statement]:
    """For an admission trap: another party's denial that names the asked person, by surname or by the role the
    person was introduced with ("„… Prezes niczego nie ukrywał” – napisała rzeczniczka" for "Prezes spółki Jan Kos")."""
    party_words = words_of_party(party, lang)
    people = [e for e in ledger.entities if e.kind == "person" and any(names_all(party_words, n) for n in (e.canonical, *e.aliases))]
    own = {e.canonical for e in people}
    cues = [[w] for e in people for w in (e.canonical.split()[-1], *[t.text for t in words(e.role or "")][:1])]
    found = [
        c
        for c in ledger.claims
        if c.stance == "denies" and c.canonical not in own and any(mentions(cue, article.text[c.start : c.end]) for cue in cues)
    ]
    return grouped(article, found)


LEAD_SENTENCES = 2  # what a wire story reports: its lead


def agency_lead(article: Article, party: str, lang: str) -> list[Statement]:
    """ "What did Reuters report?" of a story datelined "LONDON, Nov 28 (Reuters) - …": the agency is the
    article's own source, so what it reports is the lead (its first sentences), cited as reported by it."""
    body = [s for s in article.sentences if s.paragraph not in article.headings]
    agency = dateline_agency(article.text, body[0].start) if body else None
    named = [w for w in words_of_party(party, lang) if w[:1].isupper()]
    if agency is None or not named or not names_all(named, agency):
        return []
    lead = [s for s in body if s.paragraph == body[0].paragraph][:LEAD_SENTENCES]
    return [replace(statement(article, lead), via=True)]


def response(article: Article, statements: Sequence[Statement], *, rebuttal: bool) -> list[Statement]:
    """A party's answer, given that it denies something: its denials and, unless the question names the
    accusation answered (``rebuttal``: "respond to the criticism"), its words in the denials' paragraphs and
    the paragraphs next to them ("X said it was disappointed. "…," its spokeswoman said. X denied …")."""
    denials = [s for s in statements if s.stance == "denies"]
    if rebuttal:
        return denials
    near = {article.paragraph_at(s.start) + step for s in denials for step in (-1, 0, 1)}
    return [s for s in statements if s.stance == "denies" or article.paragraph_at(s.start) in near]


def spoken_by(index: SentenceIndex, ledger: Ledger, party: str, lang: str) -> frozenset[int]:
    """The sentences (indices) of the party's statements, each with the sentence after it in its paragraph.

    "What does X question?", "Who does X blame for the leak?" ask for X's words worded as a fact; the answer is in
    them or runs on right after them ("X zakwestionował raport. Za wyciek obwinił …").
    """
    article = index.article
    found: set[int] = set()
    for st in merged(article, from_ledger(ledger, article, party, lang), from_sentences(index, party, lang)):
        inside = sentences_over(article, st.start, st.end)
        found.update(s.index for s in inside)
        found.update(s.index for s in article.sentences if s.index == inside[-1].index + 1 and s.paragraph == inside[-1].paragraph)
    return frozenset(found)
