"""A separate process using the store, for the crash and multi-process tests.

Usage: ``python store_worker.py SQLITE_PATH DATABASE_URL|- COMMAND ARGS…``

- ``sight KEY…``: call ``first_sighting`` on each key, print the keys it won.
- ``ingest-then-hang READY_FILE TEXT…``: ingest each text, print the ids, then
  start one more ingest and block inside its transaction, after the article
  row and a large blob are written, touching READY_FILE; the test kills us there.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

from knowledge.library import Library, content_hash
from knowledge.segment import build_article
from knowledge.store import open_store

HANGING_TEXT = "Ten artykuł nigdy nie zostanie zapisany.\n\nProces ginie w połowie transakcji."
BIG_BLOB = bytes(range(256)) * 16_384  # 4 MiB: more than SQLite's page cache, so it spills to the WAL


class _HangingBlobs(Mapping[str, bytes]):
    """Derived data that blocks forever on its second blob, mid-transaction."""

    def __init__(self, ready: Path) -> None:
        self.ready = ready

    def __iter__(self) -> Iterator[str]:
        return iter(("big", "hang"))

    def __len__(self) -> int:
        return 2

    def __getitem__(self, kind: str) -> bytes:
        if kind == "hang":
            self.ready.touch()
            while True:
                time.sleep(60)
        return BIG_BLOB


def main(argv: list[str]) -> None:
    sqlite_path, database_url, command, *args = argv
    store = open_store(sqlite_path, None if database_url == "-" else database_url)
    if command == "sight":
        print("\n".join(key for key in args if store.first_sighting(key)), flush=True)
    elif command == "ingest-then-hang":
        ready, *texts = args
        library = Library(store, derivers={"size": lambda a: str(len(a.text)).encode()})
        for text in texts:
            print(library.ingest_text(text).article.id, flush=True)
        article = build_article(HANGING_TEXT)
        store.add(article, content_hash(article.text), _HangingBlobs(Path(ready)))
        raise SystemExit("the hanging ingest returned")
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
