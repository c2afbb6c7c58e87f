"""The serving process embeds deferred articles in a niced child, and can be told not to."""

from __future__ import annotations

import subprocess

import pytest

from bot import backlog_job
from bot.config import load_config
from bot.startup import build_services
from knowledge.ingest import ingest_texts
from tests.archive_texts import BANK, FLOOD_OPOLE


def _lacking() -> list[str]:
    with build_services(load_config()) as svc:
        return svc.store.lacking(svc.library.storage_key("embeddings"))


def test_the_background_job_embeds_what_a_bulk_ingest_deferred() -> None:
    with build_services(load_config()) as svc:
        ingest_texts(svc.library, [("opole", FLOOD_OPOLE), ("bank", BANK)], defer=("embeddings",))
    assert len(_lacking()) == 2
    process = backlog_job.start(load_config())
    assert process is not None
    assert process.wait(120) == 0
    assert _lacking() == []


def test_the_background_job_runs_at_the_lowest_priority(monkeypatch: pytest.MonkeyPatch) -> None:
    # the child reports its own niceness as its exit status
    monkeypatch.setattr(backlog_job, "_COMMAND", "import os, sys; sys.exit(os.nice(0))")
    process = backlog_job.start(load_config())
    assert process is not None
    assert process.wait(30) == backlog_job.NICENESS


def test_embed_backlog_0_turns_the_background_job_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSROOM_EMBED_BACKLOG", "0")
    assert backlog_job.start(load_config()) is None


def test_stopping_ends_a_running_job() -> None:
    process = subprocess.Popen(["sleep", "30"])
    backlog_job.stop(process, timeout_s=5)
    assert process.poll() is not None
