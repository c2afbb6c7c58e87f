"""The collaborators the bot runs with, built once at start-up and passed in."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import Answer, Answerer
from bot.config import Config
from bot.extractive import OverlapAnswerer
from knowledge.article import Article
from knowledge.library import Library
from knowledge.store import Store

ENGINES = ("auto", "extractive", "llm")


@dataclass
class Services:
    """Store, library and answer engines for one process."""

    config: Config
    store: Store
    library: Library
    extractive: Answerer
    llm: Answerer | None = None

    def answerer(self, engine: str = "auto") -> Answerer:
        """The engine to use: ``auto`` picks the LLM when one is configured."""
        if engine == "llm" or (engine == "auto" and self.llm is not None):
            if self.llm is None:
                from bot.errors import ConfigError

                raise ConfigError("no LLM configured: set OPENAI_API_KEY or OPENAI_BASE_URL (or use --engine extractive)")
            return self.llm
        return self.extractive

    def ask(self, question: str, article: Article, *, engine: str = "auto", history: tuple[str, ...] = ()) -> Answer:
        """Answer one question about one article."""
        return self.answerer(engine).answer(question, article, history=history)


def build_services(config: Config) -> Services:
    """Open the store and build the engines the configuration asks for."""
    store = Store(config.db_path)
    library = Library(store)
    extractive = OverlapAnswerer()
    llm = build_llm(config, extractive, library) if config.llm_enabled else None
    return Services(config=config, store=store, library=library, extractive=extractive, llm=llm)


def build_llm(config: Config, extractive: Answerer, library: Library) -> Answerer:
    """The LLM engine over an OpenAI-compatible server, with ``extractive`` as its fallback."""
    import openai

    from bot import context, prompts
    from bot.chat import ChatClient
    from bot.errors import ConfigError
    from bot.llm import LLMAnswerer
    from bot.retrieve import neighbourhood
    from knowledge.claims import Ledger

    budget = config.llm_context_tokens - config.llm_max_output_tokens
    if budget <= 0:
        raise ConfigError("OPENAI_CONTEXT_TOKENS must be larger than OPENAI_MAX_OUTPUT_TOKENS")
    client = openai.OpenAI(
        # local servers (vLLM, Ollama, llama.cpp) accept any key; the client insists on one
        api_key=config.openai_api_key or "no-key",
        base_url=config.openai_base_url,
        max_retries=0,  # ChatClient retries within the answer's deadline
        timeout=config.llm_timeout_s,
    )
    chat = ChatClient(
        client,
        config.openai_model,
        response_format=prompts.RESPONSE_FORMAT,
        deadline_s=config.llm_timeout_s,
        max_retries=config.llm_max_retries,
        max_tokens=config.llm_max_output_tokens,
    )
    return LLMAnswerer(
        chat,
        extractive,
        neighbourhood(extractive),
        ledger=lambda article: Ledger.from_bytes(library.derived(article, "claims")),
        budget_tokens=budget,
        encoding=context.encoding_for(config.openai_model, config.llm_fallback_encoding),
    )
