import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from knowledge.article import Article
from knowledge.errors import ArticleNotFound, BadArticle
from knowledge.library import Library, content_hash, prepare_article, shipped_text
from knowledge.store import Store
from tests.backend import open_test_store

TEXT = "Pierwsze zdanie artykułu. Drugie zdanie.\nŹródło: PAP\n"
OTHER = "Another article. It is in English.\n"


def length(article: Article) -> bytes:
    return str(len(article.text)).encode()


def crash(article: Article) -> bytes:
    raise RuntimeError("deriver failed")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with closing(open_test_store(tmp_path / "s.db")) as opened:
        yield opened


def test_ingest_stores_the_article_with_its_derived_data(store: Store) -> None:
    library = Library(store, {"length": length})
    result = library.ingest_text(TEXT, title="Tytuł", published="2025-11-01")
    assert result.created
    held = store.get(result.article.id)
    assert (held.text, held.title, held.source, held.published) == (TEXT, "Tytuł", "PAP", "2025-11-01")
    assert held.ingested_at
    assert store.derived(held.id, "length") == str(len(TEXT)).encode()


def test_a_failing_deriver_leaves_the_store_unchanged(store: Store) -> None:
    library = Library(store, {"length": length, "boom": crash})
    with pytest.raises(RuntimeError):
        library.ingest_text(TEXT)
    assert store.count() == 0


def test_the_same_text_is_not_ingested_twice(store: Store) -> None:
    library = Library(store, {})
    first = library.ingest_text(TEXT)
    second = library.ingest_text(TEXT, title="another title")
    assert not second.created
    assert second.article.id == first.article.id
    assert store.count() == 1


def test_ingest_file_reads_utf8(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode())
    article = Library(store, {}).ingest_file(path).article
    assert article.text == TEXT


def test_a_bad_file_is_refused_and_nothing_is_stored(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(BadArticle):
        Library(store, {}).ingest_file(path)
    assert store.count() == 0


def test_with_an_empty_store_the_shipped_article_is_the_default(store: Store) -> None:
    article = Library(store, {}).resolve()
    assert article.text == shipped_text()
    assert store.ids() == [article.id]


def test_the_shipped_article_is_the_seed_byte_for_byte() -> None:
    # sha256sum of ../shared/seed/000_25f08eec451703b6.txt
    assert content_hash(shipped_text()) == "40ea03015821d495b69d41fb56626a85f11ded3e6bc9639606912ed02cc283a4"


def test_the_latest_ingested_article_is_the_default(store: Store) -> None:
    library = Library(store, {})
    library.ingest_text(TEXT)
    latest = library.ingest_text(OTHER).article
    assert library.resolve().id == latest.id


def test_resolve_by_id_and_by_prefix(store: Store) -> None:
    library = Library(store, {})
    article = library.ingest_text(TEXT).article
    assert library.resolve(article.id).id == article.id
    assert library.resolve(article.id[:5]).id == article.id


def test_a_channel_gets_its_bound_article(store: Store) -> None:
    library = Library(store, {})
    bound = library.ingest_text(TEXT).article
    library.ingest_text(OTHER)
    store.bind_channel("C1", bound.id)
    assert library.resolve(channel_id="C1").id == bound.id
    assert library.resolve(channel_id="C2").id != bound.id


def test_a_path_is_loaded_without_being_stored(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "adhoc.txt"
    path.write_text(OTHER, encoding="utf-8")
    library = Library(store, {"length": length})
    article = library.resolve(str(path))
    assert article.text == OTHER
    assert store.count() == 0
    assert library.derived(article, "length") == str(len(OTHER)).encode()
    assert library.resolve(article.id) is article  # found again by its id while cached


def test_an_unknown_id_is_article_not_found(store: Store) -> None:
    with pytest.raises(ArticleNotFound):
        Library(store, {}).resolve("deadbeef")


def test_a_missing_path_says_no_such_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(BadArticle, match="no such file"):
        Library(store, {}).resolve(str(tmp_path / "missing.txt"))


def test_derived_data_missing_for_an_older_article_is_computed_once_and_kept(store: Store) -> None:
    article = Library(store, {}).ingest_text(TEXT).article
    calls: list[str] = []

    def counted(a: Article) -> bytes:
        calls.append(a.id)
        return b"v1"

    library = Library(store, {"new": counted})
    assert library.derived(article, "new") == b"v1"
    assert Library(store, {"new": counted}).derived(article, "new") == b"v1"
    assert calls == [article.id]


def test_a_new_deriver_version_is_derived_again_instead_of_served_stale(store: Store) -> None:
    old = Library(store, {"shout": lambda a: b"old"}, versions={"shout": 1})
    article = old.ingest_text("Minister said the bridge would open in May.\n").article
    assert old.derived(article, "shout") == b"old"
    new = Library(store, {"shout": lambda a: b"new"}, versions={"shout": 2})
    assert new.derived(article, "shout") == b"new"
    assert store.derived(article.id, "shout.v2") == b"new" and store.derived(article.id, "shout.v1") == b"old"


def test_derivers_run_side_by_side() -> None:
    # each deriver waits for the other: run one after the other, they would time out
    both = threading.Barrier(2, timeout=5)

    def meet(article: Article) -> bytes:
        both.wait()
        return b"met"

    _, derived = prepare_article("Tytuł\n\nTreść artykułu.\n", {"a": meet, "b": meet})
    assert derived == {"a": b"met", "b": b"met"}
