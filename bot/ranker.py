"""Rank an article's sentences for a question: a softmax over a few retrieval features.

Each sentence gets a probability of holding the answer, from BM25, the e5
cosine (alone and with the sentence before it, which often names the
subject), the weighted share of question terms it and its predecessor hold,
whether it holds the asked-for kind of answer, its place and length, and
the cosine of character 4-gram TF-IDF vectors (spelling closeness lemmas
miss: derived words, compounds, names the lemmatiser does not know).
The weights were fitted listwise on PoQuAD dev paragraphs by
``bench/fit_ranker.py``; the probabilities decide how many sentences to cite.
Questions in the other language than the article's are ranked with weights of
their own (``CROSS_*``), fitted on the project's articles by ``bench/fit_cross.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.answer_types import holds_type
from bot.question import Question
from knowledge.article import Article
from knowledge.search import Hit, SentenceIndex
from knowledge.terms import Term

FEATURES = ("lexical", "dense", "dense_context", "coverage", "coverage_context", "holds_type", "position", "length", "chargrams")
_TYPED = FEATURES.index("holds_type")
WEIGHTS = np.array([0.51, 0.52, 0.95, 0.81, 1.05, 0.93, -0.45, 0.31, 0.95])
TEMPERATURE = 1.0
# Across languages words rarely meet and the fit above does not carry over: a fit of its own on the own
# articles' other-language questions (bench/fit_cross.py, two-fold by article) over these features
CROSS_FEATURES = ("fused", "dense", "dense_context", "lexical", "coverage", "coverage_context", "holds_type", "chargrams", "heading")
CROSS_WEIGHTS = np.array([1.50, 1.63, 1.24, -0.56, -0.35, 0.21, 2.02, 0.55, -2.18])
CROSS_TEMPERATURE = 0.4  # sharper than the fit's 1.0, which cited more runners-up (seed dev precision 0.944)
# a question asking what a named party questions, blames, wants … (``question.subject_asked``): the sentences of
# the party's statements count this much more, so the answer comes from its words, not any sentence naming it
CROSS_SPEAKER = 10.0
# the share of the question's numbers a sentence holds ("revenues in 2026"): besides names the only words that meet
# (2.0 and 4.0 give the same figures on the own articles; 4.0 also outweighs e5 in a five-sentence story)
CROSS_NUMBERS = 4.0
PREVIOUS = 0.3  # weight of the preceding sentence's cosine in the context feature
CROSS_LINGUAL_LEXICAL = 0.4  # across languages only names meet: BM25 counts for less


@dataclass(frozen=True)
class Ranked:
    """A sentence with its probability of holding the answer."""

    hit: Hit
    p: float
    holds_type: bool
    leans_back: bool = False  # it opens by pointing at the sentence before it ("Rozwiązanie to…", "Trafiła…")


def _relative(values: np.ndarray) -> np.ndarray:
    """Scale to 0..1 from the mean up to the best (the article's own spread)."""
    spread = float(values.max() - values.mean())
    if spread <= 1e-6:
        return np.zeros_like(values)
    return np.clip((values - values.mean()) / spread, 0.0, 1.0)


def features(question: Question, index: SentenceIndex, asked: Sequence[Term], vector: np.ndarray) -> tuple[list[Hit], np.ndarray]:
    """The hits in article order and their feature matrix (one row per sentence)."""
    article = index.article
    same = question.lang == article.lang
    by_index = {h.sentence.index: h for h in index.search(asked, vector, same_language=same)}
    hits = [by_index[s.index] for s in index.sentences]
    n = len(hits)
    dense = np.array([h.dense for h in hits])
    previous = np.array(
        [dense[i - 1] if i > 0 and hits[i - 1].sentence.paragraph == hits[i].sentence.paragraph else dense[i] for i in range(n)]
    )
    context_coverage = [
        index.coverage(asked, index.keys[i] | index.keys[i - 1])
        if i > 0 and hits[i - 1].sentence.paragraph == hits[i].sentence.paragraph
        # the first sentence of a paragraph has no predecessor to lean on
        else hits[i].coverage
        for i in range(n)
    ]
    typed = [
        not question.answer_type or holds_type(article.sentence_text(h.sentence), question.answer_type, asked, article.lang) for h in hits
    ]
    lengths = np.array([(h.sentence.end - h.sentence.start) / max(1, len(article.text)) for h in hits])
    matrix = np.column_stack(
        [
            np.array([h.lexical for h in hits]) * (1.0 if same else CROSS_LINGUAL_LEXICAL),
            _relative(dense),
            _relative(dense + PREVIOUS * previous),
            np.array([h.coverage for h in hits]),
            np.array(context_coverage),
            np.array(typed, dtype=float),
            np.arange(n) / max(1, n - 1),
            np.log(lengths + 1e-3),
            _relative(index.chargrams.cosine(question.text)),
        ]
    )
    return hits, matrix


def cross_matrix(hits: Sequence[Hit], matrix: np.ndarray, article: Article) -> np.ndarray:
    """The features of ``CROSS_FEATURES``, one row per sentence, from the hits and their ``features`` matrix."""
    headings = article.headings
    columns = {name: matrix[:, FEATURES.index(name)] for name in CROSS_FEATURES if name in FEATURES}
    columns["fused"] = np.array([h.score for h in hits])
    columns["heading"] = np.array([h.sentence.paragraph in headings for h in hits], dtype=float)
    return np.column_stack([columns[name] for name in CROSS_FEATURES])


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def shared_numbers(question: str, sentences: Sequence[str]) -> np.ndarray:
    """Per sentence, the share of the question's numbers ("2026", "1.5") it holds: numbers meet in any language."""
    asked = _numbers(question)
    if not asked:
        return np.zeros(len(sentences))
    return np.array([len(asked & _numbers(text)) / len(asked) for text in sentences])


def _numbers(text: str) -> set[str]:
    """The numbers of ``text`` without their separators: "1,2" (Polish) meets "1.2", "2,600" meets "2600"."""
    return {re.sub(r"[.,]", "", n) for n in _NUMBER.findall(text)}


def rank(
    question: Question, index: SentenceIndex, asked: Sequence[Term], vector: np.ndarray, *, spoken: frozenset[int] = frozenset()
) -> list[Ranked]:
    """Every sentence with its answer probability, most likely first (``spoken``: the sentences of the statements of
    the party the question asks about, which count across languages)."""
    if not index.sentences:
        return []
    hits, matrix = features(question, index, asked, vector)
    if question.lang == index.article.lang:
        scores = matrix @ WEIGHTS / TEMPERATURE
    else:
        speaks = np.array([h.sentence.index in spoken for h in hits], dtype=float)
        numbers = shared_numbers(question.text, [index.article.sentence_text(h.sentence) for h in hits])
        scores = (
            cross_matrix(hits, matrix, index.article) @ CROSS_WEIGHTS + CROSS_SPEAKER * speaks + CROSS_NUMBERS * numbers
        ) / CROSS_TEMPERATURE
    p = np.exp(scores - scores.max())
    p /= p.sum()
    order = sorted(range(len(hits)), key=lambda i: (-p[i], hits[i].sentence.index))
    return [Ranked(hits[i], float(p[i]), bool(matrix[i, _TYPED]), index.leans_back(hits[i].sentence)) for i in order]
