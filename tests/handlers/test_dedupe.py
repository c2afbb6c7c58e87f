"""Exactly-once: Slack's retries, and deliveries reaching two processes, are answered once (dedupe in the store)."""

from __future__ import annotations

from bot.config import Config
from bot.startup import build_services
from tests.handlers.conftest import BotServer
from tests.handlers.slack_standin import BOT_USER, SlackStandIn

MENTION = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> Who approved the expansion?", "ts": "1700000200.1", "channel": "C1"}


def test_retried_event_is_answered_once(bot: BotServer, slack: SlackStandIn) -> None:
    assert bot.event(MENTION, event_id="Ev1").status == 200
    slack.wait_calls("chat.postMessage")
    assert bot.event(MENTION, event_id="Ev1", retry=1).status == 200
    assert bot.event(MENTION, event_id="Ev1", retry=2).status == 200
    slack.settle()
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_event_reaching_two_processes_sharing_a_store_is_answered_once(bot: BotServer, slack: SlackStandIn, bot_config: Config) -> None:
    other = BotServer(build_services(bot_config), slack)  # a second app with its own services over the same store file
    try:
        assert bot.event(MENTION, event_id="Ev2").status == 200
        assert other.event(MENTION, event_id="Ev2", retry=1).status == 200
        slack.wait_calls("chat.postMessage")
        slack.settle()
        assert len(slack.calls_to("chat.postMessage")) == 1
    finally:
        other.stop()


def test_different_events_are_each_answered(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(MENTION, event_id="Ev3")
    bot.event({**MENTION, "ts": "1700000200.2"}, event_id="Ev4")
    assert len(slack.wait_calls("chat.postMessage", 2)) == 2


def test_repeated_slash_command_trigger_is_answered_once(bot: BotServer, slack: SlackStandIn) -> None:
    bot.command("/ask", "Who approved the expansion?", trigger_id="trig-same")
    slack.wait_for(lambda calls: any(c.method.startswith("respond:") for c in calls))
    duplicate = bot.command("/ask", "Who approved the expansion?", trigger_id="trig-same")
    assert duplicate.status == 200
    slack.settle()
    assert len([c for c in slack.calls if c.method.startswith("respond:")]) == 1


def test_retried_refused_question_gets_its_short_reply_once(bot: BotServer, slack: SlackStandIn) -> None:
    # the delivery is recorded before the listener refuses it: that record is what drops the retry
    empty = {**MENTION, "text": f"<@{BOT_USER}>   ", "ts": "1700000200.3"}
    assert bot.event(empty, event_id="Ev5").status == 200
    assert "Ask me a question" in slack.wait_calls("chat.postMessage")[0].params["text"]
    assert bot.event(empty, event_id="Ev5", retry=1).status == 200
    slack.settle()
    assert len(slack.calls_to("chat.postMessage")) == 1
