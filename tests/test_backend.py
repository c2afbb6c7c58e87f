"""The suite's storage backend: each pass really runs the bot's storage where it says it does."""

from __future__ import annotations

import os

from bot.services import Services
from tests.backend import ON_POSTGRES


def test_services_store_on_the_backend_of_this_pass(services: Services) -> None:
    expected = "PostgresStore" if ON_POSTGRES else "SQLiteStore"
    assert type(services.store).__name__ == expected


def test_archive_index_on_the_backend_of_this_pass(services: Services) -> None:
    services.library.ingest_text("Minister said the bridge would open in May.\n")
    expected = "PostgresArchiveIndex" if ON_POSTGRES else "ArchiveIndex"
    assert type(services._archive().index).__name__ == expected


def test_each_test_gets_its_own_empty_store(services: Services) -> None:
    assert services.store.count() == 0
    services.library.ingest_text("A second test that stores an article.\n")
    assert services.store.count() == 1


def test_an_empty_store_again_in_the_next_test(services: Services) -> None:
    assert services.store.count() == 0
    assert bool(os.environ.get("DATABASE_URL")) == ON_POSTGRES
