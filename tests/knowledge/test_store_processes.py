"""The store shared by real processes: dedupe across processes, and SIGKILL mid-ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from knowledge.library import content_hash
from knowledge.segment import build_article
from tests.knowledge import store_worker
from tests.knowledge.conftest import StoreTarget

WORKER = Path(store_worker.__file__)
TEXTS = tuple(f"Artykuł numer {n}.\n\nRada miasta obradowała po raz {n}. Wynik głosowania był jasny." for n in range(1, 6))


def _worker(target: StoreTarget, command: str, *args: str) -> subprocess.Popen[str]:
    argv = [sys.executable, str(WORKER), str(target.sqlite_path), target.database_url or "-", command, *args]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=WORKER.parents[2])


def test_first_sighting_is_won_once_per_key_across_processes(store_target: StoreTarget) -> None:
    store_target.open().close()  # create the tables before the race
    keys = [f"event:Ev{n}" for n in range(40)]
    workers = [_worker(store_target, "sight", *keys) for _ in range(3)]
    won: list[str] = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
        won += out.split()
    assert sorted(won) == sorted(keys)


def test_sigkill_mid_ingest_keeps_earlier_articles_and_no_half_written_one(store_target: StoreTarget, tmp_path: Path) -> None:
    ready = tmp_path / "in-transaction"
    worker = _worker(store_target, "ingest-then-hang", str(ready), *TEXTS)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert worker.poll() is None, worker.communicate()[1]
        assert time.monotonic() < deadline, "the worker never reached the hanging transaction"
        time.sleep(0.02)
    os.kill(worker.pid, signal.SIGKILL)
    out, _ = worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    store = store_target.open()
    try:
        assert store.ids() == out.split()
        for text, article_id in zip(TEXTS, out.split(), strict=True):
            assert store.get(article_id).text == text
            assert store.derived(article_id, "size") == str(len(text)).encode()
        hanging = build_article(store_worker.HANGING_TEXT)
        assert store.has_hash(content_hash(hanging.text)) is None
        assert store.derived(hanging.id, "big") is None
    finally:
        store.close()
    if store_target.backend == "sqlite":
        with sqlite3.connect(store_target.sqlite_path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
