"""Batch ingest: files, folders and globs into the library, with a tally of what happened.

A bad file (missing, empty, binary, not UTF-8) is reported and skipped; the
rest of the batch goes on.  A text already held (same content hash) is skipped.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from knowledge.errors import BadArticle
from knowledge.library import Library

# What a folder contributes: article files, not whatever else lives there.
ARTICLE_SUFFIXES = (".txt", ".md")
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Outcome:
    """What happened to one file (or pattern): ``ingested``, ``skipped`` (already held) or ``failed``."""

    path: str
    status: str
    article_id: str | None = None
    title: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class IngestReport:
    """The tally of one batch."""

    outcomes: tuple[Outcome, ...]

    def count(self, status: str) -> int:
        """How many files ended with ``status``."""
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> tuple[Outcome, ...]:
        """The files that failed, with their reasons."""
        return tuple(o for o in self.outcomes if o.status == "failed")

    def summary(self) -> str:
        """One line: ingested / skipped / failed."""
        return f"ingested {self.count('ingested')} · skipped {self.count('skipped')} (already held) · failed {self.count('failed')}"


def _folder_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def expand(patterns: Sequence[str]) -> tuple[list[Path], list[Outcome]]:
    """The files named by paths, folders (their .txt/.md files, recursively) and globs, each once."""
    found: dict[Path, None] = {}
    failures: list[Outcome] = []
    for pattern in patterns:
        path = Path(pattern).expanduser()
        if path.is_dir():
            matches = _folder_files(path)
        elif path.exists() or not _GLOB_CHARS.intersection(pattern):
            matches = [path]  # a missing plain path fails when read, with the usual message
        else:
            matches = []
            for hit in sorted(glob.glob(str(path), recursive=True)):
                p = Path(hit)
                matches += _folder_files(p) if p.is_dir() else [p]
            if not matches:
                failures.append(Outcome(pattern, "failed", reason="no file matches this pattern"))
        for p in matches:
            found.setdefault(p, None)
    return list(found), failures


def ingest_paths(
    library: Library,
    paths: Sequence[Path],
    *,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    on_file: Callable[[Outcome], object] | None = None,
    failed: Sequence[Outcome] = (),
) -> IngestReport:
    """Ingest each file; ``on_file`` hears about each one as it is done (progress); ``failed`` joins the tally."""
    outcomes = list(failed)
    for path in paths:
        try:
            result = library.ingest_file(path, title=title, source=source, published=published)
        except BadArticle as exc:
            outcome = Outcome(str(path), "failed", reason=str(exc))
        except OSError as exc:
            outcome = Outcome(str(path), "failed", reason=f"cannot read {path}: {exc.strerror or exc}")
        else:
            status = "ingested" if result.created else "skipped"
            outcome = Outcome(str(path), status, article_id=result.article.id, title=result.article.title)
        outcomes.append(outcome)
        if on_file is not None:
            on_file(outcome)
    return IngestReport(tuple(outcomes))
