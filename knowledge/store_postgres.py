"""The PostgreSQL store (``DATABASE_URL``): for several bot processes sharing one archive.

Each public call borrows a connection from a pool.  A call of one statement
runs it in autocommit mode (one round trip, atomic by itself); a call of
several runs them in one transaction that commits when the call returns and
rolls back when it raises — or when the process dies and the server drops
the connection.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import psycopg

from knowledge.article import Article
from knowledge.errors import ArticleNotFound
from knowledge.pg_pool import open_pool
from knowledge.store import (
    ARTICLE_COLUMNS,
    FEEDBACK_COLUMNS,
    INFO_COLUMNS,
    PRUNE_EVERY,
    ArticleInfo,
    Store,
    article_from_row,
    article_row,
    hide_password,
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
    seq BIGINT GENERATED ALWAYS AS IDENTITY
);
-- newest article and ordered listings without scanning the table
CREATE UNIQUE INDEX IF NOT EXISTS articles_seq ON articles (seq);
CREATE TABLE IF NOT EXISTS derived (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (article_id, kind)
);
CREATE TABLE IF NOT EXISTS seen_events (
    key TEXT PRIMARY KEY,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS seen_events_expiry ON seen_events (expires_at);
CREATE TABLE IF NOT EXISTS feedback (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at DOUBLE PRECISION NOT NULL,
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
    expires_at DOUBLE PRECISION NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS kept_expiry ON kept (expires_at);
"""

# A new key, or one whose record expired, is a first sighting (rowcount 1).
FIRST_SIGHTING = """
INSERT INTO seen_events (key, expires_at) VALUES (%s, %s)
ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE seen_events.expires_at < %s
"""

KEEP = "INSERT INTO kept VALUES (%s, %s, %s) ON CONFLICT (key) DO UPDATE SET expires_at = EXCLUDED.expires_at, data = EXCLUDED.data"

# Two processes creating the tables at once would race on the catalogue.
_SCHEMA_LOCK = 7_310_512_391


