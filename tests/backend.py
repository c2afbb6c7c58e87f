"""Which storage backend the suite runs on, and private PostgreSQL schemas for the tests.

The suite runs twice in ``.ci/run``: on SQLite (the default) and with
``NEWSROOM_TEST_BACKEND=postgres``, where every test's bot storage lives in a
fresh schema of the test database ``NEWSROOM_TEST_DATABASE_URL``; the shared
fixtures hand it to the code under test as ``DATABASE_URL``.  A test closes
what it builds (``Services.close()``, or the store or index it opened); one that
leaves a connection to its schema open fails at teardown.  Both settings
are read at import: the autouse ``clean_env`` fixture clears ``NEWSROOM_*``
before each test.  A test about the SQLite files themselves would skip the
PostgreSQL pass with ``pytest.mark.skipif(ON_POSTGRES, reason=...)``; none
needs to today.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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

    def open_connections(self, schema: str, *, wait_s: float = 2.0) -> int:
        """How many connections to ``schema`` are still open, after giving closing ones ``wait_s`` to go."""
        deadline = time.monotonic() + wait_s
        while True:
            row = self._admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = %s AND pid <> pg_backend_pid()", (schema,)
            ).fetchone()
            count = int(row[0]) if row else 0
            if count == 0 or time.monotonic() > deadline:
                return count
            time.sleep(0.02)  # a closed connection's server process ends a moment later

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


def held_connections(data_dir: Path, *, settle_s: float = 0.0) -> int:
    """Connections this process holds to the test's storage: PostgreSQL sessions of its schema, or open SQLite files under ``data_dir``.

    With ``settle_s``, waits up to that long for the count to reach 0 (a closed
    PostgreSQL session's server process ends a moment after the client goes).
    """
    url = os.environ.get("DATABASE_URL")
    if not url:
        return sum(1 for fd in Path("/proc/self/fd").iterdir() if _resolves_under(fd, data_dir))
    from psycopg.conninfo import conninfo_to_dict

    schema = conninfo_to_dict(url)["application_name"]
    assert TEST_DATABASE_URL is not None
    schemas = Schemas(TEST_DATABASE_URL)
    try:
        return schemas.open_connections(str(schema), wait_s=settle_s)
    finally:
        schemas.close()


def _resolves_under(fd: Path, folder: Path) -> bool:
    try:
        return fd.resolve().is_relative_to(folder.resolve())
    except OSError:  # closed between listing and resolving
        return False
