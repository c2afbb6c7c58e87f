"""With the model server down, Slack questions still get the offline, extractive answer."""

from __future__ import annotations

import dataclasses
import io
import logging
import socket
from collections.abc import Iterator

import pytest

from bot.answer import Answer
from bot.config import Config
from bot.lazy import Lazy
from bot.logs import setup_logging
from bot.startup import build_services
from knowledge.article import Article
from tests.handlers.conftest import ARTICLE, BotServer, posted_text
from tests.handlers.slack_standin import BOT_USER, SlackStandIn

API_KEY = "local-dead-server-key"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens here once the socket closes


class Recorder:
    """Wraps the configured LLM engine and keeps what it returned."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.answers: list[Answer] = []

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        answer: Answer = self.inner.answer(question, article, history=history)  # type: ignore[attr-defined]
        self.answers.append(answer)
        return answer


@pytest.fixture
def llm_bot(bot_config: Config, slack: SlackStandIn) -> Iterator[tuple[BotServer, Recorder]]:
    """The app with an LLM configured at a port where no server listens."""
    config = dataclasses.replace(
        bot_config,
        openai_base_url=f"http://127.0.0.1:{_closed_port()}/v1",
        openai_api_key="sk-test-key-for-a-dead-server",
        llm_timeout_s=5.0,
    )
    services = build_services(config)
    assert services.llm is not None, "OPENAI_BASE_URL must switch the LLM engine on"
    services.library.ingest_text(ARTICLE)
    recorder = Recorder(services.llm.get())
    services.llm = Lazy(lambda: recorder)
    server = BotServer(services, slack)
    slack.wait_calls("auth.test")
    yield server, recorder
    server.stop()


def test_mention_gets_the_extractive_answer_while_the_model_server_is_down(
    llm_bot: tuple[BotServer, Recorder], slack: SlackStandIn
) -> None:
    bot, recorder = llm_bot
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@{BOT_USER}> What did the port authority approve?",
        "ts": "1700000700.1",
        "channel": "C1",
    }
    bot.event(event)
    shown = posted_text(slack.wait_calls("chat.postMessage", timeout=15)[0].params)
    assert "40-million-euro expansion" in shown
    [answer] = recorder.answers
    assert answer.engine == "extractive" and answer.answered and answer.note


def test_ask_command_gets_the_extractive_answer_while_the_model_server_is_down(
    llm_bot: tuple[BotServer, Recorder], slack: SlackStandIn
) -> None:
    bot, recorder = llm_bot
    assert bot.command("/ask", "What did the port authority approve?").status == 200
    shown = posted_text(slack.wait_for(lambda calls: any(c.method.startswith("respond:") for c in calls), timeout=15)[-1].params)
    assert "40-million-euro expansion" in shown
    assert recorder.answers[0].engine == "extractive"


def test_the_api_key_stays_out_of_debug_logs_of_the_failed_call(llm_bot: tuple[BotServer, Recorder], slack: SlackStandIn) -> None:
    bot, _ = llm_bot
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    stream = io.StringIO()
    setup_logging(bot.services.config, stream, level="DEBUG")
    try:
        bot.command("/ask", "What did the port authority approve?")
        slack.wait_for(lambda calls: any(c.method.startswith("respond:") for c in calls), timeout=15)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    logged = stream.getvalue()
    assert "127.0.0.1" in logged  # the openai client logged its attempt
    assert API_KEY not in logged
