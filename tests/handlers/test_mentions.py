"""@mentions: answered in the mention's thread, follow-ups with context, bot posts and edits ignored."""

from __future__ import annotations

from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import BOT_USER, SlackStandIn


def mention(text: str, *, ts: str = "1700000100.000100", thread_ts: str | None = None, **extra: object) -> dict[str, object]:
    event: dict[str, object] = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> {text}", "ts": ts, "channel": "C1", **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def test_mention_is_answered_in_its_own_thread(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.event(mention("What did the port authority approve?"))
    assert reply.status == 200
    post = slack.wait_calls("chat.postMessage")[0]
    assert post.params["channel"] == "C1"
    assert post.params["thread_ts"] == "1700000100.000100"
    assert "harbour" in posted_text(post.params)

