"""Which storage backend the suite runs on, and private PostgreSQL schemas for the tests.

The suite runs twice in ``.ci/run``: on SQLite (the default) and with
``NEWSROOM_TEST_BACKEND=postgres``, where every test's bot storage lives in a
fresh schema of the test database ``NEWSROOM_TEST_DATABASE_URL``; the shared
fixtures hand it to the code under test as ``DATABASE_URL``.  Both settings
are read at import: the autouse ``clean_env`` fixture clears ``NEWSROOM_*``
before each test.  A test about the SQLite files themselves would skip the
PostgreSQL pass with ``pytest.mark.skipif(ON_POSTGRES, reason=...)``; none
needs to today.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from knowledge.archive import SentenceIndex
from knowledge.archive_sqlite import ArchiveIndex
from knowledge.store import Store, open_store

TEST_DATABASE_URL = os.environ.get("NEWSROOM_TEST_DATABASE_URL") or None
BACKEND = (os.environ.get("NEWSROOM_TEST_BACKEND") or "sqlite").strip().lower()
ON_POSTGRES = BACKEND == "postgres"
ADMIN_APP = "newsroom-tests"  # the application_name of the connection that manages the schemas


def check_backend() -> None:
    """Stop the run (not skip tests) when the backend asked for cannot be used."""
    if BACKEND not in ("sqlite", "postgres"):
        raise pytest.UsageError(f"NEWSROOM_TEST_BACKEND must be sqlite or postgres, got {BACKEND!r}")
    if ON_POSTGRES and TEST_DATABASE_URL is None:
        raise pytest.UsageError("NEWSROOM_TEST_BACKEND=postgres needs NEWSROOM_TEST_DATABASE_URL (see .ci/postgres)")


class Schemas:
    """Private schemas of the test database, each dropped with every connection still open on it."""

    def __init__(self, base_url: str) -> None:
        import psycopg

        self.base_url = base_url
        self._admin = psycopg.connect(base_url, autocommit=True, application_name=ADMIN_APP)

    def create(self) -> tuple[str, str]:
        """(conninfo, schema): the test database with its tables in a new, empty schema.

        The schema is also the ``application_name`` of the connections, so
        :meth:`drop` finds those a test left open (a killed server, a pool).
        """
        from psycopg.conninfo import make_conninfo

        schema = f"test_{uuid.uuid4().hex[:12]}"
        self._admin.execute(f"CREATE SCHEMA {schema}")
        return make_conninfo(self.base_url, options=f"-c search_path={schema}", application_name=schema), schema

    def drop(self, schema: str) -> None:
        """End the schema's connections, then drop it and everything in it."""
        self._admin.execute(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = %s AND pid <> pg_backend_pid()",
            (schema,),
        )
        self._admin.execute(f"DROP SCHEMA {schema} CASCADE")

    def close(self) -> None:
        self._admin.close()


@contextmanager
def private_schema(base_url: str) -> Iterator[tuple[str, str]]:
    """(conninfo, schema): ``base_url`` with its tables in a new schema, dropped afterwards."""
    schemas = Schemas(base_url)
    try:
        url, schema = schemas.create()
        try:
            yield url, schema
        finally:
            schemas.drop(schema)
    finally:
        schemas.close()


def open_test_store(sqlite_path: Path) -> Store:
    """The test's own store: the SQLite file at ``sqlite_path``, or its PostgreSQL schema on that pass."""
    return open_store(sqlite_path, os.environ.get("DATABASE_URL") or None)


def open_test_index(sqlite_path: Path, store: Store) -> SentenceIndex:
    """The archive index the bot would open next to ``store``: the SQLite file, or PostgreSQL on that pass."""
    url = os.environ.get("DATABASE_URL") or None
    if url is None:
        return ArchiveIndex(sqlite_path, store)
    from knowledge.archive_pg import PostgresArchiveIndex

    return PostgresArchiveIndex(url, store)


class Opened:
    """Every PostgreSQL store and archive index opened in this process during one test, to close afterwards.

    Tests build services freely and never close them; on PostgreSQL each holds
    connection pools (and their threads) that would pile up over the run.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from knowledge.archive_pg import PostgresArchiveIndex
        from knowledge.store_postgres import PostgresStore

        self.held: list[Any] = []
        for cls in (PostgresStore, PostgresArchiveIndex):
            monkeypatch.setattr(cls, "__init__", self._recording(cls.__init__))

    def _recording(self, init: Any) -> Any:
        def recorded(obj: Any, *args: Any, **kwargs: Any) -> None:
            init(obj, *args, **kwargs)
            self.held.append(obj)

        return recorded

    def close(self) -> None:
        for obj in reversed(self.held):
            obj.close()
