from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from knowledge.ingest import Outcome, expand, ingest_paths, ingest_texts
from knowledge.library import Library
from knowledge.store import Store
from tests.archive_texts import BANK, FLOOD_OPOLE, FLOOD_WROCLAW
from tests.backend import open_test_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with closing(open_test_store(tmp_path / "store.sqlite3")) as opened:
        yield opened


@pytest.fixture
def library(store: Store) -> Library:
    return Library(store, derivers={})


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    folder = tmp_path / "feed"
    (folder / "2024").mkdir(parents=True)
    (folder / "wroclaw.txt").write_text(FLOOD_WROCLAW, encoding="utf-8")
    (folder / "2024" / "opole.txt").write_text(FLOOD_OPOLE, encoding="utf-8")
    (folder / "2024" / "bank.md").write_text(BANK, encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    (folder / ".hidden.txt").write_text(BANK, encoding="utf-8")
    return folder


def test_folder_gives_its_article_files_recursively(feed: Path) -> None:
    paths, failed = expand([str(feed)])
    assert sorted(p.name for p in paths) == ["bank.md", "opole.txt", "wroclaw.txt"]
    assert failed == []


def test_glob_patterns_are_expanded(feed: Path) -> None:
    paths, _ = expand([str(feed / "**" / "*.txt")])
    assert sorted(p.name for p in paths) == ["opole.txt", "wroclaw.txt"]


def test_pattern_matching_nothing_is_a_failure(feed: Path) -> None:
    paths, failed = expand([str(feed / "*.xml")])
    assert paths == []
    assert [o.reason for o in failed] == ["no file matches this pattern"]


def test_same_file_named_twice_is_taken_once(feed: Path) -> None:
    paths, _ = expand([str(feed / "wroclaw.txt"), str(feed)])
    assert [p.name for p in paths].count("wroclaw.txt") == 1


def test_duplicate_content_is_skipped(library: Library, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "copy-of-a.txt"
    a.write_text(BANK, encoding="utf-8")
    b.write_text(BANK, encoding="utf-8")
    report = ingest_paths(library, [a, b])
    assert [o.status for o in report.outcomes] == ["ingested", "skipped"]
    assert library.store.count() == 1


def test_bad_files_are_reported_and_the_batch_goes_on(library: Library, tmp_path: Path) -> None:
    good, binary, empty = tmp_path / "good.txt", tmp_path / "binary.txt", tmp_path / "empty.txt"
    good.write_text(BANK, encoding="utf-8")
    binary.write_bytes(b"\x00\x01\x02")
    empty.write_text("   \n", encoding="utf-8")
    report = ingest_paths(library, [binary, good, empty, tmp_path / "missing.txt"])
    assert report.count("ingested") == 1
    reasons = {Path(o.path).name: o.reason or "" for o in report.failures}
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"] and "no such file" in reasons["missing.txt"]


def test_each_file_is_reported_as_it_is_done(library: Library, feed: Path) -> None:
    seen: list[Outcome] = []
    paths, _ = expand([str(feed)])
    ingest_paths(library, paths, on_file=seen.append)
    assert [Path(o.path).name for o in seen] == [p.name for p in paths]


def test_summary_counts_each_outcome(library: Library, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BANK, encoding="utf-8")
    report = ingest_paths(library, [good, good, tmp_path / "missing.txt"])
    assert report.summary() == "ingested 1 · skipped 1 (already held) · failed 1"


def test_worker_processes_ingest_the_same_as_one_process(library: Library, feed: Path, tmp_path: Path) -> None:
    (feed / "copy.txt").write_text(BANK, encoding="utf-8")
    (feed / "broken.txt").write_bytes(b"\x00")
    paths, _ = expand([str(feed)])
    parallel = ingest_paths(library, paths, workers=2)
    serial = ingest_paths(Library(Store(tmp_path / "other.sqlite3"), derivers={}), paths)
    assert [(o.path, o.status, o.article_id) for o in parallel.outcomes] == [(o.path, o.status, o.article_id) for o in serial.outcomes]
    assert parallel.summary() == "ingested 3 · skipped 1 (already held) · failed 1"


def test_texts_ingest_like_files(library: Library) -> None:
    report = ingest_texts(library, [("a", BANK), ("b", FLOOD_OPOLE), ("a again", BANK)])
    assert [o.status for o in report.outcomes] == ["ingested", "ingested", "skipped"]


def test_deferred_derivers_are_not_run_at_ingest(store: Store, feed: Path) -> None:
    calls: list[str] = []
    library = Library(store, derivers={"slow": lambda a: calls.append(a.id) or b"", "quick": lambda a: b"q"})
    paths, _ = expand([str(feed)])
    report = ingest_paths(library, paths, defer=("slow",))
    assert report.count("ingested") == 3 and calls == []
    assert all(library.store.derived(a, "quick") == b"q" for a in library.store.ids())
