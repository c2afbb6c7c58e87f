"""Persistent store: articles and what was derived from them, plus bot state.

SQLite in WAL mode, one file under the data directory.  Every write is one
transaction, so a process killed mid-ingest leaves the store as it was.
Derived data (claims ledger, search index, embeddings) is kept per article
as named blobs and written in the same transaction as the article.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from knowledge.article import Article, Paragraph, Sentence
from knowledge.errors import ArticleNotFound, StoreError

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT,
    published TEXT,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    sentences TEXT NOT NULL,
    source_paragraph INTEGER,
    ingested_at TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS derived (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (article_id, kind)
);
CREATE TABLE IF NOT EXISTS seen_events (
    key TEXT PRIMARY KEY,
    expires_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at REAL NOT NULL,
    user_id TEXT,
    article_id TEXT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    vote TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS channel_articles (
    channel_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class ArticleInfo:
    """One row of the article list (no text)."""

    id: str
    title: str
    source: str | None
    published: str | None
    paragraphs: int
    ingested_at: str


class Store:
    """The bot's SQLite store; safe to share between threads and processes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._local = threading.local()
            self._conn().executescript(SCHEMA)  # idempotent DDL; executescript manages its own transaction
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}; set NEWSROOM_DATA_DIR to a writable folder") from None

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- articles ---------------------------------------------------------

    def add(self, article: Article, content_hash: str, derived: Mapping[str, bytes] | None = None) -> bool:
        """Store an article and its derived blobs atomically; False if its content is already held."""
        with self._tx() as db:
            if db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone():
                return False
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            db.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
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
                    seq,
                ),
            )
            for kind, data in (derived or {}).items():
                db.execute("INSERT INTO derived VALUES (?,?,?)", (article.id, kind, data))
        return True

    def has_hash(self, content_hash: str) -> str | None:
        """The id of the article with this content hash, if held."""
        row = self._conn().execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def get(self, article_id: str) -> Article:
        """The article with this id (or unique id prefix)."""
        db = self._conn()
        row = db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and article_id:
            rows = db.execute("SELECT * FROM articles WHERE id LIKE ? LIMIT 2", (article_id.replace("%", "") + "%",)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise ArticleNotFound(article_id)
        return _article(row)

    def latest_id(self) -> str | None:
        """The id of the most recently ingested article."""
        row = self._conn().execute("SELECT id FROM articles ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def all(self) -> list[ArticleInfo]:
        """Every article, oldest first."""
        rows = self._conn().execute("SELECT id, title, source, published, paragraphs, ingested_at FROM articles ORDER BY seq").fetchall()
        return [ArticleInfo(r[0], r[1], r[2], r[3], len(json.loads(r[4])), r[5]) for r in rows]

    def ids(self) -> list[str]:
        """Every article id, oldest first."""
        return [r[0] for r in self._conn().execute("SELECT id FROM articles ORDER BY seq")]

    def count(self) -> int:
        """How many articles are held."""
        return int(self._conn().execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def delete(self, article_id: str) -> None:
        """Remove an article and everything derived from it."""
        with self._tx() as db:
            if not db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount:
                raise ArticleNotFound(article_id)
            db.execute("DELETE FROM channel_articles WHERE article_id = ?", (article_id,))

    def derived(self, article_id: str, kind: str) -> bytes | None:
        """A derived blob (e.g. ``claims``, ``embeddings``) stored with the article."""
        row = self._conn().execute("SELECT data FROM derived WHERE article_id = ? AND kind = ?", (article_id, kind)).fetchone()
        return bytes(row[0]) if row else None

    def put_derived(self, article_id: str, kind: str, data: bytes) -> None:
        """Add or replace a derived blob of an article held already."""
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO derived VALUES (?,?,?)", (article_id, kind, data))

    # -- bot state --------------------------------------------------------

    def first_sighting(self, key: str, ttl_s: float = 3600.0) -> bool:
        """True the first time ``key`` is seen within ``ttl_s`` (dedupe across processes)."""
        now = time.time()
        with self._tx() as db:
            db.execute("DELETE FROM seen_events WHERE expires_at < ?", (now,))
            cur = db.execute("INSERT OR IGNORE INTO seen_events VALUES (?, ?)", (key, now + ttl_s))
            return cur.rowcount == 1

    def add_feedback(self, *, user_id: str | None, article_id: str | None, question: str, answer: str, vote: str) -> int:
        """Record a 👍/👎 on an answer; returns the row id."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO feedback (created_at, user_id, article_id, question, answer, vote) VALUES (?,?,?,?,?,?)",
                (time.time(), user_id, article_id, question, answer, vote),
            )
            return int(cur.lastrowid or 0)

    def feedback(self) -> list[dict[str, object]]:
        """Every feedback row, oldest first."""
        cur = self._conn().execute("SELECT id, created_at, user_id, article_id, question, answer, vote FROM feedback ORDER BY id")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def bind_channel(self, channel_id: str, article_id: str) -> None:
        """Make ``article_id`` the article that a channel's questions are about."""
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO channel_articles VALUES (?, ?)", (channel_id, article_id))

    def channel_article(self, channel_id: str) -> str | None:
        """The article bound to a channel, if any."""
        row = self._conn().execute("SELECT article_id FROM channel_articles WHERE channel_id = ?", (channel_id,)).fetchone()
        return row[0] if row else None


def _article(row: sqlite3.Row | tuple) -> Article:  # type: ignore[type-arg]
    (aid, _hash, title, source, published, lang, text, paras, sents, source_par, ingested_at, _seq) = row
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
