"""SQLite store behaviour that test_store_backends.py does not cover: a killed process, listing fields, error wording."""

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from knowledge.article import Article
from knowledge.errors import ArticleNotFound, StoreError
from knowledge.library import content_hash
from knowledge.segment import build_article
from knowledge.store import Store

TEXT = "Nagłówek\nPierwsze zdanie. Drugie zdanie.\nŹródło: PAP\n"


def article(text: str = TEXT) -> Article:
    return build_article(text, published="2025-11-01", ingested_at="2025-11-29T12:00:00Z")


def test_listing_carries_title_source_paragraphs_and_time(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    a = article()
    store.add(a, content_hash(a.text))
    [info] = store.all()
    assert (info.id, info.title, info.source, info.published, info.paragraphs, info.ingested_at) == (
        a.id,
        "Nagłówek",
        "PAP",
        "2025-11-01",
        3,
        "2025-11-29T12:00:00Z",
    )


def test_process_killed_mid_ingest_leaves_the_store_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db)
    script = textwrap.dedent(
        f"""
        import os
        from collections.abc import Mapping
        from knowledge.library import content_hash
        from knowledge.segment import build_article
        from knowledge.store import Store

        class Dies(Mapping):
            def __getitem__(self, key): return b"x"
            def __len__(self): return 2
            def __iter__(self):
                yield "claims"
                os._exit(9)  # killed after the article row and one blob were written

        a = build_article({TEXT!r})
        Store({str(db)!r}).add(a, content_hash(a.text), Dies())
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    store = Store(db)
    assert store.count() == 0
    assert store.derived(article().id, "claims") is None


def test_unknown_id_raises_article_not_found(tmp_path: Path) -> None:
    with pytest.raises(ArticleNotFound, match="newsroom-bot articles"):
        Store(tmp_path / "s.db").get("deadbeef")


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="NEWSROOM_DATA_DIR"):
        Store(blocker / "sub" / "s.db")


def test_a_sighting_is_remembered_by_a_new_store_instance(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    assert store.first_sighting("event-1") is True
    assert Store(tmp_path / "s.db").first_sighting("event-1") is False
    assert store.first_sighting("event-2") is True
