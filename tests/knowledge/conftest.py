"""Store fixtures: every store test runs on SQLite and, when a test database is given, on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from knowledge.store import Store, open_store
from tests.backend import TEST_DATABASE_URL, private_schema


@dataclass(frozen=True)
class StoreTarget:
    """Where a test's store lives: a SQLite file, or a private schema of the test database."""

    backend: str
    sqlite_path: Path
    database_url: str | None = None
    schema: str | None = None  # also the application_name of its connections

    def open(self) -> Store:
        """A new store object (a new set of connections) over the same data."""
        return open_store(self.sqlite_path, self.database_url)


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreTarget]:
    """A fresh, empty store location on each backend (PostgreSQL skipped without a test database)."""
    sqlite_path = tmp_path / "store" / "newsroom.sqlite3"
    if request.param == "sqlite":
        yield StoreTarget("sqlite", sqlite_path)
        return
    if TEST_DATABASE_URL is None:
        pytest.skip("set NEWSROOM_TEST_DATABASE_URL (see .ci/postgres) to run the PostgreSQL store tests")
    with private_schema(TEST_DATABASE_URL) as (url, schema):
        yield StoreTarget("postgres", sqlite_path, url, schema)


@pytest.fixture
def store(store_target: StoreTarget) -> Iterator[Store]:
    """An open, empty store on each backend."""
    opened = store_target.open()
    yield opened
    opened.close()