class PostgresStore(Store):
    """The store in a PostgreSQL database; concurrent writers are serialised by row locks."""

    def __init__(self, url: str, *, max_connections: int = 10, connect_timeout_s: int = 10) -> None:
        self.url = url
        self._sightings = itertools.count()
        self._pool = open_pool(
            url,
            SCHEMA,
            _SCHEMA_LOCK,
            what="the store",
            max_connections=max_connections,
            connect_timeout_s=connect_timeout_s,
            name="newsroom-store",
        )

    def __repr__(self) -> str:
        return f"PostgresStore({hide_password(self.url)!r})"

    @contextmanager
    def _db(self) -> Iterator[psycopg.Cursor]:  # type: ignore[type-arg]
        """A cursor whose every statement is its own transaction."""
        with self._pool.connection() as conn, conn.cursor() as cur:
            yield cur

    @contextmanager
    def _tx(self) -> Iterator[psycopg.Cursor]:  # type: ignore[type-arg]
        """A cursor inside one transaction: committed on a clean exit, rolled back on an exception."""
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.close()

    # -- articles ---------------------------------------------------------

    def add(self, article: Article, content_hash: str, derived: Mapping[str, bytes] | None = None) -> bool:
        with self._tx() as db:
            db.execute(
                f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                article_row(article, content_hash),
            )
            if db.rowcount != 1:
                return False
            for kind, data in (derived or {}).items():
                db.execute("INSERT INTO derived VALUES (%s,%s,%s)", (article.id, kind, data))
        return True

    def has_hash(self, content_hash: str) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT id FROM articles WHERE content_hash = %s", (content_hash,)).fetchone()
        return row[0] if row else None

    def get(self, article_id: str) -> Article:
        with self._db() as db:
            row = db.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = %s", (article_id,)).fetchone()
            if row is None and article_id:
                sql = f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id LIKE %s ESCAPE '\\' LIMIT 2"
                rows = db.execute(sql, (prefix_pattern(article_id),)).fetchall()
                row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise ArticleNotFound(article_id)
        return article_from_row(row)

    def latest_id(self) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT id FROM articles ORDER BY seq DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def all(self) -> list[ArticleInfo]:
        with self._db() as db:
            return [info_from_row(r) for r in db.execute(f"SELECT {INFO_COLUMNS} FROM articles ORDER BY seq").fetchall()]

    def recent(self, limit: int) -> list[ArticleInfo]:
        with self._db() as db:
            rows = db.execute(f"SELECT {INFO_COLUMNS} FROM articles ORDER BY seq DESC LIMIT %s", (limit,)).fetchall()
            return [info_from_row(r) for r in rows]

    def ids(self) -> list[str]:
        with self._db() as db:
            return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY seq").fetchall()]

    def count(self) -> int:
        with self._db() as db:
            row = db.execute("SELECT COUNT(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def delete(self, article_id: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM articles WHERE id = %s", (article_id,))
            if db.rowcount != 1:
                raise ArticleNotFound(article_id)
            db.execute("DELETE FROM channel_articles WHERE article_id = %s", (article_id,))

    def derived(self, article_id: str, kind: str) -> bytes | None:
        with self._db() as db:
            row = db.execute("SELECT data FROM derived WHERE article_id = %s AND kind = %s", (article_id, kind)).fetchone()
        return bytes(row[0]) if row else None

    def put_derived(self, article_id: str, kind: str, data: bytes) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO derived VALUES (%s,%s,%s) ON CONFLICT (article_id, kind) DO UPDATE SET data = EXCLUDED.data",
                (article_id, kind, data),
            )

    def lacking(self, kind: str) -> list[str]:
        sql = "SELECT id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM derived d WHERE d.article_id = a.id AND d.kind = %s) ORDER BY seq"
        with self._db() as db:
            return [r[0] for r in db.execute(sql, (kind,)).fetchall()]

    # -- bot state --------------------------------------------------------

    def first_sighting(self, key: str, ttl_s: float = 3600.0) -> bool:
        # A concurrent insert of the same key waits for ours to commit, then finds it unexpired.
        now = time.time()
        with self._db() as db:
            if next(self._sightings) % PRUNE_EVERY == 0:
                db.execute("DELETE FROM seen_events WHERE expires_at < %s", (now,))
            db.execute(FIRST_SIGHTING, (key, now + ttl_s, now))
            return db.rowcount == 1

    def forget_sighting(self, key: str) -> bool:
        with self._db() as db:
            db.execute("DELETE FROM seen_events WHERE key = %s AND expires_at >= %s", (key, time.time()))
            return db.rowcount == 1

    def keep(self, key: str, data: str, ttl_s: float) -> None:
        now = time.time()
        with self._tx() as db:
            db.execute("DELETE FROM kept WHERE expires_at < %s", (now,))
            db.execute(KEEP, (key, now + ttl_s, data))

    def kept(self, key: str) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT data FROM kept WHERE key = %s AND expires_at >= %s", (key, time.time())).fetchone()
        return str(row[0]) if row else None

    def add_feedback(self, *, user_id: str | None, article_id: str | None, question: str, answer: str, vote: str) -> int:
        with self._db() as db:
            row = db.execute(
                "INSERT INTO feedback (created_at, user_id, article_id, question, answer, vote) VALUES (%s,%s,%s,%s,%s,%s) RETURNING id",
                (time.time(), user_id, article_id, question, answer, vote),
            ).fetchone()
        return int(row[0]) if row else 0

    def feedback(self) -> list[dict[str, object]]:
        with self._db() as db:
            rows = db.execute(f"SELECT {', '.join(FEEDBACK_COLUMNS)} FROM feedback ORDER BY id").fetchall()
        return [dict(zip(FEEDBACK_COLUMNS, r, strict=True)) for r in rows]

    def bind_channel(self, channel_id: str, article_id: str) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO channel_articles VALUES (%s, %s) ON CONFLICT (channel_id) DO UPDATE SET article_id = EXCLUDED.article_id",
                (channel_id, article_id),
            )

    def channel_article(self, channel_id: str) -> str | None:
        with self._db() as db:
            row = db.execute("SELECT article_id FROM channel_articles WHERE channel_id = %s", (channel_id,)).fetchone()
        return row[0] if row else None
