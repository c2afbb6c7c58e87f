"""Batch ingest: files, folders and globs into the library, with a tally of what happened.

A bad file (missing, empty, binary, not UTF-8) is reported and skipped; the
rest of the batch goes on.  A text already held (same content hash) is skipped.
"""

from __future__ import annotations

import contextlib
import glob
import multiprocessing
import pickle
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from knowledge.article import Article, read_text
from knowledge.errors import BadArticle
from knowledge.library import Deriver, Library, content_hash, prepare_article

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


@dataclass(frozen=True)
class _Job:
    """One article on its way in: its text to prepare, or why there is nothing to prepare."""

    name: str
    text: str | None = None
    held: str | None = None  # the id of the article already holding this text
    failure: str | None = None


# What this process prepares with: the derivers and the batch's metadata.
_WORKER: tuple[Mapping[str, Deriver], dict[str, str | None]] | None = None


def _init_worker(derivers: Mapping[str, Deriver], meta: dict[str, str | None]) -> None:
    global _WORKER
    _WORKER = (derivers, meta)


def _prepare(job: _Job) -> tuple[_Job, tuple[Article, dict[str, bytes]] | None]:
    if job.text is None or _WORKER is None:
        return job, None
    derivers, meta = _WORKER
    return job, prepare_article(job.text, derivers, **meta)


def _picklable(obj: object) -> bool:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


def _text_job(library: Library, name: str, text: str) -> _Job:
    held = library.store.has_hash(content_hash(text))
    return _Job(name, held=held) if held else _Job(name, text)


def _file_job(library: Library, path: Path) -> _Job:
    try:
        text = read_text(path)
    except BadArticle as exc:
        return _Job(str(path), failure=str(exc))
    except OSError as exc:
        return _Job(str(path), failure=f"cannot read {path}: {exc.strerror or exc}")
    return _text_job(library, str(path), text)


def _finish(library: Library, job: _Job, prepared: tuple[Article, dict[str, bytes]] | None) -> Outcome:
    if job.failure is not None:
        return Outcome(job.name, "failed", reason=job.failure)
    if prepared is None or job.text is None:
        held = library.article(job.held or "")
        return Outcome(job.name, "skipped", article_id=held.id, title=held.title)
    result = library.ingest_prepared(content_hash(job.text), *prepared)
    return Outcome(job.name, "ingested" if result.created else "skipped", article_id=result.article.id, title=result.article.title)


def _run(
    library: Library,
    jobs: Iterable[_Job],
    meta: dict[str, str | None],
    workers: int,
    on_file: Callable[[Outcome], object] | None,
    defer: Collection[str] = (),
) -> list[Outcome]:
    """Prepare (segment, derive all but ``defer``) in ``workers`` processes; store and index here, in order."""
    global _WORKER
    derivers = {kind: derive for kind, derive in library.derivers.items() if kind not in defer}
    _WORKER = (derivers, meta)
    outcomes = []
    # Workers are spawned, not forked: a fork of a process whose threads hold locks (the
    # embedding model's OpenMP pool, a progress bar) can deadlock the child.  They get the
    # derivers by reference, so derivers that cannot be pickled (closures) mean one process.
    if workers > 1 and not _picklable(derivers):
        workers = 1
    try:
        with contextlib.ExitStack() as stack:
            if workers > 1:
                context = multiprocessing.get_context("spawn")
                pool = stack.enter_context(context.Pool(workers, initializer=_init_worker, initargs=(derivers, meta)))
                prepared: Iterable[tuple[_Job, tuple[Article, dict[str, bytes]] | None]] = pool.imap(_prepare, jobs, chunksize=4)
            else:
                prepared = map(_prepare, jobs)
            for job, result in prepared:
                outcome = _finish(library, job, result)
                outcomes.append(outcome)
                if on_file is not None:
                    on_file(outcome)
    finally:
        _WORKER = None
    return outcomes


def ingest_paths(
    library: Library,
    paths: Sequence[Path],
    *,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    on_file: Callable[[Outcome], object] | None = None,
    failed: Sequence[Outcome] = (),
    workers: int = 1,
    defer: Collection[str] = (),
) -> IngestReport:
    """Ingest each file, in order; ``on_file`` hears about each as it is done; ``failed`` joins the tally.

    With ``workers`` > 1, segmentation and the derivers (claims, embeddings …)
    run in that many spawned processes; the store and index writes stay in this one.
    The derivers named in ``defer`` (e.g. ``derive.DEFERRABLE``) are not run: their
    blobs are made later, by ``knowledge.backlog.catch_up`` or on first use.
    """
    meta = {"title": title, "source": source, "published": published}
    jobs = (_file_job(library, p) for p in paths)
    return IngestReport((*failed, *_run(library, jobs, meta, workers, on_file, defer)))


def ingest_texts(library: Library, texts: Iterable[tuple[str, str]], *, workers: int = 1, defer: Collection[str] = ()) -> IngestReport:
    """Ingest (name, text) pairs the way ``ingest_paths`` ingests files."""
    jobs = (_text_job(library, name, text) for name, text in texts)
    return IngestReport(tuple(_run(library, jobs, {}, workers, None, defer)))
