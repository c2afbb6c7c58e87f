"""The PostgreSQL archive index; runs when NEWSROOM_TEST_DATABASE_URL names a test database (.ci/run sets it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.archive_sqlite import ArchiveIndex
from knowledge.library import Library, content_hash
from knowledge.store import Store
from tests.archive_texts import BANK, FLOOD_OPOLE, FLOOD_QUESTION, FLOOD_WROCLAW
from tests.backend import TEST_DATABASE_URL, private_schema


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A private schema in the test database, dropped afterwards."""
    if TEST_DATABASE_URL is None:
        pytest.skip("set NEWSROOM_TEST_DATABASE_URL to run the PostgreSQL archive index tests")
    with private_schema(TEST_DATABASE_URL) as (url, _schema):
        yield url


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return Library(Store(tmp_path / "store.sqlite3"), derivers={})


def _index(url: str, library: Library):  # type: ignore[no-untyped-def]
    from knowledge.archive_pg import PostgresArchiveIndex

    index = PostgresArchiveIndex(url, library.store)
    library.on_ingest.append(index.after_ingest)
    return index


def test_ingest_indexes_each_new_article_in_postgres(pg_url: str, library: Library) -> None:
    index = _index(pg_url, library)
    article = library.ingest_text(BANK).article
    assert index.count() == 1 and index.indexed(article.id)
    assert index.add(article) is False


def test_postgres_index_catches_up_after_a_crash(pg_url: str, library: Library) -> None:
    article, derived = library.prepare(FLOOD_OPOLE)
    library.store.add(article, content_hash(FLOOD_OPOLE), derived)
    index = _index(pg_url, library)
    assert index.indexed(article.id)


def test_postgres_and_sqlite_indexes_find_the_same_sentences(pg_url: str, library: Library, tmp_path: Path) -> None:
    pg = _index(pg_url, library)
    lite = ArchiveIndex(tmp_path / "index.sqlite3", library.store)
    library.on_ingest.append(lite.after_ingest)
    for text in (FLOOD_WROCLAW, FLOOD_OPOLE, BANK):
        library.ingest_text(text)
    assert pg.search(FLOOD_QUESTION, "pl") == lite.search(FLOOD_QUESTION, "pl")
    assert pg.search("What did the pope say about Mongolia?", "en") == []


def test_removing_an_article_takes_back_its_term_counts(pg_url: str, library: Library) -> None:
    index = _index(pg_url, library)
    bank = library.ingest_text(BANK).article
    library.ingest_text(FLOOD_OPOLE)
    index.remove(bank.id)
    assert not index.indexed(bank.id)
    assert index.search("What did Governor Andrew Bailey say about inflation?", "en") == []
    assert index._doc_freqs(["inflation", "odra"]) == {"odra": 1}


def test_unreachable_index_error_hides_the_password(library: Library) -> None:
    from knowledge.archive_pg import PostgresArchiveIndex
    from knowledge.errors import StoreError

    with pytest.raises(StoreError) as caught:
        PostgresArchiveIndex("postgresql://bot:s3cret@127.0.0.1:1/news", library.store)
    assert "s3cret" not in str(caught.value) and "bot:***@" in str(caught.value)


def test_a_dropped_database_connection_is_replaced_without_an_error(library: Library) -> None:
    if TEST_DATABASE_URL is None:
        pytest.skip("set NEWSROOM_TEST_DATABASE_URL to run the PostgreSQL archive index tests")
    import psycopg

    with private_schema(TEST_DATABASE_URL) as (url, schema):
        index = _index(url, library)
        bank = library.ingest_text(BANK).article
        with psycopg.connect(TEST_DATABASE_URL, autocommit=True) as admin:  # a server restart: every pooled connection dropped
            dropped = admin.execute(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = %s", (schema,)
            ).fetchall()
        assert dropped
        assert index.search("What did Governor Andrew Bailey say about inflation?", "en")[0].article == bank.id
        index.close()
