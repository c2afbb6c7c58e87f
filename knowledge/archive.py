"""The archive index: every stored article's sentences, searchable by lemma.

One row per sentence (its content lemmas).  ``SentenceIndex`` holds what the
backends share — catching up with the store, and the scoring;
``knowledge/archive_sqlite.py`` keeps the rows in a SQLite FTS5 file next to
the store (the default), ``knowledge/archive_pg.py`` in PostgreSQL.  It is
derived data: rebuildable from the store at any time, written after each
ingest, and on open (and before each search) it catches up with the store —
articles another process ingested, or that a crash between the store write and
the index write left out, are indexed then; articles deleted from the store are
dropped.  Nothing is loaded at start-up: the database pages the index in as
queries touch it.
"""

from __future__ import annotations

import logging
import math
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.article import Article
from knowledge.morph import lemmas, words
from knowledge.store import Store

log = logging.getLogger(__name__)

# Function words carry no evidence; dropping them keeps posting lists short.
_STOP_WORDS = (
    "a an and are as at be but by for from has have he her his i in is it its of on or she that the their they this to was "
    "were which will with we you our not no if than then there these those been being would could also had did do does "
    "a aby albo ale bo by być co czy dla do i ich jak jako jednak jego jej już ku lub mieć na nad nie o od oraz po pod "
    "przez przy się są tak także też to tym w we wraz z za ze że który on ona ono oni ten ta"
)
_STOP = frozenset(_STOP_WORDS.split())
# Words that shape a question but are not what it asks about.
_QUESTION_WORDS = (
    "what who whom whose when where why how which say tell told about according "
    "co kto kogo komu czemu czego kiedy gdzie dlaczego jaki jaka jakie ile czym mówić powiedzieć według temat sprawa"
)
_QUESTION = frozenset(_QUESTION_WORDS.split())
_NON_WORD = re.compile(r"[\W_]+")  # FTS5 and PostgreSQL both split on "_"
# Candidates come from the question's rarest words, until their postings add up to
# this many sentences: common words add little evidence and cost the most to rank.
_POSTINGS_BUDGET = 3000
_CONTEXT = 0.5  # weight of question words found elsewhere in the same article


def _clean(lemma: str) -> str:
    return _NON_WORD.sub("", lemma.lower())


def sentence_terms(article: Article) -> list[str]:
    """Each sentence's content lemmas, space-separated (what the index holds)."""
    out = []
    for s in article.sentences:
        terms: dict[str, None] = {}
        for w in words(article.sentence_text(s)):
            for lem in lemmas(w.text, article.lang):
                term = _clean(lem)
                if term and term not in _STOP:
                    terms[term] = None
        out.append(" ".join(terms))
    return out


def question_terms(question: str, lang: str) -> list[tuple[str, ...]]:
    """The content words of a question, each as the set of its possible lemmas."""
    out: list[tuple[str, ...]] = []
    for w in words(question):
        options = tuple(dict.fromkeys(t for t in (_clean(lem) for lem in lemmas(w.text, lang)) if t))
        if options and not any(t in _STOP or t in _QUESTION for t in options) and options not in out:
            out.append(options)
    return out


@dataclass(frozen=True)
class Hit:
    """A sentence of a stored article: the share of the question it covers, and its rank score (with its article's context)."""

    article: str
    sentence: int
    coverage: float
    score: float


