"""With the model server down, a Slack question still gets the extractive answer (no error, no delay to speak of)."""

from __future__ import annotations

import dataclasses
import socket

from bot.config import Config
from bot.services import build_services
from knowledge.article import Article
from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import BOT_USER, SlackStandIn


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens here once the socket closes


def test_mention_gets_the_extractive_answer_while_the_model_server_is_down(
    bot_config: Config, article: Article, slack: SlackStandIn
) -> None:
    config = dataclasses.replace(
        bot_config, openai_base_url=f"http://127.0.0.1:{_closed_port()}/v1", openai_api_key="sk-test", llm_max_retries=0, llm_timeout_s=2.0
    )
    services = build_services(config)
    assert services.llm is not None
    server = BotServer(services, slack)
    try:
        event = {
            "type": "app_mention",
            "user": "U1",
            "text": f"<@{BOT_USER}> What did the port authority approve?",
            "ts": "1.1",
            "channel": "C1",
        }
        server.event(event)
        shown = posted_text(slack.wait_calls("chat.postMessage", timeout=10)[0].params)
        assert "40-million-euro expansion" in shown
        assert "something went wrong" not in shown.lower()
    finally:
        server.stop()
