"""An answer engine over a store holding the seed and the fixture articles, built once per session."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.answer import Answer
from bot.extractive import ExtractiveAnswerer
from knowledge.article import Article
from knowledge.library import Library, shipped_text
from knowledge.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """A library with the seed and the fixture articles ingested."""
    return Library(Store(tmp_path_factory.mktemp("engine") / "store.sqlite3"))


@pytest.fixture(scope="session")
def engine(library: Library) -> ExtractiveAnswerer:
    """The offline engine over that library."""
    return ExtractiveAnswerer(library)


@pytest.fixture(scope="session")
def seed(library: Library) -> Article:
    """The seed article (Polish)."""
    return library.ingest_text(shipped_text()).article


@pytest.fixture(scope="session")
def harbour(library: Library) -> Article:
    """A fictional English article: a port fined over a spill, and its denial."""
    return library.ingest_file(FIXTURES / "harbour_en.txt").article


@pytest.fixture(scope="session")
def hospital(library: Library) -> Article:
    """A fictional Polish article: a hospital ward suspended, protests and a denial."""
    return library.ingest_file(FIXTURES / "szpital_pl.txt").article


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
