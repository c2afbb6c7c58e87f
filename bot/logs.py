"""Logging for the bot: no token or key ever reaches the output, message text only at DEBUG.

``setup_logging(config)`` installs one stderr handler on the root logger whose
formatter redacts the finished line — message, arguments, traceback and all —
so a secret inside an exception from a library is caught as well as one in
our own messages.  Handlers log user ids, never what people wrote; at DEBUG
the libraries' request logs carry message text too.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import unquote, urlsplit

from bot.config import Config
from bot.errors import ConfigError

REDACTED = "[redacted]"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Secrets recognisable by their shape, wherever they come from.
SECRET_PATTERNS = (
    re.compile(r"\bxox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]+"),  # Slack bot/user/refresh tokens: xoxb- xoxp- xoxe.xoxp- xoxe-
    re.compile(r"\bxapp-[A-Za-z0-9-]+"),  # Slack app-level (Socket Mode) tokens
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),  # OpenAI keys: sk-…, sk-proj-…, sk-svcacct-…
    re.compile(r"(?<=[Bb]earer )[A-Za-z0-9._~+/=-]{8,}"),  # any bearer credential in a logged header
    re.compile(r"(?<=://)[^:/@\s]+:[^@/\s]+(?=@)"),  # user:password in a URL
)
_MIN_SECRET = 6  # shorter configured values would redact ordinary words


def configured_secrets(config: Config) -> list[str]:
    """The secret values in a configuration (tokens, keys, the database password)."""
    values = [config.slack_bot_token, config.slack_signing_secret, config.slack_app_token, config.openai_api_key]
    if config.database_url:
        password = urlsplit(config.database_url).password
        values += [password, unquote(password or "")]
    return [v for v in values if v and len(v) >= _MIN_SECRET]


class Redactor:
    """Replaces secrets in text: known token shapes plus the given values."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        values = sorted({s for s in secrets if len(s) >= _MIN_SECRET}, key=len, reverse=True)
        self.values = re.compile("|".join(re.escape(v) for v in values)) if values else None

    def __call__(self, text: str) -> str:
        if self.values is not None:
            text = self.values.sub(REDACTED, text)
        for pattern in SECRET_PATTERNS:
            text = pattern.sub(REDACTED, text)
        return text


class RedactingFormatter(logging.Formatter):
    """A formatter whose every finished line has passed through a ``Redactor``."""

    def __init__(self, redactor: Redactor, fmt: str = FORMAT) -> None:
        super().__init__(fmt)
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redactor(super().format(record))


def setup_logging(config: Config, stream: TextIO | None = None, *, level: str | None = None) -> logging.Handler:
    """Make the root logger write to ``stream`` (stderr) only, secrets redacted, at ``level`` or LOG_LEVEL.

    Handlers installed before (``basicConfig``'s, say) are removed: each would
    print the same records unredacted.
    """
    name = (level or config.log_level).upper()
    number = logging.getLevelName(name)
    if not isinstance(number, int):
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {name!r}")
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(RedactingFormatter(Redactor(configured_secrets(config))))
    root.addHandler(handler)
    root.setLevel(number)
    logging.captureWarnings(True)
    return handler
