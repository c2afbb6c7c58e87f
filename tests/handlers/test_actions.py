"""Buttons: Post to channel reposts in_channel; 👍/👎 are stored with the question and the answer."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from bot import command_replies
from bot.answer import Answer
from bot.config import Config
from bot.lazy import Lazy
from bot.startup import build_services
from knowledge.article import Article
from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import SlackStandIn


def _ask_privately(bot: BotServer, slack: SlackStandIn, question: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the ephemeral answer, its Post-to-channel button)."""
    bot.command("/ask", question)
    ephemeral = slack.wait_for(lambda calls: any(c.method.startswith("respond:cmd") for c in calls))[-1].params
    button = next(e for b in ephemeral["blocks"] if b["type"] == "actions" for e in b["elements"])
    return ephemeral, button


def _click(bot: BotServer, button: dict[str, Any], user: str = "U7") -> None:
    bot.action({"type": "button", "action_id": button["action_id"], "value": button["value"]}, user=user)


class _Changed:
    """An engine that now answers differently from when the user asked."""

    engine = "llm"

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        return Answer(question=question, answered=True, text="A different answer altogether.", engine=self.engine)


def test_post_to_channel_reposts_the_answer_in_channel(bot: BotServer, slack: SlackStandIn) -> None:
    _, button = _ask_privately(bot, slack, "Who approved the harbour expansion?")
    _click(bot, button)
    public, cleanup = slack.wait_calls("respond:action", 2)
    assert public.params["response_type"] == "in_channel"
    assert "port authority" in posted_text(public.params) and "<@U7> shared this" in posted_text(public.params)
    assert not any(b["type"] == "actions" for b in public.params["blocks"])
    assert cleanup.params["delete_original"] is True


def test_post_to_channel_posts_exactly_the_answer_shown_even_if_the_engine_now_answers_differently(
    bot: BotServer, slack: SlackStandIn
) -> None:
    ephemeral, button = _ask_privately(bot, slack, "Who approved the harbour expansion?")
    bot.services.llm = Lazy(_Changed)  # asked again now, the question would get another answer
    _click(bot, button)
    public = slack.wait_calls("respond:action")[0].params
    assert public["text"] == ephemeral["text"]
    assert public["blocks"][1:] == [b for b in ephemeral["blocks"] if b["type"] != "actions"]
    assert "different answer" not in posted_text(public)


def test_post_to_channel_works_through_another_process_sharing_the_store(bot: BotServer, slack: SlackStandIn, bot_config: Config) -> None:
    ephemeral, button = _ask_privately(bot, slack, "Who approved the harbour expansion?")
    other = BotServer(build_services(bot_config), slack)  # the click may reach another gunicorn worker or machine
    try:
        _click(other, button)
        public = slack.wait_calls("respond:action")[0].params
    finally:
        other.stop()
    assert public["response_type"] == "in_channel" and public["text"] == ephemeral["text"]


def test_post_to_channel_after_the_answer_expired_says_to_ask_again_and_posts_nothing(
    bot: BotServer, slack: SlackStandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command_replies, "KEEP_S", 0.05)
    _, button = _ask_privately(bot, slack, "Who approved the harbour expansion?")
    time.sleep(0.1)
    _click(bot, button)
    reply = slack.wait_calls("respond:action")[0].params
    assert reply["response_type"] == "ephemeral" and "Run the command again" in reply["text"]
    slack.settle(0.3)
    assert [c.params.get("response_type") for c in slack.calls_to("respond:action")] == ["ephemeral"]


def test_post_to_channel_with_an_old_style_button_says_to_ask_again(bot: BotServer, slack: SlackStandIn) -> None:
    _click(bot, {"action_id": "post_to_channel", "value": json.dumps({"k": "ask", "q": "Who approved it?", "a": None})})
    reply = slack.wait_calls("respond:action")[0].params
    assert reply["response_type"] == "ephemeral" and "can no longer be posted" in reply["text"]


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
