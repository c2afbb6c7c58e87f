"""The commands that fill the store: ``ingest`` (files, folders, globs) and ``embed`` (the embeddings it deferred)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from bot.errors import BotError
from bot.services import Services

PROGRESS_FROM = 20  # files in a batch before ingest shows a progress bar
# files in a batch from which ingest leaves the embeddings to `newsroom-bot embed`: e5 runs at
# 1-4 articles/s on two cores, the rest of ingest at 40-70, and a few files are asked about at once
DEFER_FROM = 20


def cmd_ingest(svc: Services, args: argparse.Namespace, out: TextIO, progress_to: TextIO | None = None) -> int:
    """Store article files, folders and globs; bad files are reported and skipped."""
    from tqdm import tqdm

    from knowledge.derive import DEFERRABLE
    from knowledge.ingest import Outcome, expand, ingest_paths

    paths, unmatched = expand(args.files)
    defer = DEFERRABLE if (args.defer_embeddings if args.defer_embeddings is not None else len(paths) >= DEFER_FROM) else ()
    stream = progress_to or sys.stderr
    show = args.progress if args.progress is not None else (len(paths) >= PROGRESS_FROM and stream.isatty())
    bar = tqdm(total=len(paths), unit="article", file=stream, disable=not show, dynamic_ncols=True)
    verbs = {"ingested": "ingested", "skipped": "already held"}

    def done(o: Outcome) -> None:
        bar.update(1)
        if not show and o.status in verbs:  # per-file lines only when there is no bar
            out.write(f"{verbs[o.status]}: {o.article_id}  {o.title}  ({o.path})\n")

    workers = max(1, args.workers)
    with bar:
        report = ingest_paths(
            svc.library,
            paths,
            title=args.title,
            source=args.source,
            published=args.published,
            on_file=done,
            failed=unmatched,
            workers=workers,
            defer=defer,
        )
    if report.failures and not (report.count("ingested") or report.count("skipped")):
        # nothing stored: the error alone, on stderr (one line for one file)
        if len(report.failures) == 1:
            raise BotError(report.failures[0].reason)
        for o in report.failures:
            print(f"failed: {o.path}: {o.reason}", file=sys.stderr)
        raise BotError(f"no article was ingested: all {len(report.failures)} files failed (see above)")
    out.write(report.summary() + "\n")
    if defer and report.count("ingested"):
        out.write("embeddings deferred: `newsroom-bot embed` makes them (until then, each article's at its first question)\n")
    for o in report.failures:
        print(f"failed: {o.path}: {o.reason}", file=sys.stderr)
    return 0


def cmd_embed(svc: Services, args: argparse.Namespace, out: TextIO, progress_to: TextIO | None = None) -> int:
    """Make the embeddings a bulk ingest deferred; an interrupted run loses nothing made, the next resumes."""
    from tqdm import tqdm

    from knowledge.backlog import backlog, catch_up
    from knowledge.derive import DEFERRABLE

    kinds = [kind for kind in DEFERRABLE if kind in svc.library.derivers]
    pending = backlog(svc.library, kinds)[: args.limit]
    stream = progress_to or sys.stderr
    show = args.progress if args.progress is not None else stream.isatty()
    bar = tqdm(total=len(pending), unit="article", file=stream, disable=not show, dynamic_ncols=True)
    try:
        with bar:
            made = catch_up(svc.library, pending, on_done=lambda _: bar.update(1))
    except KeyboardInterrupt:
        out.write(f"interrupted: {len(backlog(svc.library, kinds))} articles still lack embeddings; run `newsroom-bot embed` again\n")
        return 130
    out.write(f"embedded {made} articles · {len(backlog(svc.library, kinds))} still lack embeddings\n")
    return 0
