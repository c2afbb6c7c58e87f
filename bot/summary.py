"""Summary: 3-6 bullets, each carrying a verbatim cited quote.

The lead sentence states the main claim; the sentence after it that fits
the lead best gives its source or basis; denials (from the claims ledger,
or sentences with a denial next to a speech verb) are the responses; the
most central sentences left, from other paragraphs, give the context.
"""

from __future__ import annotations

import numpy as np

from bot.answer import Answer, cite
from bot.compose import bulleted_answer
from bot.speech_sentences import continues
from bot.speech_words import DENIAL, SPEECH
from knowledge.article import Article, Sentence
from knowledge.claims import Ledger
from knowledge.search import SentenceIndex
from knowledge.terms import terms

MAX_RESPONSES = 2
MAX_BULLETS = 6
_LABELS = {
    "claim": {"en": "Main claim", "pl": "Główna teza"},
    "basis": {"en": "Source and basis", "pl": "Źródło i podstawa"},
    "response": {"en": "Response", "pl": "Odpowiedź"},
    "context": {"en": "Context", "pl": "Kontekst"},
}
_MIN_WORDS = 6  # shorter sentences (headings, bylines) say too little for a bullet


def _body(index: SentenceIndex, min_words: int = _MIN_WORDS) -> list[Sentence]:
    article = index.article
    return [s for s in index.sentences if s.paragraph not in article.headings and len(article.sentence_text(s).split()) >= min_words]


def _opening(article: Article, start: int, context_start: int | None, paragraph: int) -> int:
    """Where a claim's passage opens: at its context when that starts earlier in the same paragraph."""
    if context_start is None or article.paragraph_at(context_start) != paragraph:
        return start
    return min(start, context_start)


def _denials(index: SentenceIndex, ledger: Ledger, body: list[Sentence]) -> list[list[Sentence]]:
    article = index.article
    # a denial filed with the words after it ("X zaprzeczył doniesieniom. „…” – oświadczyła rzeczniczka")
    # starts where its context does
    spans = [(_opening(article, c.start, c.context_start, c.paragraph), c.end) for c in ledger.claims if c.stance == "denies"]
    found = []
    for s in body:
        # a denial in the ledger, or a denial word next to a speech word ("odpowiedziała …, zaprzeczając")
        keys = {k for t in terms(article.sentence_text(s), article.lang) for k in t.keys}
        if any(s.start < e and b < s.end for b, e in spans) or (keys & DENIAL and keys & SPEECH):
            found.append(s)
    picked: list[list[Sentence]] = []
    for s in found:  # one response per paragraph, with the quote that carries it on
        if all(group[0].paragraph != s.paragraph for group in picked):
            group = [s]
            for nxt in index.sentences:
                if continues(article, nxt, group[-1]):
                    group.append(nxt)
            picked.append(group)
    return picked[:MAX_RESPONSES]


def summarize(article: Article, index: SentenceIndex, ledger: Ledger, *, question: str, lang: str) -> Answer:
    """The summary of one article as an answer with one citation per bullet."""
    body = _body(index) or list(index.sentences)
    if not body:
        return Answer(question=question, answered=False, text="", lang=lang, intent="summary", article_id=article.id)
    vectors = index.vectors[[s.index for s in body]]
    centroid = vectors.mean(axis=0)
    centrality = vectors @ (centroid / (np.linalg.norm(centroid) or 1.0))
    lead = body[0]
    points: list[tuple[str, Sentence]] = [("claim", lead)]
    # a denial may be short ("Spółka stanowczo zaprzeczyła doniesieniom."): it is the response all the same
    responses = _denials(index, ledger, _body(index, min_words=1))
    denying = {s.index for group in responses for s in group}
    # the source and basis of the claim, not the accused party's denial that follows it
    following = [i for i in range(1, min(4, len(body))) if body[i].index not in denying]
    if following:
        i = max(following, key=lambda i: float(vectors[i] @ vectors[0]))
        points.append(("basis", body[i]))
    used = {s.index for _, s in points}
    spans: dict[int, Sentence] = {}  # a response's last sentence, by its first
    for group in responses:
        if not used.intersection(s.index for s in group):
            points.append(("response", group[0]))
            spans[group[0].index] = group[-1]
            used.update(s.index for s in group)
    for i in np.argsort(-centrality):
        if len(points) >= MAX_BULLETS or (len(points) >= 4 and any(k == "context" for k, _ in points)):
            break
        s = body[int(i)]
        if s.index in used or any(p.paragraph == s.paragraph for _, p in points):
            continue
        points.append(("context", s))
        used.add(s.index)
    points.sort(key=lambda p: (["claim", "basis", "response", "context"].index(p[0]), p[1].index))
    items = [(_LABELS[kind].get(lang, _LABELS[kind]["en"]), [cite(article, s.start, spans.get(s.index, s).end)]) for kind, s in points]
    return bulleted_answer(question, article, lang, items, kind="summary")
