"""End-to-end fixtures: the app in HTTP mode on 127.0.0.1, a Slack stand-in, signed requests."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier
from werkzeug.serving import BaseWSGIServer, make_server

from bot.app import build_app
from bot.config import Config, load_config
from bot.services import Services
from bot.startup import build_services
from bot.web import EVENTS_PATH, create_flask
from knowledge.article import Article
from knowledge.claims import Claim, Ledger
from tests.handlers.slack_standin import BOT_USER, TEAM, SlackStandIn

SECRET = "test-signing-secret"
EDITOR = "UEDITOR"
ARTICLE = "\n".join(
    [
        "Port authority approves harbour expansion",
        "",
        "The city's port authority approved a 40-million-euro expansion of the northern harbour on Tuesday, its chair Anna Berg said.",
        '"This is the largest investment in the port for twenty years," Berg told reporters. '
        "She added that work would start in spring & finish by 2028.",
        'Local fishermen oppose the plan. <!channel> "We were never asked," said Tom Reed, '
        "who speaks for the fishermen's cooperative <@U999>.",
        "The regional environment agency warned that dredging could harm the bay's seagrass.",
        "",
        "Source: Harbour Gazette",
        "",
    ]
)


@dataclass
class Reply:
    """What the app's HTTP endpoint answered."""

    status: int
    body: str

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class BotServer:
    """One app process (Bolt + Flask on a werkzeug thread) in HTTP mode."""

    def __init__(self, services: Services, slack: SlackStandIn) -> None:
        self.services = services
        self.slack = slack
        self.app = build_app(services)
        self._server: BaseWSGIServer = make_server("127.0.0.1", 0, create_flask(self.app, SECRET), threaded=True)
        self._thread = threading.Thread(target=lambda: self._server.serve_forever(poll_interval=0.05), daemon=True)
        self._thread.start()
        self._trigger = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{EVENTS_PATH}"

    def stop(self) -> None:
        """Stop serving, then close the app's services."""
        self._server.shutdown()
        self._server.server_close()
        self.services.close()

    # -- sending --------------------------------------------------------------

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
        sign: bool = True,
    ) -> Reply:
        ts = str(timestamp if timestamp is not None else int(time.time()))
        sent = {"Content-Type": content_type, **(headers or {})}
        if sign:
            sent["X-Slack-Request-Timestamp"] = ts
            sent["X-Slack-Signature"] = signature or SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
        request = urllib.request.Request(self.url, data=body.encode(), headers=sent, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                return Reply(resp.status, resp.read().decode())
        except urllib.error.HTTPError as exc:
            return Reply(exc.code, exc.read().decode())

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry: int | None = None) -> Reply:
        self._trigger += 1
        payload = {
            "token": "legacy",
            "team_id": TEAM,
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id or f"Ev{time.monotonic_ns()}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}],
            "event": event,
        }
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(json.dumps(payload), "application/json", headers=headers)

    def command(self, command: str, text: str, *, user: str = "U1", channel: str = "C1", trigger_id: str | None = None) -> Reply:
        self._trigger += 1
        form = {
            "token": "legacy",
            "team_id": TEAM,
            "channel_id": channel,
            "user_id": user,
            "command": command,
            "text": text,
            "response_url": self.slack.response_url(f"cmd{self._trigger}"),
            "trigger_id": trigger_id or f"trig-{time.monotonic_ns()}",
            "api_app_id": "A1",
        }
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def action(self, action: dict[str, Any], *, user: str = "U1", message: dict[str, Any] | None = None) -> Reply:
        payload = {
            "type": "block_actions",
            "team": {"id": TEAM},
            "user": {"id": user},
            "api_app_id": "A1",
            "trigger_id": f"trig-{time.monotonic_ns()}",
            "response_url": self.slack.response_url("action"),
            "container": {"type": "message", "channel_id": "C1", "is_ephemeral": message is None},
            "channel": {"id": "C1"},
            "actions": [{"action_ts": str(time.time()), "block_id": "b1", **action}],
        }
        if message is not None:
            payload["message"] = message
        return self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    """The Slack stand-in, running."""
    standin = SlackStandIn().start()
    yield standin
    standin.stop()


@pytest.fixture
def bot_config(slack: SlackStandIn, tmp_path: Path) -> Config:
    """Configuration pointing the app at the stand-in."""
    return load_config(
        data_dir=tmp_path / "data",
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,
        slack_api_url=slack.api_url,
        editors=frozenset({EDITOR}),
        max_question_chars=500,
    )


@pytest.fixture
def article(bot_config: Config) -> Article:
    """The test article, ingested (the latest, so the default), with a small claims ledger."""
    with build_services(bot_config) as services:
        return _with_ledger(services)


def _with_ledger(services: Services) -> Article:
    held = services.library.ingest_text(ARTICLE).article
    text = held.text

    def claim(speaker: str, quote: str, act: str = "says") -> Claim:
        start = text.index(quote)
        return Claim(speaker, speaker, act, start, start + len(quote), held.paragraph_at(start), quote, True)

    ledger = Ledger(
        claims=(
            claim("Anna Berg", "This is the largest investment in the port for twenty years"),
            claim("Anna Berg", "work would start in spring & finish by 2028"),
            claim("Tom Reed", "We were never asked"),
        )
    )
    services.store.put_derived(held.id, services.library.storage_key("claims"), ledger.to_bytes())
    return held


@pytest.fixture
def bot(bot_config: Config, article: Article, slack: SlackStandIn) -> Iterator[BotServer]:
    """The app in HTTP mode, serving on 127.0.0.1."""
    server = BotServer(build_services(bot_config), slack)
    slack.wait_calls("auth.test")
    yield server
    server.stop()


def posted_text(call_params: dict[str, Any]) -> str:
    """Everything a message shows: its fallback text and its blocks, as one string."""
    return json.dumps({"text": call_params.get("text"), "blocks": call_params.get("blocks")}, ensure_ascii=False)
