"""What the running app logs and posts: user ids but not questions, and never a token or key."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.config import Config
from bot.logs import setup_logging
from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import BOT_USER, SlackStandIn

QUESTION = "Who approved the northern harbour expansion?"
LEAKED_KEY = "sk-proj-LeakedKey0123456789abcdefXYZ"


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """The root logger, restored after the test."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield root
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def log_output(bot_config: Config, root_logger: logging.Logger) -> io.StringIO:
    """Everything the app logs at INFO during one test, through the production log setup."""
    stream = io.StringIO()
    setup_logging(bot_config, stream, level="INFO")
    return stream


class BrokenEngine:
    """An answer engine that fails with a secret in its error, like a misconfigured client might."""

    def answer(self, question: str, article: object, *, history: tuple[str, ...] = ()) -> object:
        raise RuntimeError(f"upstream rejected key {LEAKED_KEY} and token xoxb-test-token")


def _mention(text: str) -> dict[str, object]:
    return {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> {text}", "ts": "1700000900.000100", "channel": "C1"}


def test_an_answered_question_is_not_logged_at_info(bot: BotServer, slack: SlackStandIn, log_output: io.StringIO) -> None:
    bot.event(_mention(QUESTION))
    slack.wait_calls("chat.postMessage")
    assert QUESTION not in log_output.getvalue()
    assert "harbour expansion" not in log_output.getvalue()


def test_questions_are_logged_when_debug_logging_is_on(
    bot: BotServer, slack: SlackStandIn, bot_config: Config, root_logger: logging.Logger
) -> None:
    stream = io.StringIO()
    setup_logging(bot_config, stream, level="DEBUG")
    bot.event(_mention(QUESTION))
    slack.wait_calls("chat.postMessage")
    assert QUESTION in stream.getvalue()
    assert "xoxb-test-token" not in stream.getvalue()


def test_a_failed_answer_logs_the_user_id_and_no_secret(bot: BotServer, slack: SlackStandIn, log_output: io.StringIO) -> None:
    bot.services.extractive = BrokenEngine()  # type: ignore[assignment]
    bot.event(_mention(QUESTION))
    slack.wait_calls("chat.postMessage")
    logged = log_output.getvalue()
    assert "request from user U1 failed" in logged
    assert "Traceback" in logged
    assert LEAKED_KEY not in logged and "xoxb-test-token" not in logged
    assert QUESTION not in logged


def test_a_failed_answer_posts_no_secret_or_trace_to_slack(bot: BotServer, slack: SlackStandIn, log_output: io.StringIO) -> None:
    bot.services.extractive = BrokenEngine()  # type: ignore[assignment]
    bot.event(_mention(QUESTION))
    shown = posted_text(slack.wait_calls("chat.postMessage")[0].params)
    assert LEAKED_KEY not in shown and "xoxb-test-token" not in shown
    assert "Traceback" not in shown and "RuntimeError" not in shown
