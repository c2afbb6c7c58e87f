"""Who said what: link the party a question names to the article's statements.

The claims ledger is the source: the party is linked to its speakers across
languages and inflections (``bot.party_link``: lemma keys and spelling for names,
e5 vectors for "the French embassy" ~ "Ambasada Francji w Warszawie"), and every
claim of the linked speaker is returned.  When the ledger holds nothing for the
party, sentences are read directly (``bot.speech_sentences``): the party named
next to a speech verb, plus the quoted sentences that continue it.  ``merged``
joins both readings into passages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.party_link import link, names_all
from bot.speech_sentences import from_sentences, named_in
from bot.statement import Statement, sentences_over, statement
from knowledge.article import Article, Sentence
from knowledge.claims import Claim, Ledger
from knowledge.terms import terms

# the engine asks this module for both readings
__all__ = ["Statement", "from_ledger", "from_sentences", "merged", "named_in"]


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
        for name in names:
            contexts[name] = contexts.get(name, "") + " " + around
    names = sorted({n for group in speakers.values() for n in group})
    party_of = {n: canonical for canonical, group in speakers.items() for n in group}
    sources = sorted({c.via for c in ledger.claims if c.via})
    party_words = [t.text for t in terms(party, lang)]
    # a source named outright ("what did Reuters report") beats a loose cross-language speaker match
    named_source = not any(names_all(party_words, n) for n in names) and any(names_all(party_words, s) for s in sources)
    linked = set() if named_source else set(link(party, lang, names, contexts, party_of))
    if not linked:
        # "what did the agency report": the claims the article cites through that source
        via = set(link(party, lang, sources))
        return [replace(st, via=True) for st in _grouped(article, [c for c in ledger.claims if c.via in via])]
    return _grouped(article, [c for c in ledger.claims if linked & speakers[c.canonical]])


def _grouped(article: Article, claims: Sequence[Claim]) -> list[Statement]:
    """Claims as whole sentences, in article order; adjacent sentences of one paragraph make one passage."""
    groups: list[tuple[list[Sentence], str | None]] = []
    for c in sorted(claims, key=lambda c: c.start):
        sentences = [s for s in sentences_over(article, c.start, c.end) if not groups or s.index > groups[-1][0][-1].index]
        if not sentences:
            continue  # inside a statement already taken
        stance = c.stance if c.stance != "neutral" else None
        last = groups[-1][0][-1] if groups else None
        if last is not None and sentences[0].index == last.index + 1 and sentences[0].paragraph == last.paragraph:
            groups[-1] = (groups[-1][0] + sentences, groups[-1][1] or stance)  # one passage: "…" – he said. "…"
        else:
            groups.append((sentences, stance))
    return [statement(article, sentences, stance) for sentences, stance in groups]


def merged(article: Article, *found: Sequence[Statement]) -> list[Statement]:
    """Statements from several readings as passages: overlapping or adjacent sentences of a paragraph join."""
    spans = sorted((st for group in found for st in group), key=lambda st: st.start)
    out: list[Statement] = []
    for st in spans:
        if out:
            last = out[-1]
            between = [x for x in article.sentences if last.end <= x.start < st.start]
            if st.start < last.end or (not between and article.paragraph_at(st.start) == article.paragraph_at(last.start)):
                stance = last.stance if last.stance != "neutral" else st.stance
                out[-1] = Statement(last.start, max(last.end, st.end), stance, last.via or st.via)
                continue
        out.append(st)
    return out
