"""The suite's storage backend: each pass really runs the bot's storage where it says it does."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.services import Services
from tests.backend import ON_POSTGRES

ARTICLE = "Minister said the bridge would open in May.\n"


def test_services_store_on_the_backend_of_this_pass(services: Services) -> None:
    assert type(services.store).__name__ == ("PostgresStore" if ON_POSTGRES else "SQLiteStore")


def test_archive_index_on_the_backend_of_this_pass(services: Services) -> None:
    services.library.ingest_text(ARTICLE)  # opens the index to add the article
    assert services.archive is not None
    assert type(services.archive.index).__name__ == ("PostgresArchiveIndex" if ON_POSTGRES else "ArchiveIndex")


def test_a_test_starts_with_an_empty_store(services: Services) -> None:
    assert services.store.count() == 0  # earlier tests stored articles: none of them is here


def test_a_subprocess_opens_the_same_store(services: Services) -> None:
    article = services.library.ingest_text(ARTICLE).article
    code = "from bot.config import load_config; from bot.startup import build_services; print(build_services(load_config()).store.ids())"
    proc = subprocess.run([sys.executable, "-c", code], env=os.environ, capture_output=True, text=True, timeout=60, check=True)
    assert proc.stdout.strip() == repr([article.id])
