"""The collaborators the bot runs with, built once at start-up (``bot/startup.py``) and passed in."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.answer import Answer, Answerer, Summarizer
from bot.answer_pool import AnswerPool
from bot.archive import ArchiveAnswerer
from bot.config import Config
from bot.errors import ConfigError, NotAllowed
from bot.lazy import Lazy
from knowledge.archive import SentenceIndex
from knowledge.archive_sqlite import ArchiveIndex
from knowledge.article import Article, decode_text
from knowledge.claims import Claim, Ledger
from knowledge.errors import StoreError
from knowledge.library import IngestResult, Library
from knowledge.store import ArticleInfo, Store

ENGINES = ("auto", "extractive", "llm")
# How long a just-opened assistant thread counts as having no questions yet; later
# (or with no record at all) its history is fetched: the safe side.
OPENED_THREAD_TTL_S = 24 * 3600.0

log = logging.getLogger(__name__)


@dataclass
class Services:
    """Store, library and answer engines for one process."""

    config: Config
    store: Store
    library: Library
    extractive: Answerer
    summarizer: Summarizer
    llm: Lazy[Answerer] | None = None  # the LLM engine, built on first use; None when no server is configured
    archive: ArchiveAnswerer | None = None
    # The server's offline answering, in processes of its own (bot/answer_pool.py); None: in the calling thread.
    answer_pool: AnswerPool | None = None
    _archive_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    # Offline answering is CPU work under the GIL: as many at once as there are cores, the rest wait blocked, so a
    # burst of questions does not starve the threads that ack Slack's requests (they need the GIL for moments only).
    _cpu: threading.BoundedSemaphore = field(default_factory=lambda: threading.BoundedSemaphore(os.cpu_count() or 1), repr=False)
    _closers: list[Callable[[], None]] = field(default_factory=list, repr=False)  # what was built on first use and holds connections
    _closed: bool = field(default=False, repr=False)

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran."""
        return self._closed

    def close(self) -> None:
        """Release the LLM clients and the archive index's and store's connections; a second call does nothing."""
        if self._closed:
            return
        self._closed = True
        with self._archive_lock:
            index = self.archive.index if self.archive is not None else None
        pool = [self.answer_pool.close] if self.answer_pool else []
        for release in [*pool, *reversed(self._closers), *([index.close] if index else []), self.store.close]:
            try:
                release()
            except Exception:  # one failing release must not keep the others' connections open
                log.warning("closing %r failed", release, exc_info=True)

    def answerer(self, engine: str = "auto") -> Answerer:
        """The engine to use: ``auto`` picks the LLM when one is configured."""
        if engine == "llm" or (engine == "auto" and self.llm is not None):
            if self.llm is None:
                raise ConfigError("no LLM configured: set OPENAI_API_KEY or OPENAI_BASE_URL (or use --engine extractive)")
            return self.llm.get()
        return self.extractive

    def ask(self, question: str, article: Article, *, engine: str = "auto", history: tuple[str, ...] = ()) -> Answer:
        """Answer one question about one article (a stored one, when the answer pool answers it)."""
        answerer = self.answerer(engine)
        if answerer is not self.extractive:  # the LLM engine mostly waits on the network
            return answerer.answer(question, article, history=history)
        if self.answer_pool is not None:
            return self.answer_pool.ask(question, article.id, history)
        with self._cpu:
            return answerer.answer(question, article, history=history)

    # -- used by the Slack app ------------------------------------------------

    def article_for(self, ref: str | None = None, *, channel_id: str | None = None) -> Article:
        """The article a request is about: ``ref`` (an id), else the channel's, else the latest."""
        if ref:
            return self.library.article(ref)  # ids only: a Slack user never names a server path
        return self.library.resolve(None, channel_id=channel_id)

    def ledger(self, article: Article) -> Ledger:
        """The claims ledger stored with the article."""
        return Ledger.from_bytes(self.library.derived(article, "claims"))

    def speakers(self, article: Article) -> tuple[tuple[str, int], ...]:
        """Who the article quotes, with their statement counts, most statements first."""
        return tuple((name, count) for name, _aliases, count in self.ledger(article).parties())

    def claims_by(self, article: Article, speaker: str | None = None) -> tuple[Claim, ...]:
        """Every claim, or one party's (any of its names, inflected or partial), in article order."""
        ledger = self.ledger(article)
        if not speaker:
            return ledger.claims
        found = ledger.for_party(speaker, article.lang)
        if found:
            return found
        want = speaker.casefold().strip()  # a fragment such as a surname's start
        return tuple(c for c in ledger.claims if any(want in name.casefold() for name in (c.speaker, c.canonical, *c.aliases)))

    def summarize(self, article: Article) -> Answer:
        """3-6 cited bullets (claim, basis, responses, context)."""
        if self.summarizer is not self.extractive:
            return self.summarizer.summarize(article)
        if self.answer_pool is not None:
            return self.answer_pool.summarize(article.id)
        with self._cpu:
            return self.summarizer.summarize(article)

    def catalogue(self, limit: int) -> list[ArticleInfo]:
        """The ``limit`` newest articles held, newest first (the shipped one when the store is empty)."""
        self.library.ensure_shipped()
        return self.store.recent(limit)

    def active_article_id(self, channel_id: str | None = None) -> str:
        """The id questions go to: the channel's bound article, else the latest."""
        return self.article_for(channel_id=channel_id).id

    def is_editor(self, user_id: str | None) -> bool:
        """True for the Slack user ids listed in NEWSROOM_EDITORS."""
        return bool(user_id) and user_id in self.config.editors

    def ingest_by(self, user_id: str | None, data: bytes | str, *, name: str = "article") -> IngestResult:
        """Add an article on an editor's behalf; others get :class:`NotAllowed` and nothing is written."""
        if not self.is_editor(user_id):
            raise NotAllowed(f"user {user_id} is not an editor")
        text = decode_text(data if isinstance(data, bytes) else data.encode("utf-8"), name)
        return self.library.ingest_text(text)

    def bind_channel(self, user_id: str | None, channel_id: str, ref: str) -> Article:
        """Make article ``ref`` the one a channel asks about (editors only)."""
        if not self.is_editor(user_id):
            raise NotAllowed(f"user {user_id} is not an editor")
        article = self.library.article(ref)
        self.store.bind_channel(channel_id, article.id)
        return article

    def bound_article_id(self, channel_id: str) -> str | None:
        """The article bound to a channel, if any."""
        return self.store.channel_article(channel_id)

    def record_feedback(self, *, user_id: str | None, article_id: str | None, question: str, answer: str, vote: str) -> int:
        """Store a 👍/👎 with the question and answer it is about."""
        return self.store.add_feedback(user_id=user_id, article_id=article_id, question=question, answer=answer, vote=vote)

    def first_sighting(self, key: str) -> bool:
        """True the first time a Slack delivery (event id, command trigger) is seen, across processes."""
        return self.store.first_sighting(key, self.config.dedupe_ttl_s)

    def thread_opened(self, channel_id: str, thread_ts: str) -> None:
        """Remember that an assistant thread was just opened, so its first question needs no history."""
        self.store.first_sighting(_opened_key(channel_id, thread_ts), OPENED_THREAD_TTL_S)

    def first_question_in(self, channel_id: str, thread_ts: str) -> bool:
        """True once, for the first question in a thread remembered as just opened; False when not known to be."""
        return self.store.forget_sighting(_opened_key(channel_id, thread_ts))

    def ask_archive(self, question: str) -> Answer:
        """Answer one question from the whole archive, quotes grouped by article."""
        if self.answer_pool is not None:
            return self.answer_pool.ask_archive(question)
        with self._cpu:
            return self._archive().answer(question)

    def _archive(self) -> ArchiveAnswerer:
        """The archive answerer, its index opened on first use: most commands never touch it."""
        with self._archive_lock:
            if self.archive is None:
                self.archive = _archive(self.config, self.store, self.library)
            return self.archive

    def _index_article(self, article: Article) -> None:
        """The library's ingest hook: add a newly stored article to the archive index."""
        try:
            index = self._archive().index
        except StoreError:
            log.warning("archive index: cannot open it now; %s is indexed at the next catch-up", article.id, exc_info=True)
            return
        index.after_ingest(article)


def _opened_key(channel_id: str, thread_ts: str) -> str:
    return f"opened-thread:{channel_id}:{thread_ts}"


def _archive(config: Config, store: Store, library: Library) -> ArchiveAnswerer:
    # no catch-up on open: the answerer catches up before each question, so start-up never
    # pays for indexing what the store holds and the index lacks (a deleted file: the whole archive)
    index: SentenceIndex
    if config.database_url:
        from knowledge.archive_pg import PostgresArchiveIndex

        index = PostgresArchiveIndex(config.database_url, store, sync=False)  # one index, next to the store, for every process
    else:
        index = ArchiveIndex(config.archive_path, store, sync=False)
    return ArchiveAnswerer(library, index)
