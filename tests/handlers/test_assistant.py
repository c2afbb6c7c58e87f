"""The AI assistant pane: prompts from the ledger, a status while working, the answer streamed (or posted)."""

from __future__ import annotations

import json

from tests.handlers.conftest import BotServer, posted_text
from tests.handlers.slack_standin import SlackStandIn

THREAD = {"user_id": "U1", "context": {"channel_id": "C1", "team_id": "T1"}, "channel_id": "D1", "thread_ts": "1700000500.1"}


def question(text: str) -> dict[str, object]:
    return {
        "type": "message",
        "channel": "D1",
        "channel_type": "im",
        "user": "U1",
        "text": text,
        "ts": "1700000500.2",
        "thread_ts": "1700000500.1",
    }


def test_thread_start_greets_and_suggests_prompts_per_speaker(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event({"type": "assistant_thread_started", "assistant_thread": THREAD, "event_ts": "1700000500.1"})
    prompts = slack.wait_calls("assistant.threads.setSuggestedPrompts")[0].params["prompts"]
    titles = [p["title"] for p in prompts]
    assert "What does Anna Berg say?" in titles and "What does Tom Reed say?" in titles
    greeting = slack.wait_calls("chat.postMessage")[0].params
    assert greeting["thread_ts"] == "1700000500.1" and "Port authority approves harbour expansion" in greeting["text"]


def test_question_sets_status_then_streams_the_answer_with_feedback(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(question("What did the port authority approve?"))
    stop = slack.wait_calls("chat.stopStream")[0].params
    status = slack.calls_to("assistant.threads.setStatus")[0].params
    assert status["status"] == "reading the article…"
    start = slack.calls_to("chat.startStream")[0].params
    assert start["thread_ts"] == "1700000500.1" and start["recipient_user_id"] == "U1"
    streamed = json.dumps([start.get("chunks"), *(c.params.get("chunks") for c in slack.calls_to("chat.appendStream")), stop.get("chunks")])
    assert "40-million-euro expansion" in streamed and "Harbour Gazette" in streamed
    assert stop["blocks"][0]["elements"][0]["type"] == "feedback_buttons"
    assert slack.calls_to("chat.postMessage") == []


def test_answer_is_posted_where_streaming_is_unsupported(bot: BotServer, slack: SlackStandIn) -> None:
    slack.unsupported.add("chat.startStream")
    bot.event(question("What did the port authority approve?"))
    post = slack.wait_calls("chat.postMessage")[0].params
    assert post["thread_ts"] == "1700000500.1" and "40-million-euro expansion" in posted_text(post)
    assert slack.calls_to("chat.stopStream") == []


def test_empty_question_in_the_pane_gets_usage(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(question(" \t "))
    post = slack.wait_calls("chat.postMessage")[0].params
    assert "Ask me a question about the article" in post["text"]


def test_who_is_quoted_streams_each_speaker_above_their_quote(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(question("Who is quoted in the article?"))
    stop = slack.wait_calls("chat.stopStream")[0].params
    calls = [*slack.calls_to("chat.startStream"), *slack.calls_to("chat.appendStream")]
    streamed = "".join(chunk["text"] for c in [*(c.params for c in calls), stop] for chunk in c.get("chunks") or [])
    paragraphs = streamed.split("\n\n")
    berg = paragraphs.index("• Anna Berg (2 statements)")
    assert paragraphs[berg + 1].startswith("> „") and paragraphs[berg + 1].endswith("” ¶3")
    reed = paragraphs.index("• Tom Reed (1 statement)")
    assert paragraphs[reed + 1] == "> „We were never asked” ¶4"


def _history_fetches(slack: SlackStandIn) -> int:
    """conversations.replies calls for the thread's earlier questions (Bolt's own thread-context lookup passes ``oldest``)."""
    return sum(1 for c in slack.calls_to("conversations.replies") if "oldest" not in c.params)


def _open_thread(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event({"type": "assistant_thread_started", "assistant_thread": THREAD, "event_ts": "1700000500.1"})
    slack.wait_calls("assistant.threads.setSuggestedPrompts")


def test_first_question_in_a_new_thread_fetches_no_history(bot: BotServer, slack: SlackStandIn) -> None:
    _open_thread(bot, slack)
    bot.event(question("What did the port authority approve?"))
    slack.wait_calls("chat.stopStream")
    assert _history_fetches(slack) == 0
    assert len(slack.calls_to("conversations.replies")) == 1  # only Bolt's lookup of the channel the user had open


def test_a_follow_up_in_a_new_thread_fetches_the_earlier_questions(bot: BotServer, slack: SlackStandIn) -> None:
    _open_thread(bot, slack)
    bot.event(question("What did the port authority approve?"))
    slack.wait_calls("chat.stopStream")
    follow_up = {**question("Who opposes it?"), "ts": "1700000500.3"}
    bot.event(follow_up)
    slack.wait_calls("chat.stopStream", 2)
    assert _history_fetches(slack) == 1


def test_a_question_in_a_thread_opened_unseen_fetches_its_history(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(question("What did the port authority approve?"))  # the thread's start never reached this app (or expired)
    slack.wait_calls("chat.stopStream")
    assert _history_fetches(slack) == 1
