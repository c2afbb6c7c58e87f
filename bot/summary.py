"""Summary: 3-6 bullets, each carrying a verbatim cited quote.

The lead sentence states the main claim; the sentence after it that fits
the lead best gives its source or basis; denials (from the claims ledger,
or sentences with a denial next to a speech verb) are the responses; the
most central sentences left, from other paragraphs, give the context.
"""

from __future__ import annotations

import numpy as np

from bot.answer import Answer, Citation, cite
from bot.compose import bulleted_answer
from bot.speech_sentences import mid_quote
from bot.speech_words import DENIAL, SPEECH
from knowledge.article import Article, Sentence
from knowledge.claims import Ledger
from knowledge.leaning import refers_back
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
_OPENERS = '„“”"«–—'  # a sentence opening with one of these opens a quote or a line of dialogue
_MIN_WORDS = 6  # shorter sentences (headings, bylines) say too little for a bullet


def _body(index: SentenceIndex, min_words: int = _MIN_WORDS) -> list[Sentence]:
    article = index.article
    return [s for s in index.sentences if s.paragraph not in article.headings and len(article.sentence_text(s).split()) >= min_words]


def _opening(article: Article, start: int, context_start: int | None, paragraph: int) -> int:
    """Where a claim's passage opens: at its context when that starts earlier in the same paragraph."""
    if context_start is None or article.paragraph_at(context_start) != paragraph:
        return start
    return min(start, context_start)


def _carried_on(index: SentenceIndex, s: Sentence) -> list[Sentence]:
    """``s`` and the quotes that carry it on in its paragraph, up to the one naming the speaker; a short response
    ("Fairmont disputed that account.") with the next sentence of its paragraph, which says how."""
    article = index.article
    group = [s]
    for nxt in article.sentences[s.index + 1 :]:
        short = len(group) == 1 and len(article.sentence_text(s).split()) < _MIN_WORDS and nxt.paragraph == s.paragraph
        if nxt.paragraph != s.paragraph or not (short or _opens_quote(article, nxt) or mid_quote(article, nxt)):
            break
        group.append(nxt)
    return group


def _opens_quote(article: Article, s: Sentence) -> bool:
    """``s`` opens with a quote or a line of dialogue."""
    return article.sentence_text(s).lstrip()[:1] in _OPENERS


def _self_contained(index: SentenceIndex, s: Sentence) -> bool:
    """``s`` can stand alone in a bullet: it neither leans on the sentence before nor opens inside a quote."""
    return not index.leans_back(s) and not mid_quote(index.article, s)


def _setting(index: SentenceIndex, s: Sentence) -> list[Sentence]:
    """What ``s`` needs before it to be understood, from where that stands alone: the sentence a response points
    back at ("Fairmont disputed that account.", "He denied…"), or the words introducing a quote that opens
    ``s`` within its paragraph ("Minister X said… "We will not accept…," she told reporters"); none when
    ``s`` stands alone itself."""
    article = index.article
    if s.index == 0:
        return []
    first = article.sentences[s.index - 1]
    quoted = _opens_quote(article, s) and first.paragraph == s.paragraph
    if first.paragraph in article.headings or not (quoted or refers_back(article.sentence_text(s), article.lang)):
        return []
    while first.index > 0 and not _self_contained(index, first) and article.sentences[first.index - 1].paragraph == first.paragraph:
        first = article.sentences[first.index - 1]
    return list(article.sentences[first.index : s.index])


def _passages(article: Article, group: list[Sentence]) -> list[Citation]:
    """One citation per paragraph the sentences of ``group`` run through, each from its first to its last sentence."""
    runs: dict[int, list[Sentence]] = {}
    for s in group:
        runs.setdefault(s.paragraph, []).append(s)
    return [cite(article, run[0].start, run[-1].end) for run in runs.values()]


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
    for s in found:  # one response per paragraph, with what it answers when it points back, and the quote carrying it on
        if all(s.paragraph not in {t.paragraph for t in group} for group in picked):
            picked.append(_setting(index, s) + _carried_on(index, s))
    return picked[:MAX_RESPONSES]


def summarize(article: Article, index: SentenceIndex, ledger: Ledger, *, question: str, lang: str, gist: bool = False) -> Answer:
    """The summary of one article as an answer with a citation per bullet (per paragraph a bullet quotes);
    ``gist``: what the story is about, its main claim and the source and basis of it, nothing more."""
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
    if gist:
        return _bulleted(article, question, lang, points, {})
    used = {s.index for _, s in points}
    groups: dict[int, list[Sentence]] = {}  # the sentences a bullet quotes, by its first
    for group in responses:
        if not used.intersection(s.index for s in group):
            points.append(("response", group[0]))
            groups[group[0].index] = group
            used.update(s.index for s in group)
    for i in np.argsort(-centrality):
        if len(points) >= MAX_BULLETS or (len(points) >= 4 and any(k == "context" for k, _ in points)):
            break
        s = body[int(i)]
        if s.index in used or any(p.paragraph == s.paragraph for _, p in points) or not _self_contained(index, s):
            continue
        points.append(("context", s))
        groups[s.index] = _setting(index, s) + _carried_on(index, s)
        used.update(t.index for t in groups[s.index])
    return _bulleted(article, question, lang, points, groups)


def _bulleted(article: Article, question: str, lang: str, points: list[tuple[str, Sentence]], groups: dict[int, list[Sentence]]) -> Answer:
    """The labelled bullets in order (claim, basis, responses, context), each quoting its sentences."""
    points = sorted(points, key=lambda p: (["claim", "basis", "response", "context"].index(p[0]), p[1].index))
    items = [(_LABELS[kind].get(lang, _LABELS[kind]["en"]), _passages(article, groups.get(s.index, [s]))) for kind, s in points]
    return bulleted_answer(question, article, lang, items, kind="summary")
