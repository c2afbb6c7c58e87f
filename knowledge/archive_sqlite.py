"""The archive index in a SQLite FTS5 file next to the store (the default backend; scoring is in ``knowledge.archive``)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from knowledge.archive import SentenceIndex, sentence_terms
from knowledge.article import Article
from knowledge.errors import StoreError
from knowledge.store import Store
from knowledge.store_sqlite import connect_wal

SCHEMA = """
CREATE TABLE IF NOT EXISTS indexed (article TEXT PRIMARY KEY, sentences INTEGER NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
    terms, article UNINDEXED, sentence UNINDEXED, tokenize = 'unicode61 remove_diacritics 0', detail = none
);
CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(sentences, 'row');
"""


class ArchiveIndex(SentenceIndex):
    """The archive index in a SQLite FTS5 file next to the store (the default)."""

    errors = (sqlite3.Error,)

    def __init__(self, path: str | Path, store: Store, *, sync: bool = True) -> None:
        self.path = Path(path)
        self.store = store
        self._local = threading.local()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn().executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the archive index at {self.path}: {exc}; delete it to rebuild it from the store") from None
        if sync:
            self.sync()

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect_wal(self.path)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def add(self, article: Article) -> bool:
        rows = [(terms, article.id, i) for i, terms in enumerate(sentence_terms(article))]
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM indexed WHERE article = ?", (article.id,)).fetchone():
                db.execute("ROLLBACK")
                return False
            db.executemany("INSERT INTO sentences (terms, article, sentence) VALUES (?,?,?)", rows)
            db.execute("INSERT INTO indexed VALUES (?, ?)", (article.id, len(rows)))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return True

    def remove(self, article_id: str) -> None:
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM sentences WHERE article = ?", (article_id,))
        db.execute("DELETE FROM indexed WHERE article = ?", (article_id,))
        db.execute("COMMIT")

    def count(self) -> int:
        return int(self._conn().execute("SELECT COUNT(*) FROM indexed").fetchone()[0])

    def indexed_ids(self) -> set[str]:
        return {r[0] for r in self._conn().execute("SELECT article FROM indexed")}

    def indexed(self, article_id: str) -> bool:
        return self._conn().execute("SELECT 1 FROM indexed WHERE article = ?", (article_id,)).fetchone() is not None

    def size_bytes(self) -> int:
        """The index's size on disk (database plus write-ahead log)."""
        return sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p.exists())

    def _total(self) -> int:
        return int(self._conn().execute("SELECT COALESCE(SUM(sentences), 0) FROM indexed").fetchone()[0])

    def _doc_freqs(self, terms: Sequence[str]) -> dict[str, int]:
        marks = ",".join("?" * len(terms))
        return {t: int(d) for t, d in self._conn().execute(f"SELECT term, doc FROM vocab WHERE term IN ({marks})", list(terms))}

    def _candidates(self, terms: Sequence[str], limit: int) -> list[tuple[str, int, str]]:
        match = " OR ".join(f'"{t}"' for t in terms)
        sql = "SELECT article, sentence, terms FROM sentences WHERE sentences MATCH ? ORDER BY rank LIMIT ?"
        return [(a, int(i), t) for a, i, t in self._conn().execute(sql, (match, limit))]
