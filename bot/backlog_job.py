"""While the Slack app serves, embed what a bulk ingest deferred, at the lowest CPU priority.

``newsroom-bot serve`` starts ``newsroom-bot embed`` as a child process niced to
19, so answering Slack always comes first on a small machine; the child exits
when the backlog is empty (at once when there is none) and is stopped with the
app.  Each article's vectors are committed on their own, so stopping it loses
at most one article's work.  ``NEWSROOM_EMBED_BACKLOG=0`` turns it off.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from bot.config import Config

log = logging.getLogger("newsroom_bot.backlog")

NICENESS = 19
_COMMAND = "from bot.cli import main; raise SystemExit(main(['embed', '--no-progress']))"


def _lowest_priority() -> None:  # runs in the child, before exec
    os.nice(NICENESS)


def start(config: Config) -> subprocess.Popen[bytes] | None:
    """The catch-up child process, or None when turned off."""
    if not config.embed_backlog:
        return None
    log.info("embedding any deferred articles in the background (niceness %d)", NICENESS)
    return subprocess.Popen([sys.executable, "-c", _COMMAND], stdout=subprocess.DEVNULL, preexec_fn=_lowest_priority)


def stop(process: subprocess.Popen[bytes] | None, timeout_s: float = 5.0) -> None:
    """Stop the child if it still runs (its finished articles are kept)."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
