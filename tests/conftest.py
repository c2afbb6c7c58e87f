"""Shared fixtures: no Slack/OpenAI settings leak in, every test gets its own store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.services import Services, build_services
from knowledge.library import shipped_text

_LEAKY = ("SLACK_", "OPENAI_", "NEWSROOM_", "DATABASE_URL", "PORT", "LOG_LEVEL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Clear bot settings from the environment and point the data dir at a temp folder."""
    for name in list(os.environ):
        if name.startswith(_LEAKY):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSROOM_DATA_DIR", str(tmp_path / "data"))
    # a .env in the working directory must not reach the tests either
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    """A configuration with a private data dir and no external services."""
    return load_config(data_dir=tmp_path / "data")


@pytest.fixture
def services(config: Config) -> Services:
    """Services over a fresh store."""
    return build_services(config)


@pytest.fixture
def seed_text() -> str:
    """The shipped seed article's text."""
    return shipped_text()