class SentenceIndex(ABC):
    """What every archive index backend does; the scoring lives here, the storage in subclasses."""

    store: Store
    errors: tuple[type[BaseException], ...] = ()  # the backend's database errors

    @abstractmethod
    def add(self, article: Article) -> bool:
        """Index one article (once); False when it was indexed already."""

    @abstractmethod
    def remove(self, article_id: str) -> None:
        """Drop an article from the index."""

    @abstractmethod
    def count(self) -> int:
        """How many articles are indexed."""

    @abstractmethod
    def indexed_ids(self) -> set[str]:
        """Every indexed article id."""

    @abstractmethod
    def size_bytes(self) -> int:
        """The index's size on disk."""

    @abstractmethod
    def close(self) -> None:
        """Release the index's connections."""

    @abstractmethod
    def _total(self) -> int:
        """How many sentences are indexed."""

    @abstractmethod
    def _doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        """In how many sentences each term occurs (absent terms left out)."""

    @abstractmethod
    def _candidates(self, terms: Sequence[str], limit: int) -> list[tuple[str, int, str]]:
        """(article, sentence, terms) of the best full-text matches of any of ``terms``."""

    def indexed(self, article_id: str) -> bool:
        """True when the article's sentences are in the index."""
        return article_id in self.indexed_ids()

    def after_ingest(self, article: Article) -> None:
        """The library's ingest hook: index the new article; a failure only delays it to the next sync."""
        try:
            self.add(article)
        except self.errors:
            log.warning("archive index: could not index %s now; it is indexed at the next catch-up", article.id, exc_info=True)

    def sync(self) -> int:
        """Catch up with the store (index missing articles, drop deleted ones); how many changed."""
        if self.store.count() == self.count():
            return 0  # the common case, one cheap count each
        held = self.store.ids()
        indexed = self.indexed_ids()
        gone = indexed - set(held)
        for article_id in gone:
            self.remove(article_id)
        missing = [a for a in held if a not in indexed]
        if missing:
            log.info("archive index: catching up on %d article(s)", len(missing))
        for article_id in missing:
            self.add(self.store.get(article_id))
        return len(gone) + len(missing)

    def search(self, question: str, lang: str, *, limit: int = 20, candidates: int = 200) -> list[Hit]:
        """The sentences covering most of the question's content words, best first."""
        asked = question_terms(question, lang)
        total = self._total() if asked else 0
        if not total:
            return []
        df = self._doc_freqs(sorted({t for options in asked for t in options}))

        def idf(n: int) -> float:
            return math.log(1 + (total - n + 0.5) / (n + 0.5))

        # a word's weight is that of its commonest known lemma (unknown everywhere: the rarest weight)
        weights = [idf(max((df.get(t, 0) for t in options), default=0)) for options in asked]
        present = sorted((o for o in asked if any(df.get(t) for t in o)), key=lambda o: sum(df.get(t, 0) for t in o))
        chosen: list[str] = []
        postings = 0
        for options in present:
            postings += sum(df.get(t, 0) for t in options)
            if chosen and postings > _POSTINGS_BUDGET:
                break
            chosen += [t for t in options if df.get(t)]
        if not chosen:
            return []
        rows = self._candidates(chosen, candidates)
        # the question's words the article has in its other candidate sentences back a sentence up:
        # "X denied talks" is the better quote in the article that also names the company asked about
        in_article: dict[str, set[str]] = {}
        for article_id, _, terms in rows:
            in_article.setdefault(article_id, set()).update(terms.split())
        hits = []
        mass = sum(weights)
        for article_id, sentence, terms in rows:
            have = set(terms.split())
            got = sum(w for options, w in zip(asked, weights, strict=True) if have.intersection(options))
            around = sum(w for options, w in zip(asked, weights, strict=True) if in_article[article_id].intersection(options))
            hits.append(Hit(article=article_id, sentence=int(sentence), coverage=got / mass, score=got + _CONTEXT * (around - got)))
        hits.sort(key=lambda h: (-h.score, h.article, h.sentence))
        return hits[:limit]


def group_by_article(hits: Sequence[Hit], *, articles: int = 3, per_article: int = 2) -> list[tuple[str, list[Hit]]]:
    """The best hits grouped by article, articles in order of their best hit."""
    groups: dict[str, list[Hit]] = {}
    for h in hits:
        if h.article not in groups and len(groups) >= articles:
            continue
        group = groups.setdefault(h.article, [])
        if len(group) < per_article:
            group.append(h)
    return list(groups.items())
