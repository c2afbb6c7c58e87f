"""Persistent store: articles and what was derived from them, plus bot state.

``Store`` is the interface; ``SQLiteStore`` (one WAL-mode file under the data
directory, the default) and ``PostgresStore`` (``DATABASE_URL``, for several
bot processes on several machines) implement it and pass the same tests.
Every write is one transaction, so a process killed mid-ingest leaves the
store as it was.  Derived data (claims ledger, search index, embeddings) is
kept per article as named blobs and written in the same transaction as the
article.  ``open_store`` picks the backend.
"""

from __future__ import annotations

import json
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.article import Article, Paragraph, Sentence


@dataclass(frozen=True)
class ArticleInfo:
    """One row of the article list (no text)."""

    id: str
    title: str
    source: str | None
    published: str | None
    paragraphs: int
    ingested_at: str


class Store(ABC):
    """Articles, derived blobs and bot state; safe to share between threads and processes.

    ``Store(path)`` opens the SQLite store at ``path`` (kept for callers that
    predate the backends); new code calls ``open_store``.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> Store:
        if cls is Store:
            from knowledge.store_sqlite import SQLiteStore

            return super().__new__(SQLiteStore)
        return super().__new__(cls)

    # -- articles ---------------------------------------------------------

    @abstractmethod
    def add(self, article: Article, content_hash: str, derived: Mapping[str, bytes] | None = None) -> bool:
        """Store an article and its derived blobs atomically; False if its content is already held."""

    @abstractmethod
    def has_hash(self, content_hash: str) -> str | None:
        """The id of the article with this content hash, if held."""

    @abstractmethod
    def get(self, article_id: str) -> Article:
        """The article with this id (or unique id prefix); ``ArticleNotFound`` otherwise."""

    @abstractmethod
    def latest_id(self) -> str | None:
        """The id of the most recently ingested article."""

    @abstractmethod
    def all(self) -> list[ArticleInfo]:
        """Every article, oldest first."""

    @abstractmethod
    def recent(self, limit: int) -> list[ArticleInfo]:
        """The ``limit`` most recently ingested articles, newest first."""

    @abstractmethod
    def ids(self) -> list[str]:
        """Every article id, oldest first."""

    @abstractmethod
    def count(self) -> int:
        """How many articles are held."""

    @abstractmethod
    def delete(self, article_id: str) -> None:
        """Remove an article, everything derived from it and its channel bindings."""

    @abstractmethod
    def derived(self, article_id: str, kind: str) -> bytes | None:
        """A derived blob (e.g. ``claims``, ``embeddings``) stored with the article."""

    @abstractmethod
    def put_derived(self, article_id: str, kind: str, data: bytes) -> None:
        """Add or replace a derived blob of an article held already."""

    @abstractmethod
    def lacking(self, kind: str) -> list[str]:
        """The ids of the articles with no ``kind`` blob (e.g. embeddings a bulk ingest deferred), oldest first."""

    # -- bot state --------------------------------------------------------

    @abstractmethod
    def first_sighting(self, key: str, ttl_s: float = 3600.0) -> bool:
        """True the first time ``key`` is seen within ``ttl_s`` (dedupe across processes)."""

    @abstractmethod
    def forget_sighting(self, key: str) -> bool:
        """Delete the record of ``key``: True when an unexpired one was there (once, however many processes ask)."""

    @abstractmethod
    def keep(self, key: str, data: str, ttl_s: float) -> None:
        """Hold ``data`` under ``key`` for ``ttl_s`` seconds (replacing what it held); expired entries are deleted."""

    @abstractmethod
    def kept(self, key: str) -> str | None:
        """What :meth:`keep` holds under ``key``; None once it expired, or for an unknown key."""

    @abstractmethod
    def add_feedback(self, *, user_id: str | None, article_id: str | None, question: str, answer: str, vote: str) -> int:
        """Record a 👍/👎 on an answer; returns the row id."""

    @abstractmethod
    def feedback(self) -> list[dict[str, object]]:
        """Every feedback row, oldest first."""

    @abstractmethod
    def bind_channel(self, channel_id: str, article_id: str) -> None:
        """Make ``article_id`` the article that a channel's questions are about."""

    @abstractmethod
    def channel_article(self, channel_id: str) -> str | None:
        """The article bound to a channel, if any."""

    @abstractmethod
    def close(self) -> None:
        """Release this store's connections."""


def open_store(sqlite_path: str | Path, database_url: str | None = None) -> Store:
    """The PostgreSQL store at ``database_url`` when one is given, else the SQLite file."""
    if database_url:
        from knowledge.store_postgres import PostgresStore

        return PostgresStore(database_url)
    from knowledge.store_sqlite import SQLiteStore

    return SQLiteStore(sqlite_path)


def hide_password(url: str) -> str:
    """A database URL with its password replaced by ``***`` (for messages and logs)."""
    url = re.sub(r"(://[^:/@]*:)[^/?#]*@", r"\1***@", url)
    return re.sub(r"(password=)[^&\s]*", r"\1***", url)


# -- row encoding shared by the backends ----------------------------------

# Expired dedupe records are deleted on one first_sighting call in this many.
PRUNE_EVERY = 256
FEEDBACK_COLUMNS = ("id", "created_at", "user_id", "article_id", "question", "answer", "vote")


def article_row(article: Article, content_hash: str) -> tuple[object, ...]:
    """The ``articles`` columns (without ``seq``) for one article."""
    return (
        article.id,
        content_hash,
        article.title,
        article.source,
        article.published,
        article.lang,
        article.text,
        json.dumps([[p.n, p.start, p.end, p.heading] for p in article.paragraphs]),
        json.dumps([[s.paragraph, s.start, s.end] for s in article.sentences]),
        article.source_paragraph,
        article.ingested_at or time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    )


ARTICLE_COLUMNS = "id, content_hash, title, source, published, lang, text, paragraphs, sentences, source_paragraph, ingested_at"
INFO_COLUMNS = "id, title, source, published, paragraphs, ingested_at"


def article_from_row(row: Sequence[Any]) -> Article:
    """Rebuild an article from its ``ARTICLE_COLUMNS``."""
    (aid, _hash, title, source, published, lang, text, paras, sents, source_par, ingested_at) = row
    paragraphs = tuple(Paragraph(n=n, start=s, end=e, heading=bool(h)) for n, s, e, h in json.loads(paras))
    sentences = tuple(Sentence(index=i, paragraph=p, start=s, end=e) for i, (p, s, e) in enumerate(json.loads(sents)))
    return Article(
        id=aid,
        text=text,
        title=title,
        source=source,
        lang=lang,
        paragraphs=paragraphs,
        sentences=sentences,
        published=published,
        ingested_at=ingested_at,
        source_paragraph=source_par,
    )


def info_from_row(row: Sequence[Any]) -> ArticleInfo:
    """An ``ArticleInfo`` from its ``INFO_COLUMNS``."""
    return ArticleInfo(row[0], row[1], row[2], row[3], len(json.loads(row[4])), row[5])


def prefix_pattern(article_id: str) -> str:
    """A ``LIKE … ESCAPE '\\'`` pattern matching ids that start with ``article_id``."""
    return article_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
