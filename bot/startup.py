"""Building the Services at start-up: the store, the library, the engines the configuration asks for."""

from __future__ import annotations

from collections.abc import Callable

from bot.answer import Answerer
from bot.answer_pool import AnswerPool
from bot.config import Config
from bot.extractive import ExtractiveAnswerer
from bot.lazy import Lazy
from bot.services import Services
from knowledge.article import Article
from knowledge.claims import Ledger
from knowledge.library import Deriver, Library
from knowledge.store import open_store


def build_services(config: Config, *, answer_in_processes: bool = False) -> Services:
    """Open the store and set up the engines the configuration asks for (the LLM ones are built on first use).

    ``answer_in_processes``: answer offline in ``config.answer_processes`` processes of their own (the Slack server's choice).
    """
    if config.llm_enabled:
        config.llm_prompt_tokens()  # a bad LLM setting stops start-up, not the first question
    store = open_store(config.db_path, config.database_url)
    closers: list[Callable[[], None]] = []
    library = Library(store, _llm_derivers(config, closers))
    extractive = ExtractiveAnswerer(library)
    services = Services(config=config, store=store, library=library, extractive=extractive, summarizer=extractive, _closers=closers)
    library.on_ingest.append(services._index_article)
    if answer_in_processes and config.answer_processes > 0:
        try:
            services.answer_pool = AnswerPool(config, config.answer_processes)
        except BaseException:  # an answering process could not start: the store opened here must not stay open
            services.close()
            raise
    if config.llm_enabled:
        # the openai client takes ~0.4 s to import: commands that never ask the model
        # (articles, ingest, --engine extractive) should not pay for it
        services.llm = Lazy(lambda: _build_llm(config, extractive, services.ledger, closers))
    return services


def _build_llm(config: Config, extractive: Answerer, ledger: Callable[[Article], Ledger], closers: list[Callable[[], None]]) -> Answerer:
    from bot.llm_setup import build_llm

    engine = build_llm(config, extractive, ledger)
    closers.append(engine.close)
    return engine


def _llm_derivers(config: Config, closers: list[Callable[[], None]]) -> dict[str, Deriver] | None:
    """The derivers with the LLM ledger pass when it is configured (its client built on first use); None for the standard ones."""
    if not (config.llm_enabled and config.llm_ledger_pass):
        return None
    from knowledge.derive import DERIVERS

    def enriched() -> Deriver:
        from bot.llm_setup import ledger_chat, with_ledger_pass

        chat = ledger_chat(config)
        closers.append(chat.close)
        return with_ledger_pass(config, DERIVERS, chat)["claims"]

    claims = Lazy(enriched)
    return {**DERIVERS, "claims": lambda article: claims.get()(article)}
