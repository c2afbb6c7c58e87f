from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from knowledge.archive import SentenceIndex, question_terms
from knowledge.library import Library, content_hash
from knowledge.store import Store
from tests.archive_texts import BANK, FLOOD_OPOLE, FLOOD_QUESTION, FLOOD_WROCLAW
from tests.backend import open_test_index, open_test_store

Opener = Callable[[], SentenceIndex]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with closing(open_test_store(tmp_path / "store.sqlite3")) as opened:
        yield opened


@pytest.fixture
def library(store: Store) -> Library:
    return Library(store, derivers={})


@pytest.fixture
def open_index(library: Library, tmp_path: Path) -> Iterator[Opener]:
    """Opens the archive index over the library's store; every one opened is closed after the test."""
    opened: list[SentenceIndex] = []

    def open_one() -> SentenceIndex:
        opened.append(open_test_index(tmp_path / "index.sqlite3", library.store))
        return opened[-1]

    yield open_one
    for index in opened:
        index.close()


def _indexed_library(library: Library, open_index: Opener) -> SentenceIndex:
    index = open_index()
    library.on_ingest.append(index.add)
    return index


def test_ingest_indexes_each_new_article(library: Library, open_index: Opener) -> None:
    index = _indexed_library(library, open_index)
    first = library.ingest_text(FLOOD_WROCLAW).article
    assert index.count() == 1 and index.indexed(first.id)
    second = library.ingest_text(BANK).article
    assert index.count() == 2 and index.indexed(second.id)


def test_adding_an_indexed_article_again_changes_nothing(library: Library, open_index: Opener) -> None:
    index = _indexed_library(library, open_index)
    article = library.ingest_text(BANK).article
    assert index.add(article) is False
    assert index.count() == 1


def test_index_catches_up_with_articles_stored_before_a_crash(library: Library, open_index: Opener) -> None:
    # the store write happened, the process died before the index write
    article, derived = library.prepare(FLOOD_OPOLE)
    library.store.add(article, content_hash(FLOOD_OPOLE), derived)
    index = open_index()
    assert index.indexed(article.id)
    assert [h.article for h in index.search(FLOOD_QUESTION, "pl")] == [article.id]


def test_index_drops_articles_deleted_from_the_store(library: Library, open_index: Opener) -> None:
    index = _indexed_library(library, open_index)
    gone = library.ingest_text(BANK).article
    library.ingest_text(FLOOD_OPOLE)
    library.store.delete(gone.id)
    assert index.sync() == 1
    assert not index.indexed(gone.id)


def test_search_matches_inflected_forms_by_lemma(library: Library, open_index: Opener) -> None:
    index = _indexed_library(library, open_index)
    article = library.ingest_text(FLOOD_OPOLE).article
    hits = index.search("Kogo ewakuowano z ulic?", "pl")  # "ulic" / "ewakuowali" share lemmas with the text
    assert hits and hits[0].article == article.id
    assert "ewakuowali" in article.sentence_text(article.sentences[hits[0].sentence])


def test_search_finds_nothing_for_words_the_archive_lacks(library: Library, open_index: Opener) -> None:
    index = _indexed_library(library, open_index)
    library.ingest_text(BANK)
    assert index.search("What did the pope say about Mongolia?", "en") == []


def test_question_terms_drop_question_and_function_words() -> None:
    terms = question_terms("What did the governor say about inflation?", "en")
    assert terms == [("governor",), ("inflation",)]


def test_failed_index_write_does_not_fail_the_ingest(library: Library, open_index: Opener, monkeypatch: pytest.MonkeyPatch) -> None:
    index = open_index()
    library.on_ingest.append(index.after_ingest)

    def locked(article: object) -> bool:
        raise index.errors[0]("database is locked")  # the backend's own error type

    monkeypatch.setattr(index, "add", locked)
    article = library.ingest_text(BANK).article
    monkeypatch.undo()
    assert not index.indexed(article.id)
    assert index.sync() == 1 and index.indexed(article.id)
