"""Deferred derived data (embeddings) and catching up with it, on every store backend."""

from __future__ import annotations

import pytest

from knowledge.article import Article
from knowledge.backlog import Pending, backlog, catch_up
from knowledge.ingest import ingest_texts
from knowledge.library import Library
from knowledge.store import Store
from tests.archive_texts import NAMED


def _claims(article: Article) -> bytes:
    return b"claims"


def _vectors(article: Article) -> bytes:
    return f"vectors of {article.id}".encode()


def _library(store: Store) -> Library:
    return Library(store, {"claims": _claims, "embeddings": _vectors}, versions={"embeddings": 1})


def _deferred(store: Store) -> Library:
    library = _library(store)
    ingest_texts(library, NAMED, defer=("embeddings",))
    return library


def test_deferred_ingest_stores_the_other_derived_data_only(store: Store) -> None:
    _deferred(store)
    for article_id in store.ids():
        assert store.derived(article_id, "claims") == b"claims"
        assert store.derived(article_id, "embeddings.v1") is None


def test_store_lists_the_articles_lacking_a_kind_oldest_first(store: Store) -> None:
    library = _deferred(store)
    store.put_derived(store.ids()[1], "embeddings.v1", b"made")
    assert store.lacking("embeddings.v1") == [store.ids()[0], store.ids()[2]]
    assert store.lacking("claims") == []
    assert backlog(library, ["embeddings"]) == [Pending(store.ids()[0], "embeddings"), Pending(store.ids()[2], "embeddings")]


def test_catch_up_makes_every_missing_blob(store: Store) -> None:
    library = _deferred(store)
    done: list[Pending] = []
    assert catch_up(library, backlog(library, ["embeddings"]), on_done=done.append) == 3
    assert len(done) == 3 and backlog(library, ["embeddings"]) == []
    assert [store.derived(a, "embeddings.v1") for a in store.ids()] == [f"vectors of {a}".encode() for a in store.ids()]


def test_an_interrupted_catch_up_keeps_what_it_made_and_the_next_resumes(store: Store) -> None:
    library = _deferred(store)
    made: list[str] = []

    def interrupted_after_one(article: Article) -> bytes:
        if made:
            raise KeyboardInterrupt
        made.append(article.id)
        return b"first"

    library.derivers["embeddings"] = interrupted_after_one
    with pytest.raises(KeyboardInterrupt):
        catch_up(library, backlog(library, ["embeddings"]))
    assert [p.article_id for p in backlog(library, ["embeddings"])] == store.ids()[1:]
    library.derivers["embeddings"] = _vectors
    assert catch_up(library, backlog(library, ["embeddings"])) == 2
    assert store.derived(store.ids()[0], "embeddings.v1") == b"first"


def test_a_blob_of_an_older_deriver_version_is_in_the_backlog(store: Store) -> None:
    library = _library(store)
    ingest_texts(library, NAMED)
    newer = Library(store, library.derivers, versions={"embeddings": 2})
    assert len(backlog(newer, ["embeddings"])) == 3 and backlog(library, ["embeddings"]) == []


def test_an_article_deleted_before_its_turn_is_passed_over(store: Store) -> None:
    library = _deferred(store)
    pending = backlog(library, ["embeddings"])
    store.delete(store.ids()[0])
    assert catch_up(library, pending) == 2
    assert backlog(library, ["embeddings"]) == []


def test_a_deferred_blob_is_made_at_first_use_and_kept(store: Store) -> None:
    library = _deferred(store)
    article = store.get(store.ids()[0])
    assert library.derived(article, "embeddings") == f"vectors of {article.id}".encode()
    assert [p.article_id for p in backlog(library, ["embeddings"])] == store.ids()[1:]
