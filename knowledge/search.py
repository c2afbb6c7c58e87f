"""Hybrid sentence retrieval over one article: BM25 on lemma keys plus e5 cosine.

BM25 (bm25s) finds the sentences sharing the question's words in any
inflection; the dense side finds them across languages and paraphrase.  The
two are mixed into one score per sentence; the lexical share shrinks when
question and article are in different languages, where words rarely meet.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import bm25s
import numpy as np

from knowledge.article import Article, Sentence
from knowledge.chargrams import CharGrams
from knowledge.leaning import leans_back
from knowledge.terms import Term, fold, is_stop, terms

logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build

# weight of the lexical score in the mix: same language, other language
LEXICAL_WEIGHT = {True: 0.5, False: 0.2}
HEADING_FACTOR = 0.8  # a heading may answer, but a body sentence says it in full


@dataclass(frozen=True)
class Hit:
    """One sentence scored for one question."""

    sentence: Sentence
    score: float  # the fused score, 0..1
    lexical: float  # BM25 relative to the best sentence, 0..1
    dense: float  # cosine of question and sentence
    coverage: float  # weighted share of the question's terms the sentence holds


class SentenceIndex:
    """The searchable sentences of one article (source line left out)."""

    def __init__(self, article: Article, vectors: np.ndarray) -> None:
        self.article = article
        self.vectors = vectors
        self.sentences = tuple(s for s in article.sentences if s.paragraph != article.source_paragraph)
        self._rows = [s.index for s in self.sentences]
        self.terms = tuple(tuple(terms(article.sentence_text(s), article.lang)) for s in self.sentences)
        self.keys = tuple(frozenset(k for t in ts for k in t.keys) for ts in self.terms)
        self._bm25 = bm25s.BM25()
        self._bm25.index([sorted(k) or [""] for k in self.keys], show_progress=False)
        self._vocab = set(self._bm25.vocab_dict)
        self._position = {s.index: i for i, s in enumerate(self.sentences)}
        # the article's words without diacritics, for matching names: a function word counts only when
        # capitalised ("Ma" of "Yo-Yo Ma", not the verb "ma", which a question's "Ma" would otherwise meet)
        self.vocabulary = frozenset(fold(w) for w in re.findall(r"\w+", article.text) if w[:1].isupper() or not is_stop(w, article.lang))

    @cached_property
    def chargrams(self) -> CharGrams:
        """Character 4-gram TF-IDF of the searchable sentences (built on first use)."""
        return CharGrams([self.article.sentence_text(s) for s in self.sentences])

    @cached_property
    def _leaning(self) -> tuple[bool, ...]:
        """Per searchable sentence: it opens by pointing at the sentence before it in its paragraph."""
        return tuple(
            i > 0 and self.sentences[i - 1].paragraph == s.paragraph and leans_back(self.article.sentence_text(s), self.article.lang)
            for i, s in enumerate(self.sentences)
        )

    def leans_back(self, sentence: Sentence) -> bool:
        """True when ``sentence`` goes on from the one before it ("Rozwiązanie to…", "Trafiła…", "It was…")."""
        return self._leaning[self._position[sentence.index]]

    def keys_of(self, sentence: Sentence) -> frozenset[str]:
        """The term keys of one sentence."""
        return self.keys[self._position[sentence.index]]

    def document_frequency(self, keys: Sequence[str]) -> int:
        """How many sentences hold any of ``keys``."""
        wanted = set(keys)
        return sum(1 for k in self.keys if k & wanted)

    def term_weight(self, term: Term) -> float:
        """IDF-like weight of a question term; a term the article lacks weighs most."""
        n = len(self.sentences)
        return math.log(1.0 + (n + 1) / (1.0 + self.document_frequency(term.keys)))

    def coverage(self, query: Sequence[Term], keys: frozenset[str]) -> float:
        """The weighted share of ``query`` terms met by ``keys``."""
        if not query:
            return 0.0
        weights = [self.term_weight(t) for t in query]
        met = sum(w for t, w in zip(query, weights, strict=False) if keys.intersection(t.keys))
        return met / sum(weights)

    def article_coverage(self, query: Sequence[Term]) -> float:
        """The weighted share of ``query`` terms found anywhere in the article."""
        return self.coverage(query, frozenset().union(*self.keys) if self.keys else frozenset())

    def search(self, query: Sequence[Term], vector: np.ndarray, *, same_language: bool = True) -> list[Hit]:
        """Every sentence scored for the question, best first."""
        if not self.sentences:
            return []
        tokens = sorted({k for t in query for k in t.keys} & self._vocab)
        lexical = np.asarray(self._bm25.get_scores(tokens), dtype=np.float32) if tokens else np.zeros(len(self.sentences), np.float32)
        if lexical.max() > 0:
            lexical = lexical / lexical.max()
        dense = self.vectors[self._rows] @ vector
        spread = float(dense.max() - dense.mean())
        relative = np.clip((dense - dense.mean()) / spread, 0.0, 1.0) if spread > 1e-6 else np.zeros_like(dense)
        w = LEXICAL_WEIGHT[same_language] if lexical.max() > 0 else 0.0
        fused = w * lexical + (1.0 - w) * relative
        hits = []
        for i, s in enumerate(self.sentences):
            factor = HEADING_FACTOR if s.paragraph in self.article.headings else 1.0
            hits.append(Hit(s, float(fused[i]) * factor, float(lexical[i]), float(dense[i]), self.coverage(query, self.keys[i])))
        hits.sort(key=lambda h: (-h.score, h.sentence.index))
        return hits
