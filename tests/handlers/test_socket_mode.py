"""Socket Mode (the Procfile `worker:`): the same listeners, reached without HTTP signatures."""

from __future__ import annotations

import dataclasses

from slack_bolt import BoltRequest

from bot.app import build_app
from bot.config import Config
from bot.startup import build_services
from knowledge.article import Article
from tests.handlers.slack_standin import SlackStandIn


def test_socket_mode_app_needs_no_signing_secret_and_answers_commands(bot_config: Config, article: Article, slack: SlackStandIn) -> None:
    config = dataclasses.replace(bot_config, slack_signing_secret=None, slack_app_token="xapp-test")
    body = {
        "command": "/ask",
        "text": "Who approved the harbour expansion?",
        "user_id": "U1",
        "channel_id": "C1",
        "team_id": "T1",
        "trigger_id": "trig-socket",
        "response_url": slack.response_url("socket"),
    }
    with build_services(config) as services:
        response = build_app(services, socket_mode=True).dispatch(BoltRequest(body=body, mode="socket_mode"))
        answer = slack.wait_calls("respond:socket")[0]  # answered after the ack, while the services are open
    assert response.status == 200
    assert "port authority" in str(answer.params["blocks"])
