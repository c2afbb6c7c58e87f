"""A busy app: answers come from the answering processes, and requests are still acked while many answers are in progress."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from bot.app import LISTENER_THREADS
from bot.config import Config
from bot.startup import build_services
from knowledge.article import Article
from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import BOT_USER, SlackStandIn

# more answers held at once than Bolt's listener pool used to have threads (32), the ack waiting for one of them
IN_PROGRESS = 40


def mention(n: int) -> dict[str, object]:
    return {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> Who approved it?", "ts": f"1700000300.{n:06d}", "channel": "C1"}


@pytest.fixture
def pooled_bot(bot_config: Config, article: Article, slack: SlackStandIn) -> Iterator[BotServer]:
    """The app in HTTP mode answering in one process of its own, as the Slack servers do."""
    server = BotServer(build_services(replace(bot_config, answer_processes=1), answer_in_processes=True), slack)
    slack.wait_calls("auth.test")
    yield server
    server.stop()


def test_a_mention_and_a_command_are_answered_by_the_answering_process(pooled_bot: BotServer, slack: SlackStandIn) -> None:
    assert pooled_bot.services.answer_pool is not None
    assert pooled_bot.event(mention(1), event_id="EvBusy1").status == 200
    assert pooled_bot.command("/ask", "Who approved the harbour expansion?").status == 200
    assert "port authority" in posted_text(slack.wait_calls("chat.postMessage", timeout=30)[0].params)
    slack.wait_for(lambda calls: any(c.method.startswith("respond:") for c in calls), timeout=30)
    answer = next(c for c in slack.calls if c.method.startswith("respond:"))
    assert "port authority" in posted_text(answer.params)


def test_a_retried_event_is_answered_once_by_the_answering_process(pooled_bot: BotServer, slack: SlackStandIn) -> None:
    pooled_bot.event(mention(2), event_id="EvBusy2")
    slack.wait_calls("chat.postMessage", timeout=30)
    assert pooled_bot.event(mention(2), event_id="EvBusy2", retry=1).status == 200
    slack.settle()
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_a_command_is_acked_while_more_answers_are_in_progress_than_the_old_listener_pool_had(
    bot: BotServer, slack: SlackStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert LISTENER_THREADS > IN_PROGRESS
    answer = bot.services.ask
    release = threading.Event()
    waiting = threading.Semaphore(0)

    def held(*args: Any, **kwargs: Any) -> Any:
        waiting.release()
        release.wait(30)
        return answer(*args, **kwargs)

    monkeypatch.setattr(bot.services, "ask", held)
    try:
        for n in range(IN_PROGRESS):
            assert bot.event(mention(n), event_id=f"EvHeld{n}").status == 200
        for _ in range(IN_PROGRESS):  # every mention's listener is now waiting for its answer
            assert waiting.acquire(timeout=10)
        reply = bot.command("/ask", "Who approved the harbour expansion?")
        assert (reply.status, reply.body) == (200, "")
    finally:
        release.set()
    assert len(slack.wait_calls("chat.postMessage", IN_PROGRESS, timeout=30)) == IN_PROGRESS
