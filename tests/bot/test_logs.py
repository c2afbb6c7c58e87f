"""Logs never carry a token or key."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.config import Config, load_config
from bot.errors import ConfigError
from bot.logs import REDACTED, Redactor, setup_logging

SLACK_TOKENS = (
    "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx",
    "xoxp-1234567890-0987654321-1122334455-0123456789abcdef0123456789abcdef",
    "xapp-1-A0123456789-1234567890123-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "xoxe.xoxp-1-Mi0yLTEyMzQ1Njc4OTAtMDk4NzY1NDMyMQ",
    "xoxe-1-My0xLTEyMzQ1Njc4OTAtMDk4NzY1NDMyMS1hYmNkZWY",
)
OPENAI_KEYS = ("sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "sk-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH")
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


@pytest.fixture
def secret_config() -> Config:
    """A configuration holding one of every kind of secret."""
    return load_config(
        slack_bot_token="xoxb-configured-bot-token-1",
        slack_signing_secret=SIGNING_SECRET,
        slack_app_token="xapp-configured-app-token",
        openai_api_key="local-model-key-42",
        database_url="postgresql://bot:pg%40pass-w0rd@db.internal:5432/newsroom",
        log_level="INFO",
    )


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    """The root logger, restored after the test."""
    logger = logging.getLogger()
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.fixture
def output(root: logging.Logger, secret_config: Config) -> io.StringIO:
    """What the bot's log handler writes during one test."""
    stream = io.StringIO()
    setup_logging(secret_config, stream)
    return stream


@pytest.mark.parametrize("token", SLACK_TOKENS + OPENAI_KEYS)
def test_a_token_in_a_log_message_never_reaches_the_output(output: io.StringIO, token: str) -> None:
    logging.getLogger("newsroom_bot.test").warning("calling Slack with token=%s now", token)
    assert token not in output.getvalue()
    assert f"token={REDACTED} now" in output.getvalue()


@pytest.mark.parametrize("secret", ["xoxb-configured-bot-token-1", SIGNING_SECRET, "local-model-key-42", "pg@pass-w0rd", "pg%40pass-w0rd"])
def test_configured_secret_values_never_reach_the_output(output: io.StringIO, secret: str) -> None:
    logging.getLogger("newsroom_bot.test").error("settings: %r", {"value": secret})
    assert secret not in output.getvalue()


def test_a_token_inside_an_exception_traceback_is_redacted(output: io.StringIO) -> None:
    try:
        raise RuntimeError(f"invalid_auth for {SLACK_TOKENS[0]}")
    except RuntimeError:
        logging.getLogger("newsroom_bot.test").exception("Slack call failed")
    text = output.getvalue()
    assert "Traceback" in text and "invalid_auth for" in text
    assert SLACK_TOKENS[0] not in text


def test_a_bearer_header_in_a_logged_request_is_redacted(output: io.StringIO) -> None:
    logging.getLogger("openai").info("headers: {'Authorization': 'Bearer abc.DEF-ghi_jkl~123'}")
    assert "abc.DEF-ghi_jkl~123" not in output.getvalue()


def test_a_password_in_a_database_url_is_redacted() -> None:
    assert Redactor()("connecting to postgresql://bot:s3cr3t@db:5432/x") == f"connecting to postgresql://{REDACTED}@db:5432/x"


def test_ordinary_words_that_look_like_tokens_are_left_alone() -> None:
    text = "xoxo from the desk; sk-learn; a sk-short key; https://example.com/a"
    assert Redactor(["ab", "x"])(text) == text


def test_setup_logging_replaces_handlers_that_would_print_unredacted(root: logging.Logger, secret_config: Config) -> None:
    logging.basicConfig(force=True)
    handler = setup_logging(secret_config, io.StringIO())
    assert root.handlers == [handler]


def test_setup_logging_level_argument_beats_log_level(root: logging.Logger, secret_config: Config) -> None:
    setup_logging(secret_config, io.StringIO(), level="warning")
    assert root.level == logging.WARNING


def test_setup_logging_applies_the_configured_level(root: logging.Logger) -> None:
    setup_logging(load_config(log_level="WARNING"), io.StringIO())
    assert root.level == logging.WARNING


def test_an_unknown_log_level_is_a_config_error(root: logging.Logger) -> None:
    with pytest.raises(ConfigError, match="LOG_LEVEL"):
        setup_logging(load_config(log_level="CHATTY"), io.StringIO())


def test_config_repr_hides_every_secret(secret_config: Config) -> None:
    shown = repr(secret_config)
    for secret in ("xoxb-configured-bot-token-1", SIGNING_SECRET, "xapp-configured-app-token", "local-model-key-42", "pg%40pass-w0rd"):
        assert secret not in shown
    assert "db.internal:5432/newsroom" in shown
