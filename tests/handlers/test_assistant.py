"""The AI assistant pane: prompts from the ledger, a status while working, the answer streamed (or posted)."""

from __future__ import annotations

import json

from knowledge.article import Article
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
    assert slack.calls_to("conversations.replies") == []  # no history, and the channel the user had open is in the store


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


def _streamed(slack: SlackStandIn, n: int = 1) -> str:
    stop = slack.wait_calls("chat.stopStream", n)[n - 1].params
    calls = [*slack.calls_to("chat.startStream"), *slack.calls_to("chat.appendStream")]
    return json.dumps([c.params.get("chunks") for c in calls] + [stop.get("chunks")], ensure_ascii=False)


def test_the_thread_is_about_the_article_of_the_channel_the_user_had_open(bot: BotServer, slack: SlackStandIn, article: Article) -> None:
    latest = bot.services.library.ingest_text("Tram vote delayed\n\nThe council delayed the tram vote, the mayor said.\n").article
    assert bot.services.store.latest_id() == latest.id
    bot.services.store.bind_channel("C1", article.id)  # THREAD was opened from C1
    _open_thread(bot, slack)
    bot.event(question("What did the port authority approve?"))
    assert "40-million-euro expansion" in _streamed(slack)
    assert slack.calls_to("chat.update") == []  # the context is not written into Slack's messages


def test_a_changed_context_moves_the_thread_to_the_new_channels_article(bot: BotServer, slack: SlackStandIn, article: Article) -> None:
    tram = bot.services.library.ingest_text("Tram vote delayed\n\nThe council delayed the tram vote, the mayor said.\n").article
    bot.services.store.bind_channel("C1", article.id)
    bot.services.store.bind_channel("C2", tram.id)
    _open_thread(bot, slack)
    changed = {**THREAD, "context": {"channel_id": "C2", "team_id": "T1"}}
    bot.event({"type": "assistant_thread_context_changed", "assistant_thread": changed, "event_ts": "1700000500.4"})
    slack.settle()
    bot.event(question("What did the council delay?"))
    assert "tram vote" in _streamed(slack)
