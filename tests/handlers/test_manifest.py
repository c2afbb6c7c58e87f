"""manifest.json and the listeners agree: every declared command and event has a listener."""

from __future__ import annotations

import json
from pathlib import Path

from slack_bolt import App, BoltRequest

from bot.services import Services
from handlers import register

MANIFEST = json.loads((Path(__file__).parents[2] / "manifest.json").read_text())


def test_manifest_declares_the_commands_the_app_handles() -> None:
    commands = {c["command"] for c in MANIFEST["features"]["slash_commands"]}
    assert commands == {"/ask", "/summary", "/claims", "/article", "/ingest"}


def test_manifest_subscribes_to_the_events_the_app_handles() -> None:
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"app_mention", "app_home_opened", "message.im", "assistant_thread_started", "assistant_thread_context_changed"}


def test_every_declared_command_reaches_its_own_listener(services: Services) -> None:
    app = App(token="xoxb-1", signing_secret="s", token_verification_enabled=False, request_verification_enabled=False)
    register(app, services)
    for command in MANIFEST["features"]["slash_commands"]:
        body = f"command={command['command']}&text=&user_id=U1&channel_id=C1&team_id=T1"
        matched = [listener for listener in app._listeners if listener.matches(req=BoltRequest(body=body), resp=None)]  # type: ignore[arg-type]
        assert matched[0].ack_function.__name__ != "unknown", command["command"]  # type: ignore[attr-defined]
