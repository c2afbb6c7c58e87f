"""Configuration, read once: explicit arguments beat the environment, which beats .env."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from dotenv import load_dotenv

from bot.errors import ConfigError
from knowledge.store import hide_password

DEFAULT_MODEL = "gpt-4.1-mini"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsroom-bot"


def _float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None


def _int(name: str, default: int) -> int:
    return int(_float(name, default))


@dataclass(frozen=True)
class Config:
    """Every setting the bot reads; see README's configuration table."""

    data_dir: Path = field(default_factory=_default_data_dir)
    database_url: str | None = None
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    openai_api_key: str | None = None
    openai_base_url: str | None = None
    openai_model: str = DEFAULT_MODEL
    llm_timeout_s: float = 15.0
    llm_max_retries: int = 2
    llm_context_tokens: int = 6000
    llm_max_output_tokens: int = 800
    llm_ledger_pass: bool = False
    llm_fallback_encoding: str = "o200k_base"
    max_question_chars: int = 2000
    editors: frozenset[str] = frozenset()
    port: int = 3000
    log_level: str = "INFO"
    dedupe_ttl_s: float = 3600.0
    embed_backlog: bool = True
    answer_processes: int = field(default_factory=lambda: os.cpu_count() or 1)

    @property
    def db_path(self) -> Path:
        """The SQLite file of the store (unused when ``database_url`` is set)."""
        return self.data_dir / "newsroom.sqlite3"

    @property
    def archive_path(self) -> Path:
        """The SQLite file of the archive index (derived from the store; safe to delete)."""
        return self.data_dir / "archive-index.sqlite3"

    @property
    def llm_enabled(self) -> bool:
        """True when an OpenAI-compatible server is configured."""
        return bool(self.openai_api_key or self.openai_base_url)

    def llm_prompt_tokens(self) -> int:
        """Tokens a request's prompt may take: the context window less the reply's reserve."""
        budget = self.llm_context_tokens - self.llm_max_output_tokens
        if budget <= 0:
            raise ConfigError("OPENAI_CONTEXT_TOKENS must be larger than OPENAI_MAX_OUTPUT_TOKENS")
        return budget

    def __repr__(self) -> str:  # never print secrets
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value and any(s in f.name for s in ("token", "secret", "key")):
                value = "***"
            elif value and f.name == "database_url":
                value = hide_password(value)
            shown.append(f"{f.name}={value!r}")
        return f"Config({', '.join(shown)})"


def load_config(env_file: str | os.PathLike[str] | None = None, **overrides: object) -> Config:
    """Build the configuration: ``overrides`` > environment > ``.env``."""
    load_dotenv(env_file, override=False)
    env = os.environ.get
    editors = frozenset(e.strip() for e in (env("NEWSROOM_EDITORS") or "").split(",") if e.strip())
    values: dict[str, object] = {
        "data_dir": Path(env("NEWSROOM_DATA_DIR") or _default_data_dir()).expanduser(),
        "database_url": env("DATABASE_URL") or None,
        "slack_bot_token": env("SLACK_BOT_TOKEN") or None,
        "slack_signing_secret": env("SLACK_SIGNING_SECRET") or None,
        "slack_app_token": env("SLACK_APP_TOKEN") or None,
        "slack_api_url": env("SLACK_API_URL") or "https://slack.com/api/",
        "openai_api_key": env("OPENAI_API_KEY") or None,
        "openai_base_url": env("OPENAI_BASE_URL") or None,
        "openai_model": env("OPENAI_MODEL") or DEFAULT_MODEL,
        "llm_timeout_s": _float("OPENAI_TIMEOUT", 15.0),
        "llm_max_retries": _int("OPENAI_MAX_RETRIES", 2),
        "llm_context_tokens": _int("OPENAI_CONTEXT_TOKENS", 6000),
        "llm_max_output_tokens": _int("OPENAI_MAX_OUTPUT_TOKENS", 800),
        "llm_ledger_pass": (env("OPENAI_LEDGER_PASS") or "").strip().lower() in ("1", "true", "yes", "on"),
        "llm_fallback_encoding": env("OPENAI_FALLBACK_ENCODING") or "o200k_base",
        "max_question_chars": _int("NEWSROOM_MAX_QUESTION_CHARS", 2000),
        "editors": editors,
        "port": _int("PORT", 3000),
        "log_level": (env("LOG_LEVEL") or "INFO").upper(),
        "dedupe_ttl_s": _float("NEWSROOM_DEDUPE_TTL", 3600.0),
        "embed_backlog": (env("NEWSROOM_EMBED_BACKLOG") or "1").strip().lower() not in ("0", "false", "no", "off"),
        "answer_processes": _int("NEWSROOM_ANSWER_PROCESSES", os.cpu_count() or 1),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Config(**values)  # type: ignore[arg-type]
