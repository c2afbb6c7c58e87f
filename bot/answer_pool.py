"""Offline answering in processes of its own, so the threads that ack Slack's requests never wait for it.

Answering a question offline is pure Python: run in the server's own threads, it
holds the interpreter lock and takes the CPU the acks need (Slack gives each
request 3 s).  Here each answering process builds its own services from the
configuration (its own store connection, library and caches), runs at a lower
CPU priority than the server, so the kernel runs an ack first, and has the
latest article's index warm before the first question.  A process that dies
(killed, out of memory) breaks the pool: it is replaced and the question asked
again, once.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from bot.answer import Answer
from bot.config import Config

if TYPE_CHECKING:
    from bot.services import Services

# How much lower the answering processes' CPU priority is than the server's (nice, 0-19):
# at 10, a runnable ack thread gets about ten times their share of a core.
NICE = 10
# How long a server waits at start-up for its answering processes to be warm (importing and loading take seconds).
STARTUP_WAIT_S = 40.0

log = logging.getLogger(__name__)

T = TypeVar("T")


class AnswerPool:
    """``processes`` answering processes; ``ask``, ``summarize`` and ``ask_archive`` block until the answer comes back."""

    def __init__(self, config: Config, processes: int) -> None:
        if processes < 1:
            raise ValueError("an answer pool needs at least one process")
        self.config = config
        self.processes = processes
        self._lock = threading.Lock()
        self._closed = False
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn, not fork: the server has threads and open connections that a forked child must not inherit
        spawn = multiprocessing.get_context("spawn")
        executor = ProcessPoolExecutor(self.processes, mp_context=spawn, initializer=_begin, initargs=(self.config,))
        # start every process now and wait until they are warm, so the first questions do not pay for it
        started = [executor.submit(os.getpid) for _ in range(self.processes)]
        done, late = wait(started, timeout=STARTUP_WAIT_S)
        if late:
            log.warning("answering processes not ready after %.0f s; serving anyway", STARTUP_WAIT_S)
        for future in done:
            future.result()  # a process that cannot start (no store) stops the server here, with the reason
        return executor

    def ask(self, question: str, article_id: str, history: tuple[str, ...] = ()) -> Answer:
        """Answer ``question`` about the stored article ``article_id``."""
        return self._call(_ask, question, article_id, history)

    def summarize(self, article_id: str) -> Answer:
        """Summarise the stored article ``article_id``."""
        return self._call(_summarize, article_id)

    def ask_archive(self, question: str) -> Answer:
        """Answer ``question`` from the whole archive."""
        return self._call(_ask_archive, question)

    def pids(self) -> tuple[int, ...]:
        """The answering processes' ids (for tests and logs)."""
        with self._lock:
            return tuple(self._executor._processes or {})  # the executor keeps no public list

    def close(self) -> None:
        """Stop the answering processes; questions still queued are dropped."""
        with self._lock:
            self._closed = True
            self._executor.shutdown(wait=True, cancel_futures=True)

    def _call(self, work: Callable[..., T], *args: object) -> T:
        executor = self._executor
        try:
            return executor.submit(work, *args).result()
        except BrokenProcessPool:
            log.warning("an answering process died; starting new ones and asking again")
            return self._replace(executor).submit(work, *args).result()

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is broken and not self._closed:  # only the first caller to see it broken replaces it
                broken.shutdown(wait=False, cancel_futures=True)
                self._executor = self._start()
            return self._executor


# -- in each answering process ------------------------------------------------

_services: Services | None = None


def _begin(config: Config) -> None:
    """Set up one answering process: ignore Ctrl-C (the server stops it), lower the priority, build and warm the services."""
    global _services
    from bot.startup import build_services

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_end_with_the_server, daemon=True, name="watch-server").start()
    os.nice(NICE)
    _services = build_services(replace(config, answer_processes=0))
    atexit.register(_services.close)  # the store's connections close when the pool stops this process
    try:
        latest = _services.article_for()
        _services.extractive.answer("warm-up", latest)  # loads the article's index and the query encoder
    except Exception:  # an empty or unreachable store: the first question says what is wrong
        log.warning("answering process: warming up failed", exc_info=True)


def _end_with_the_server() -> None:
    """Exit when the server process is gone: one killed outright (SIGKILL) cannot stop its answering processes."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)


def _here() -> Services:
    if _services is None:
        raise RuntimeError("the answering process was not set up")
    return _services


def _portable(work: Callable[[], Answer]) -> Answer:
    """Run ``work``; an exception that could not cross back to the server intact becomes a RuntimeError naming its type."""
    try:
        return work()
    except Exception as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            raise RuntimeError(f"{type(exc).__name__} in an answering process") from None
        raise


def _ask(question: str, article_id: str, history: tuple[str, ...]) -> Answer:
    services = _here()
    return _portable(lambda: services.ask(question, services.library.article(article_id), engine="extractive", history=history))


def _summarize(article_id: str) -> Answer:
    services = _here()
    return _portable(lambda: services.summarize(services.library.article(article_id)))


def _ask_archive(question: str) -> Answer:
    return _portable(lambda: _here().ask_archive(question))
