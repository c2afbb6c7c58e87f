"""The collaborators the bot runs with, built once at start-up and passed in."""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import Answer, Answerer
from bot.archive import ArchiveAnswerer
from bot.config import Config
from bot.extractive import OverlapAnswerer
from knowledge.archive import ArchiveIndex
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
    archive: ArchiveAnswerer | None = None

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

    def ask_archive(self, question: str) -> Answer:
        """Answer one question from the whole archive, quotes grouped by article."""
        if self.archive is None:
            self.archive = _archive(self.config, self.store, self.library)
        return self.archive.answer(question)


def _archive(config: Config, store: Store, library: Library) -> ArchiveAnswerer:
    index = ArchiveIndex(config.archive_path, store)  # catches up with the store if it fell behind
    library.on_ingest.append(index.after_ingest)
    return ArchiveAnswerer(library, index)


def build_services(config: Config) -> Services:
    """Open the store and build the engines the configuration asks for."""
    store = Store(config.db_path)
    library = Library(store)
    return Services(config=config, store=store, library=library, extractive=OverlapAnswerer(), archive=_archive(config, store, library))
