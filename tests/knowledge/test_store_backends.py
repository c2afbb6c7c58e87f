"""The store's behaviour, the same on SQLite and PostgreSQL (see ``conftest.store_target``)."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from knowledge.article import Article
from knowledge.errors import ArticleNotFound, StoreError
from knowledge.library import Library, content_hash
from knowledge.segment import build_article
from knowledge.store import PRUNE_EVERY, Store, open_store
from knowledge.store_sqlite import SQLiteStore
from tests.backend import TEST_DATABASE_URL
from tests.knowledge.conftest import StoreTarget

TEXTS = (
    "Rada miasta przyjęła budżet.\n\nBurmistrz powiedział, że to dobry dzień dla mieszkańców.",
    "The council passed the budget.\n\nThe mayor said it was a good day for residents.",
    "Minister zaprzeczył doniesieniom.\n\nRzecznik odmówił komentarza w tej sprawie.",
)


def _article(text: str) -> Article:
    return build_article(text, source="test", ingested_at="2026-01-02T03:04:05Z")


def _add(store: Store, text: str, derived: Mapping[str, bytes] | None = None) -> Article:
    article = _article(text)
    assert store.add(article, content_hash(text), derived)
    return article


# -- articles -------------------------------------------------------------


def test_get_returns_the_article_that_was_added(store: Store) -> None:
    article = _add(store, TEXTS[0])
    assert store.get(article.id) == article


def test_add_refuses_content_already_held(store: Store) -> None:
    _add(store, TEXTS[0])
    assert store.add(_article(TEXTS[0]), content_hash(TEXTS[0])) is False
    assert store.count() == 1


def test_has_hash_names_the_article_holding_that_content(store: Store) -> None:
    article = _add(store, TEXTS[1])
    assert store.has_hash(content_hash(TEXTS[1])) == article.id
    assert store.has_hash(content_hash(TEXTS[0])) is None


def test_get_accepts_a_unique_id_prefix(store: Store) -> None:
    article = _add(store, TEXTS[0])
    assert store.get(article.id[:6]).id == article.id


def test_get_treats_like_wildcards_in_a_prefix_literally(store: Store) -> None:
    _add(store, TEXTS[0])
    for pattern in ("%", "_", "_" * 4):
        with pytest.raises(ArticleNotFound):
            store.get(pattern)


def test_get_raises_article_not_found_for_an_unknown_id(store: Store) -> None:
    _add(store, TEXTS[0])
    with pytest.raises(ArticleNotFound):
        store.get("0123456789abcdef")


def test_get_raises_article_not_found_for_an_ambiguous_prefix(store: Store) -> None:
    for text in TEXTS:
        _add(store, text)
    with pytest.raises(ArticleNotFound):
        store.get("")


def test_latest_id_is_the_last_article_added(store: Store) -> None:
    assert store.latest_id() is None
    for text in TEXTS:
        last = _add(store, text)
    assert store.latest_id() == last.id


def test_all_ids_and_count_list_articles_oldest_first(store: Store) -> None:
    added = [_add(store, text) for text in TEXTS]
    assert store.ids() == [a.id for a in added]
    assert [(i.id, i.title, i.paragraphs) for i in store.all()] == [(a.id, a.title, len(a.paragraphs)) for a in added]
    assert store.count() == 3


def test_recent_lists_the_newest_articles_first(store: Store) -> None:
    added = [_add(store, text) for text in TEXTS]
    assert [i.id for i in store.recent(2)] == [added[2].id, added[1].id]


def test_delete_removes_the_article_its_blobs_and_channel_bindings(store: Store) -> None:
    kept = _add(store, TEXTS[0], {"claims": b"kept"})
    gone = _add(store, TEXTS[1], {"claims": b"gone"})
    store.bind_channel("C1", gone.id)
    store.delete(gone.id)
    assert store.ids() == [kept.id]
    assert store.derived(gone.id, "claims") is None
    assert store.channel_article("C1") is None
    assert store.derived(kept.id, "claims") == b"kept"


def test_delete_raises_article_not_found_for_an_unknown_id(store: Store) -> None:
    with pytest.raises(ArticleNotFound):
        store.delete("0123456789abcdef")


def test_derived_blobs_are_stored_with_the_article(store: Store) -> None:
    article = _add(store, TEXTS[0], {"claims": b"\x00\x01ledger", "index": bytes(range(256))})
    assert store.derived(article.id, "claims") == b"\x00\x01ledger"
    assert store.derived(article.id, "index") == bytes(range(256))
    assert store.derived(article.id, "embeddings") is None


def test_put_derived_adds_and_replaces_a_blob(store: Store) -> None:
    article = _add(store, TEXTS[0])
    store.put_derived(article.id, "claims", b"v1")
    store.put_derived(article.id, "claims", b"v2")
    assert store.derived(article.id, "claims") == b"v2"


def test_articles_survive_reopening_the_store(store_target: StoreTarget) -> None:
    first = store_target.open()
    article = _add(first, TEXTS[0], {"claims": b"x"})
    first.close()
    again = store_target.open()
    assert again.get(article.id) == article
    assert again.derived(article.id, "claims") == b"x"
    again.close()


class _FailingBlobs(Mapping[str, bytes]):
    """Derived data whose second blob fails: the article row is written by then."""

    def __iter__(self) -> Iterator[str]:
        return iter(("claims", "index"))

    def __len__(self) -> int:
        return 2

    def __getitem__(self, kind: str) -> bytes:
        if kind == "index":
            raise RuntimeError("deriver failed")
        return b"claims"


def test_a_failed_add_leaves_no_trace(store: Store) -> None:
    article = _article(TEXTS[0])
    with pytest.raises(RuntimeError):
        store.add(article, content_hash(TEXTS[0]), _FailingBlobs())
    assert store.count() == 0
    assert store.has_hash(content_hash(TEXTS[0])) is None
    assert store.derived(article.id, "claims") is None
    assert store.add(article, content_hash(TEXTS[0]), {"claims": b"ok"})


def test_racing_adds_of_one_text_store_it_once(store: Store) -> None:
    results: list[bool] = []
    start = threading.Barrier(6)

    def race() -> None:
        start.wait()
        results.append(store.add(_article(TEXTS[0]), content_hash(TEXTS[0]), {"claims": b"x"}))

    threads = [threading.Thread(target=race) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 5 + [True]
    assert store.count() == 1


def test_library_ingest_stores_each_text_once(store: Store) -> None:
    library = Library(store, derivers={"size": lambda a: str(len(a.text)).encode()})
    first = library.ingest_text(TEXTS[0])
    second = library.ingest_text(TEXTS[0])
    assert (first.created, second.created) == (True, False)
    assert second.article.id == first.article.id
    assert store.derived(first.article.id, "size") == str(len(TEXTS[0])).encode()


# -- bot state --------------------------------------------------------------


def test_first_sighting_is_true_only_the_first_time(store: Store) -> None:
    assert store.first_sighting("event:Ev1") is True
    assert store.first_sighting("event:Ev1") is False
    assert store.first_sighting("event:Ev2") is True


def test_first_sighting_forgets_a_key_after_its_ttl(store: Store) -> None:
    assert store.first_sighting("event:Ev1", ttl_s=0.05) is True
    time.sleep(0.1)
    assert store.first_sighting("event:Ev1", ttl_s=0.05) is True


def test_forgetting_a_sighting_is_true_once(store: Store) -> None:
    store.first_sighting("thread:T1")
    assert store.forget_sighting("thread:T1") is True
    assert store.forget_sighting("thread:T1") is False
    assert store.first_sighting("thread:T1") is True  # seen again as new


def test_forgetting_an_expired_or_unknown_sighting_is_false(store: Store) -> None:
    store.first_sighting("thread:T1", ttl_s=0.01)
    time.sleep(0.02)
    assert store.forget_sighting("thread:T1") is False
    assert store.forget_sighting("thread:never") is False


def test_kept_data_comes_back_until_it_expires(store: Store) -> None:
    store.keep("reply:a", "„zażółć” & <b>", ttl_s=60)
    store.keep("reply:b", "short-lived", ttl_s=0.01)
    time.sleep(0.02)
    assert store.kept("reply:a") == "„zażółć” & <b>"
    assert store.kept("reply:b") is None
    assert store.kept("reply:unknown") is None


def test_keeping_under_a_held_key_replaces_it(store: Store) -> None:
    store.keep("reply:a", "first", ttl_s=60)
    store.keep("reply:a", "second", ttl_s=60)
    assert store.kept("reply:a") == "second"


def test_keeping_deletes_expired_entries(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    store.keep("reply:old", "x", ttl_s=0.01)
    time.sleep(0.02)
    store.keep("reply:new", "y", ttl_s=60)
    store.close()
    with sqlite3.connect(tmp_path / "s.sqlite3") as db:
        assert db.execute("SELECT key FROM kept").fetchall() == [("reply:new",)]


def test_expired_sightings_are_pruned(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    store.first_sighting("event:old", ttl_s=0.01)
    time.sleep(0.02)
    for n in range(PRUNE_EVERY):
        store.first_sighting(f"event:new{n}")
    with sqlite3.connect(tmp_path / "s.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM seen_events WHERE key = 'event:old'").fetchone() == (0,)


def test_first_sighting_is_true_once_among_racing_threads(store: Store) -> None:
    results: list[bool] = []
    start = threading.Barrier(8)

    def race() -> None:
        start.wait()
        results.append(store.first_sighting("event:race"))

    threads = [threading.Thread(target=race) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 7 + [True]


def test_feedback_rows_come_back_in_order_with_their_ids(store: Store) -> None:
    first = store.add_feedback(user_id="U1", article_id="a1", question="q1", answer="a1", vote="up")
    second = store.add_feedback(user_id=None, article_id=None, question="q2", answer="a2", vote="down")
    rows = store.feedback()
    assert second > first
    assert [(r["id"], r["user_id"], r["question"], r["vote"]) for r in rows] == [(first, "U1", "q1", "up"), (second, None, "q2", "down")]
    assert all(isinstance(r["created_at"], float) for r in rows)


def test_bind_channel_replaces_the_channels_article(store: Store) -> None:
    assert store.channel_article("C1") is None
    store.bind_channel("C1", "a1")
    store.bind_channel("C1", "a2")
    assert store.channel_article("C1") == "a2"


def test_a_sqlite_write_waits_for_another_writer_instead_of_failing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    other = sqlite3.connect(tmp_path / "s.sqlite3", isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process holding the write lock
    releaser = threading.Timer(0.2, lambda: other.execute("COMMIT"))
    releaser.start()
    assert store.first_sighting("event:Ev1") is True
    releaser.join()


def test_a_dropped_database_connection_is_replaced_without_an_error(store_target: StoreTarget) -> None:
    if store_target.backend != "postgres":
        pytest.skip("PostgreSQL only: a server restart or a killed backend")
    import psycopg

    store = store_target.open()
    store.bind_channel("C1", "a1")
    with psycopg.connect(str(TEST_DATABASE_URL), autocommit=True) as admin:  # the server drops every pooled connection
        pids = [r[0] for r in admin.execute("SELECT pid FROM pg_stat_activity WHERE application_name = %s", (store_target.schema,))]
        for pid in pids:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert pids
    assert store.channel_article("C1") == "a1"
    store.close()


# -- choosing a backend -------------------------------------------------------


def test_open_store_without_a_database_url_opens_sqlite(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite3")
    assert isinstance(store, SQLiteStore)
    assert (tmp_path / "s.sqlite3").exists()


def test_store_called_with_a_path_opens_sqlite(tmp_path: Path) -> None:
    assert isinstance(Store(tmp_path / "s.sqlite3"), SQLiteStore)


def test_unreachable_database_url_is_a_store_error_without_the_password(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "unused.sqlite3", "postgresql://bot:hunter2secret@127.0.0.1:1/newsroom")
    assert "DATABASE_URL" in str(caught.value)
    assert "hunter2secret" not in str(caught.value)


def test_unwritable_data_dir_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="NEWSROOM_DATA_DIR"):
        open_store(blocker / "newsroom.sqlite3")
