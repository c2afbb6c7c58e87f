"""Fixtures for the LLM engine: a scripted OpenAI-compatible server and an engine talking to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from bot import context, prompts
from bot.chat import ChatClient
from bot.extractive import OverlapAnswerer
from bot.llm import LLMAnswerer
from bot.retrieve import neighbourhood
from knowledge.article import Article, read_text
from knowledge.segment import build_article
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
    extractive = OverlapAnswerer()
    return LLMAnswerer(
        chat, extractive, neighbourhood(extractive), budget_tokens=budget, encoding=context.encoding_for("gpt-4.1-mini", "o200k_base")
    )


@pytest.fixture
def engine(stub: StubServer) -> LLMAnswerer:
    """The LLM engine pointed at the stub server."""
    return make_engine(stub.base_url)


@pytest.fixture
def seed(seed_text: str) -> Article:
    """The shipped Polish article, segmented."""
    return build_article(seed_text)


@pytest.fixture
def injection_article() -> Article:
    """An English article whose text carries prompt-injection attempts."""
    return build_article(read_text(FIXTURES / "injection_article.txt"))
