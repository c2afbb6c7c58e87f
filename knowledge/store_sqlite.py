"""The SQLite store: one WAL-mode file, one connection per thread, the default backend."""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from knowledge.article import Article
from knowledge.errors import ArticleNotFound, StoreError
from knowledge.store import (
    ARTICLE_COLUMNS,
    FEEDBACK_COLUMNS,
    INFO_COLUMNS,
    PRUNE_EVERY,
    ArticleInfo,
    Store,
    article_from_row,
    article_row,
    info_from_row,
    prefix_pattern,
)

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
-- newest article and ordered listings without scanning the table
CREATE UNIQUE INDEX IF NOT EXISTS articles_seq ON articles (seq);
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
CREATE INDEX IF NOT EXISTS seen_events_expiry ON seen_events (expires_at);
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
CREATE TABLE IF NOT EXISTS kept (
    key TEXT PRIMARY KEY,
    expires_at REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS kept_expiry ON kept (expires_at);
"""

# A new key, or one whose record expired, is a first sighting (rowcount 1).
FIRST_SIGHTING = """
INSERT INTO seen_events (key, expires_at) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at < ?
"""


def connect_wal(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with WAL journaling."""
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL loses at most the last commits on power loss, never consistency;
    # a killed process loses nothing that was committed.
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


class SQLiteStore(Store):
    """The store in one SQLite file; one write transaction at a time across threads and processes."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        # One writer per process: threads queue on this lock (a prompt hand-over)
        # rather than in SQLite's busy handler, which sleeps between tries.
        self._write_lock = threading.Lock()
        self._sightings = itertools.count()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn().executescript(SCHEMA)  # idempotent DDL; executescript manages its own transaction
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}; set NEWSROOM_DATA_DIR to a writable folder") from None

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.path)!r})"

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect_wal(self.path)
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        with self._write_lock:
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
        with self._tx() as db:
            if db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone():
                return False
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            db.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (*article_row(article, content_hash), seq),
            )
            for kind, data in (derived or {}).items():
                db.execute("INSERT INTO derived VALUES (?,?,?)", (article.id, kind, data))
        return True

    def has_hash(self, content_hash: str) -> str | None:
        row = self._conn().execute("SELECT id FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return row[0] if row else None

    def get(self, article_id: str) -> Article:
        db = self._conn()
        row = db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and article_id:
            sql = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2"
            rows = db.execute(sql, (prefix_pattern(article_id),)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise ArticleNotFound(article_id)
        return article_from_row(row)

    def latest_id(self) -> str | None:
        row = self._conn().execute("SELECT id FROM articles ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def all(self) -> list[ArticleInfo]:
        return [info_from_row(r) for r in self._conn().execute(f"SELECT {INFO_COLUMNS} FROM articles ORDER BY seq")]

    def recent(self, limit: int) -> list[ArticleInfo]:
        sql = f"SELECT {INFO_COLUMNS} FROM articles ORDER BY seq DESC LIMIT ?"
        return [info_from_row(r) for r in self._conn().execute(sql, (limit,))]

    def ids(self) -> list[str]:
        return [r[0] for r in self._conn().execute("SELECT id FROM articles ORDER BY seq")]

    def count(self) -> int:
        return int(self._conn().execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def delete(self, article_id: str) -> None:
        with self._tx() as db:
            if not db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount:
                raise ArticleNotFound(article_id)
            db.execute("DELETE FROM channel_articles WHERE article_id = ?", (article_id,))

    def derived(self, article_id: str, kind: str) -> bytes | None:
        row = self._conn().execute("SELECT data FROM derived WHERE article_id = ? AND kind = ?", (article_id, kind)).fetchone()
        return bytes(row[0]) if row else None

    def put_derived(self, article_id: str, kind: str, data: bytes) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO derived VALUES (?,?,?)", (article_id, kind, data))

    def lacking(self, kind: str) -> list[str]:
        sql = "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM derived d WHERE d.article_id = a.id AND d.kind = ?) ORDER BY seq"
        return [r[0] for r in self._conn().execute(sql, (kind,))]

    # -- bot state --------------------------------------------------------

    def first_sighting(self, key: str, ttl_s: float = 3600.0) -> bool:
        # One statement, so one atomic transaction: it runs before every ack, kept short.
        now = time.time()
        conn = self._conn()
        with self._write_lock:
            if next(self._sightings) % PRUNE_EVERY == 0:
                conn.execute("DELETE FROM seen_events WHERE expires_at < ?", (now,))
            return conn.execute(FIRST_SIGHTING, (key, now + ttl_s, now)).rowcount == 1

    def forget_sighting(self, key: str) -> bool:
        with self._write_lock:
            return self._conn().execute("DELETE FROM seen_events WHERE key = ? AND expires_at >= ?", (key, time.time())).rowcount == 1

    def keep(self, key: str, data: str, ttl_s: float) -> None:
        now = time.time()
        with self._tx() as db:
            db.execute("DELETE FROM kept WHERE expires_at < ?", (now,))
            db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?, ?)", (key, now + ttl_s, data))

    def kept(self, key: str) -> str | None:
        row = self._conn().execute("SELECT data FROM kept WHERE key = ? AND expires_at >= ?", (key, time.time())).fetchone()
        return str(row[0]) if row else None

    def add_feedback(self, *, user_id: str | None, article_id: str | None, question: str, answer: str, vote: str) -> int:
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO feedback (created_at, user_id, article_id, question, answer, vote) VALUES (?,?,?,?,?,?)",
                (time.time(), user_id, article_id, question, answer, vote),
            )
            return int(cur.lastrowid or 0)

    def feedback(self) -> list[dict[str, object]]:
        rows = self._conn().execute(f"SELECT {', '.join(FEEDBACK_COLUMNS)} FROM feedback ORDER BY id").fetchall()
        return [dict(zip(FEEDBACK_COLUMNS, r, strict=True)) for r in rows]

    def bind_channel(self, channel_id: str, article_id: str) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO channel_articles VALUES (?, ?)", (channel_id, article_id))

    def channel_article(self, channel_id: str) -> str | None:
        row = self._conn().execute("SELECT article_id FROM channel_articles WHERE channel_id = ?", (channel_id,)).fetchone()
        return row[0] if row else None
