"""The archive index in PostgreSQL full-text search (``DATABASE_URL``), shared by every bot process.

The same rows as the SQLite index — one per sentence, its content lemmas —
with a ``tsvector`` (the ``simple`` configuration: our lemmas are already
normalised) under a GIN index, and a table of per-term sentence counts kept
with each write, for the question's word weights.  Scoring is the shared one
in ``knowledge.archive``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg

from knowledge.archive import SentenceIndex, sentence_terms
from knowledge.article import Article
from knowledge.pg_pool import open_pool
from knowledge.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS archive_indexed (article TEXT PRIMARY KEY, sentences INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS archive_sentences (
    article TEXT NOT NULL REFERENCES archive_indexed(article) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    terms TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED,
    PRIMARY KEY (article, sentence)
);
CREATE INDEX IF NOT EXISTS archive_sentences_tsv ON archive_sentences USING GIN (tsv);
CREATE TABLE IF NOT EXISTS archive_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
"""
_SCHEMA_LOCK = 7_310_512_392  # two processes creating the tables at once would race on the catalogue


class PostgresArchiveIndex(SentenceIndex):
    """The archive index in PostgreSQL, next to the store's tables."""

    errors = (psycopg.Error,)

    def __init__(self, url: str, store: Store, *, sync: bool = True, max_connections: int = 4) -> None:
        self.store = store
        # autocommit: a read is one round trip; writes open their own transaction
        self._pool = open_pool(
            url, SCHEMA, _SCHEMA_LOCK, what="the archive index", max_connections=max_connections, name="newsroom-archive"
        )
        if sync:
            self.sync()

    @contextmanager
    def _tx(self) -> Iterator[psycopg.Cursor]:  # type: ignore[type-arg]
        """A cursor in one transaction: committed on a clean exit, rolled back on an exception."""
        with self._pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield cur

    @contextmanager
    def _read(self) -> Iterator[psycopg.Cursor]:  # type: ignore[type-arg]
        with self._pool.connection() as conn, conn.cursor() as cur:
            yield cur

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.close()

    def add(self, article: Article) -> bool:
        rows = sentence_terms(article)
        counts = Counter(t for terms in rows for t in set(terms.split()))
        with self._tx() as db:
            db.execute("INSERT INTO archive_indexed VALUES (%s, %s) ON CONFLICT DO NOTHING", (article.id, len(rows)))
            if db.rowcount != 1:
                return False
            db.executemany(
                "INSERT INTO archive_sentences (article, sentence, terms) VALUES (%s, %s, %s)",
                [(article.id, i, terms) for i, terms in enumerate(rows)],
            )
            # in term order, so concurrent writers lock the shared rows in the same order
            db.executemany(
                "INSERT INTO archive_terms VALUES (%s, %s) ON CONFLICT (term) DO UPDATE SET df = archive_terms.df + EXCLUDED.df",
                sorted(counts.items()),
            )
        return True

    def remove(self, article_id: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM archive_sentences WHERE article = %s RETURNING terms", (article_id,))
            counts = Counter(t for (terms,) in db.fetchall() for t in set(terms.split()))
            db.executemany("UPDATE archive_terms SET df = df - %s WHERE term = %s", [(n, t) for t, n in sorted(counts.items())])
            db.execute("DELETE FROM archive_terms WHERE term = ANY(%s) AND df <= 0", (sorted(counts),))
            db.execute("DELETE FROM archive_indexed WHERE article = %s", (article_id,))

    def count(self) -> int:
        with self._read() as db:
            return int(db.execute("SELECT COUNT(*) FROM archive_indexed").fetchone()[0])  # type: ignore[index]

    def indexed_ids(self) -> set[str]:
        with self._read() as db:
            return {r[0] for r in db.execute("SELECT article FROM archive_indexed")}

    def indexed(self, article_id: str) -> bool:
        with self._read() as db:
            return db.execute("SELECT 1 FROM archive_indexed WHERE article = %s", (article_id,)).fetchone() is not None

    def size_bytes(self) -> int:
        """The index's tables and their indexes, on the server's disk."""
        sql = "SELECT " + " + ".join(f"pg_total_relation_size('{t}')" for t in ("archive_indexed", "archive_sentences", "archive_terms"))
        with self._read() as db:
            return int(db.execute(sql).fetchone()[0])  # type: ignore[index]

    def _total(self) -> int:
        with self._read() as db:
            return int(db.execute("SELECT COALESCE(SUM(sentences), 0) FROM archive_indexed").fetchone()[0])  # type: ignore[index]

    def _doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        with self._read() as db:
            return {t: int(n) for t, n in db.execute("SELECT term, df FROM archive_terms WHERE term = ANY(%s) AND df > 0", (list(terms),))}

    def _candidates(self, terms: Sequence[str], limit: int) -> list[tuple[str, int, str]]:
        sql = (
            "SELECT article, sentence, terms FROM archive_sentences, to_tsquery('simple', %s) AS q "
            "WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, article, sentence LIMIT %s"
        )
        with self._read() as db:
            return [(a, int(i), t) for a, i, t in db.execute(sql, (" | ".join(terms), limit))]
