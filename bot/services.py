"""The collaborators the bot runs with, built once at start-up and passed in."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import Answer, Answerer, Summarizer
from bot.config import Config
from bot.extractive import ExtractiveAnswerer
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
    summarizer: Summarizer | None = None

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

    def summarize(self, article: Article) -> Answer:
        """3-6 cited bullets on the article (offline engine)."""
        if self.summarizer is None:
            from bot.errors import ConfigError

            raise ConfigError("no summarizer configured: build services with build_services()")
        return self.summarizer.summarize(article)


def build_services(config: Config) -> Services:
    """Open the store and build the engines the configuration asks for."""
    store = Store(config.db_path)
    library = Library(store)
    engine = ExtractiveAnswerer(library)
    return Services(config=config, store=store, library=library, extractive=engine, summarizer=engine)
