"""Buttons: Post to channel reposts in_channel; 👍/👎 are stored with the question and the answer."""

from __future__ import annotations

import json

from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import SlackStandIn


def test_post_to_channel_reposts_the_answer_in_channel(bot: BotServer, slack: SlackStandIn) -> None:
    bot.command("/ask", "Who approved the harbour expansion?")
    ephemeral = slack.wait_for(lambda calls: any(c.method.startswith("respond:cmd") for c in calls))[-1].params
    button = next(e for b in ephemeral["blocks"] if b["type"] == "actions" for e in b["elements"])
    bot.action({"type": "button", "action_id": button["action_id"], "value": button["value"]}, user="U7")
    posts = slack.wait_calls("respond:action", 2)
    public, cleanup = posts
    assert public.params["response_type"] == "in_channel"
    assert "port authority" in posted_text(public.params) and "<@U7> shared this" in posted_text(public.params)
    assert not any(b["type"] == "actions" for b in public.params["blocks"])
    assert cleanup.params["delete_original"] is True


def test_feedback_is_stored_with_question_and_answer(bot: BotServer, slack: SlackStandIn) -> None:
    value = json.dumps({"v": "down", "a": "abc123", "q": "Who approved it?"})
    message = {"ts": "1700000400.1", "text": "The article says: > „The city's port authority approved …” [¶2]"}
    bot.action({"type": "feedback_buttons", "action_id": "answer_feedback", "value": value}, user="U5", message=message)
    thanks = slack.wait_calls("respond:action")[0]
    assert "Thanks" in thanks.params["text"]
    [row] = bot.services.store.feedback()
    assert (row["user_id"], row["article_id"], row["question"], row["vote"]) == ("U5", "abc123", "Who approved it?", "down")
    assert row["answer"] == message["text"]


def test_feedback_with_a_garbled_value_stores_nothing(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.action({"type": "feedback_buttons", "action_id": "answer_feedback", "value": "{oops"}, user="U5", message={"text": "x"})
    assert reply.status == 200
    slack.settle(0.2)
    assert bot.services.store.feedback() == []
