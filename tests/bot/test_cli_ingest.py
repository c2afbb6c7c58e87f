"""Bulk ingest with the embeddings deferred, and `newsroom-bot embed` catching up."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot import cli_ingest
from bot.cli import build_parser, main
from bot.cli_ingest import cmd_embed
from bot.config import load_config
from bot.services import Services
from bot.startup import build_services
from knowledge.article import Article
from knowledge.ingest import ingest_texts
from tests.archive_texts import NAMED


def _lacking() -> list[str]:
    with build_services(load_config()) as svc:
        return svc.store.lacking(svc.library.storage_key("embeddings"))


def test_ingest_with_defer_embeddings_stores_no_vectors_and_says_what_to_run(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(feed), "--defer-embeddings"]) == 0
    out = capsys.readouterr().out
    assert "ingested 3 · skipped 0 (already held) · failed 0" in out
    assert "`newsroom-bot embed`" in out
    assert len(_lacking()) == 3


def test_a_small_ingest_embeds_inline_by_default(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(feed / "bank.txt")]) == 0
    assert "`newsroom-bot embed`" not in capsys.readouterr().out
    assert _lacking() == []


def test_a_batch_of_defer_from_files_defers_by_default(feed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_ingest, "DEFER_FROM", 3)
    assert main(["ingest", str(feed)]) == 0
    assert len(_lacking()) == 3


def test_no_defer_embeddings_embeds_a_large_batch_inline(feed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_ingest, "DEFER_FROM", 1)
    assert main(["ingest", str(feed / "bank.txt"), "--no-defer-embeddings"]) == 0
    assert _lacking() == []


def test_embed_makes_the_deferred_embeddings(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ingest", str(feed), "--defer-embeddings"])
    capsys.readouterr()
    assert main(["embed", "--progress"]) == 0
    out, err = capsys.readouterr()
    assert "embedded 3 articles · 0 still lack embeddings" in out
    assert "3/3" in err  # the progress bar
    assert _lacking() == []


def test_embed_with_a_limit_leaves_the_rest_for_the_next_run(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ingest", str(feed), "--defer-embeddings"])
    assert main(["embed", "--limit", "1"]) == 0
    assert "embedded 1 articles · 2 still lack embeddings" in capsys.readouterr().out


def test_an_interrupted_embed_exits_130_and_keeps_what_it_made(services: Services) -> None:
    ingest_texts(services.library, NAMED, defer=("embeddings",))
    made: list[str] = []

    def interrupted_after_one(article: Article) -> bytes:
        if made:
            raise KeyboardInterrupt
        made.append(article.id)
        return b""

    services.library.derivers["embeddings"] = interrupted_after_one
    out = io.StringIO()
    assert cmd_embed(services, build_parser().parse_args(["embed"]), out, progress_to=io.StringIO()) == 130
    assert "interrupted: 2 articles still lack embeddings" in out.getvalue()
    assert services.store.lacking(services.library.storage_key("embeddings")) == services.store.ids()[1:]
