"""Shared fixtures: no Slack/OpenAI settings leak in, every test gets its own store.

On the PostgreSQL pass (``NEWSROOM_TEST_BACKEND=postgres``, see tests/backend.py)
each test's ``DATABASE_URL`` names a private schema of the test database, so
every store the test builds — through ``config``, ``load_config`` or a
subprocess that inherits the environment — lives there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.services import Services
from bot.startup import build_services
from knowledge.library import shipped_text
from tests.backend import BACKEND, ON_POSTGRES, TEST_DATABASE_URL, Schemas, check_backend

_LEAKY = ("SLACK_", "OPENAI_", "NEWSROOM_", "DATABASE_URL", "PORT", "LOG_LEVEL")


def pytest_configure(config: pytest.Config) -> None:
    check_backend()


def pytest_report_header() -> str:
    return f"storage backend: {BACKEND}"


@pytest.fixture(scope="session")
def schemas() -> Iterator[Schemas | None]:
    """The test database's schema manager on the PostgreSQL pass, else None."""
    if not ON_POSTGRES:
        yield None
        return
    assert TEST_DATABASE_URL is not None  # check_backend
    manager = Schemas(TEST_DATABASE_URL)
    yield manager
    manager.close()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, schemas: Schemas | None) -> Iterator[None]:
    """Clear bot settings from the environment and point the data dir at a temp folder (and, on PostgreSQL, a new schema)."""
    for name in list(os.environ):
        if name.startswith(_LEAKY):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSROOM_DATA_DIR", str(tmp_path / "data"))
    # a .env in the working directory must not reach the tests either
    monkeypatch.chdir(tmp_path)
    if schemas is None:
        yield
        return
    url, schema = schemas.create()
    monkeypatch.setenv("DATABASE_URL", url)
    yield  # pytest resumes here after a failing test as well
    try:
        left = schemas.open_connections(schema)
    finally:
        schemas.drop(schema)
    if left:
        pytest.fail(f"the test left {left} PostgreSQL connection(s) open: close the Services (or store, index) it builds")


@pytest.fixture(scope="session")
def session_database_url(schemas: Schemas | None) -> Iterator[str | None]:
    """A schema for session-scoped stores on the PostgreSQL pass (None on SQLite)."""
    if schemas is None:
        yield None
        return
    url, schema = schemas.create()
    yield url
    schemas.drop(schema)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """A configuration with a private data dir and no external services."""
    return load_config(data_dir=tmp_path / "data")


@pytest.fixture
def services(config: Config) -> Iterator[Services]:
    """Services over a fresh store, closed after the test."""
    with build_services(config) as built:
        yield built


@pytest.fixture
def seed_text() -> str:
    """The shipped seed article's text."""
    return shipped_text()
