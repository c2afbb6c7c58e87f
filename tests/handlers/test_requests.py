"""Every HTTP request is verified: forged, unsigned, stale and replayed requests get 401 and cause no Web API call."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
from slack_sdk import signature

from tests.handlers.conftest import BotServer
from tests.handlers.slack_standin import SlackStandIn

COMMAND = urlencode(
    {"command": "/ask", "text": "Who approved it?", "user_id": "U1", "channel_id": "C1", "trigger_id": "t1", "team_id": "T1"}
)


def _quiet_after_auth(slack: SlackStandIn) -> None:
    slack.settle(0.2)
    assert [c.method for c in slack.calls] == ["auth.test"]


def test_rejects_request_with_forged_signature(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.post(COMMAND, "application/x-www-form-urlencoded", signature="v0=" + "0" * 64)
    assert reply.status == 401
    _quiet_after_auth(slack)


def test_rejects_request_without_signature_headers(bot: BotServer, slack: SlackStandIn) -> None:
    assert bot.post(COMMAND, "application/x-www-form-urlencoded", sign=False).status == 401
    _quiet_after_auth(slack)


def test_rejects_request_with_stale_timestamp(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.post(COMMAND, "application/x-www-form-urlencoded", timestamp=int(time.time()) - 6 * 60)
    assert reply.status == 401
    _quiet_after_auth(slack)


def test_replaying_a_valid_request_after_five_minutes_fails(bot: BotServer, slack: SlackStandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    body = COMMAND + "&" + urlencode({"response_url": slack.response_url("genuine")})
    sent_at = int(time.time())
    sig = signature.SignatureVerifier("test-signing-secret").generate_signature(timestamp=str(sent_at), body=body)
    assert bot.post(body, "application/x-www-form-urlencoded", timestamp=sent_at, signature=sig).status == 200
    slack.wait_calls("respond:genuine")  # the genuine request is answered
    slack.settle(0.2)
    answered = len(slack.calls)
    later = time.time() + 5 * 60 + 1
    monkeypatch.setattr(signature.Clock, "now", lambda self: later)
    assert bot.post(body, "application/x-www-form-urlencoded", timestamp=sent_at, signature=sig).status == 401
    slack.settle(0.2)
    assert len(slack.calls) == answered


def test_malformed_json_payload_gets_400_and_no_api_call(bot: BotServer, slack: SlackStandIn) -> None:
    assert bot.post("payload=%7Bnot+json", "application/x-www-form-urlencoded").status == 400
    assert bot.post("{not json", "application/json").status == 400
    assert bot.post(json.dumps([1, 2]), "application/json").status == 400
    _quiet_after_auth(slack)


def test_unknown_command_gets_a_friendly_reply(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.command("/frobnicate", "now")
    assert reply.status == 200
    assert "I don't know `/frobnicate`" in reply.body


def test_malformed_unsigned_body_gets_401(bot: BotServer, slack: SlackStandIn) -> None:
    assert bot.post("{not json", "application/json", sign=False).status == 401
    _quiet_after_auth(slack)


def test_url_verification_challenge_is_echoed(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.post(json.dumps({"type": "url_verification", "challenge": "c-123", "token": "x"}), "application/json")
    assert reply.status == 200 and "c-123" in reply.body
