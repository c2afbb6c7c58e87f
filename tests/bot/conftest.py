"""Fixtures for the bot engines: the LLM engine against a scripted server; the offline engine over a stored library."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from bot import context, prompts
from bot.answer import Answer
from bot.chat import ChatClient
from bot.extractive import ExtractiveAnswerer
from bot.llm import LLMAnswerer
from bot.retrieve import neighbourhood
from knowledge.article import Article, read_text
from knowledge.library import Library, shipped_text
from knowledge.segment import build_article
from knowledge.store import open_store
from tests.archive_texts import NAMED
from tests.bot.openai_stub import StubServer

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """A scripted OpenAI-compatible server on 127.0.0.1."""
    server = StubServer().start()
    yield server
    server.stop()


def make_engine(
    base_url: str, *, deadline_s: float = 2.0, max_retries: int = 2, budget: int = 3000, api_key: str = "sk-test"
) -> LLMAnswerer:
    """An LLM engine whose real ``openai`` client talks to ``base_url``, with test-sized limits."""
    client = openai.OpenAI(api_key=api_key, base_url=base_url, max_retries=0, timeout=deadline_s)
    chat = ChatClient(
        client, "gpt-4.1-mini", response_format=prompts.RESPONSE_FORMAT, deadline_s=deadline_s, max_retries=max_retries, max_tokens=400
    )
    extractive = ExtractiveAnswerer()
    return LLMAnswerer(
        chat, extractive, neighbourhood(extractive), budget_tokens=budget, encoding=context.encoding_for("gpt-4.1-mini", "o200k_base")
    )


@pytest.fixture
def engine(stub: StubServer) -> LLMAnswerer:
    """The LLM engine pointed at the stub server."""
    return make_engine(stub.base_url)


@pytest.fixture(scope="session")
def warm_seed() -> Article:
    """The shipped article, with the offline engine's data derived once per session (its fallback is timed)."""
    article = build_article(shipped_text())
    ExtractiveAnswerer().prepared(article)
    return article


@pytest.fixture
def seed(warm_seed: Article) -> Article:
    """The shipped Polish article, segmented."""
    return warm_seed


@pytest.fixture
def injection_article() -> Article:
    """An English article whose text carries prompt-injection attempts."""
    return build_article(read_text(FIXTURES / "injection_article.txt"))


# -- the offline engine over a stored library (seed and fixture articles) ------


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory, session_database_url: str | None) -> Library:
    """A library with the seed and the fixture articles ingested."""
    return Library(open_store(tmp_path_factory.mktemp("engine") / "store.sqlite3", session_database_url))


@pytest.fixture(scope="session")
def offline(library: Library) -> ExtractiveAnswerer:
    """The offline engine over that library."""
    return ExtractiveAnswerer(library)


@pytest.fixture(scope="session")
def stored_seed(library: Library) -> Article:
    """The seed article (Polish), stored with its derived data."""
    return library.ingest_text(shipped_text()).article


@pytest.fixture(scope="session")
def harbour(library: Library) -> Article:
    """A fictional English article: a port fined over a spill, and its denial."""
    return library.ingest_file(FIXTURES / "harbour_en.txt").article


@pytest.fixture(scope="session")
def hospital(library: Library) -> Article:
    """A fictional Polish article: a hospital ward suspended, protests and a denial."""
    return library.ingest_file(FIXTURES / "szpital_pl.txt").article


@pytest.fixture(scope="session")
def port(library: Library) -> Article:
    """A fictional Polish article: a terminal operator accused of undercharging, and its denial."""
    return library.ingest_file(FIXTURES / "pl_port.txt").article


def quoted_passages(text: str) -> list[str]:
    """What an answer presents as quotes: „…” spans of 12+ characters and "> " lines (as the eval reads them)."""
    found = [m.group(1) for m in re.finditer(r"„([^”\n]{12,})”", text)]
    for line in text.splitlines():
        if line.startswith(">"):
            body = re.sub(r"\s*\[¶\d+\]\s*$", "", line.lstrip("> ")).strip('„”"“ ')
            if len(body) >= 12:
                found.append(body)
    return found


def assert_grounded(answer: Answer, article: Article) -> None:
    """Every citation is the article's text at its offsets, and every quote in the text is verbatim."""
    flat = " ".join(article.text.split())
    for c in answer.citations:
        assert article.text[c.start : c.end] == c.quote
    for passage in quoted_passages(answer.text):
        assert " ".join(passage.split()) in flat, passage


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    """A folder of the three archive test articles as .txt files."""
    folder = tmp_path / "feed"
    folder.mkdir()
    for name, text in NAMED:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder
