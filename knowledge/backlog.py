"""The backlog: derived data a bulk ingest left for later (embeddings), and catching up with it.

A bulk ingest may skip the slow derivers (``derive.DEFERRABLE``) so that the
archive is stored, its claims extracted and its lexical index written at full
speed.  Until an article's blob exists, ``Library.derived`` makes it on the
article's first question and keeps it; ``catch_up`` makes every missing one now.
Each blob is committed on its own, so an interrupted catch-up loses at most the
article in progress, and the next one resumes with what is still missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from knowledge.errors import ArticleNotFound
from knowledge.library import Library


@dataclass(frozen=True)
class Pending:
    """One article still lacking one kind of derived data."""

    article_id: str
    kind: str


def backlog(library: Library, kinds: Iterable[str]) -> list[Pending]:
    """What is missing of ``kinds``, oldest articles first; a blob of an older deriver version counts as missing."""
    return [Pending(article_id, kind) for kind in kinds for article_id in library.store.lacking(library.storage_key(kind))]


def catch_up(library: Library, pending: Iterable[Pending], *, on_done: Callable[[Pending], object] | None = None) -> int:
    """Derive and store each pending blob, in order; how many were made (an article deleted meanwhile is passed over)."""
    made = 0
    for item in pending:
        try:
            article = library.store.get(item.article_id)
        except ArticleNotFound:
            article = None
        if article is not None:
            library.derived(article, item.kind)  # missing: derived now and stored (or read, if another process was quicker)
            made += 1
        if on_done is not None:
            on_done(item)
    return made
