"""@mentions: answered in the mention's thread, follow-ups with context, bot posts and edits ignored."""

from __future__ import annotations

from knowledge.article import Article
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


class RecordingAnswerer:
    """Wraps the real engine and keeps the history each question came with."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.histories: list[tuple[str, ...]] = []

    def answer(self, question: str, article: object, *, history: tuple[str, ...] = ()) -> object:
        self.histories.append(history)
        return self.inner.answer(question, article, history=history)  # type: ignore[attr-defined]


def test_follow_up_mention_uses_the_threads_earlier_questions(bot: BotServer, slack: SlackStandIn) -> None:
    recorder = RecordingAnswerer(bot.services.extractive)
    bot.services.extractive = recorder  # type: ignore[assignment]
    slack.threads["1700000100.000100"] = [
        {"user": "U1", "ts": "1700000100.000100", "text": f"<@{BOT_USER}> Who approved the expansion?"},
        {"bot_id": "BBOT", "ts": "1700000100.000200", "text": "The article says: …"},
        {"user": "U2", "ts": "1700000100.000250", "text": "just chatting, no mention"},
        {"user": "U1", "ts": "1700000100.000300", "text": f"<@{BOT_USER}> And when does work start?"},
    ]
    bot.event(mention("And when does work start?", ts="1700000100.000300", thread_ts="1700000100.000100"))
    post = slack.wait_calls("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700000100.000100"
    assert recorder.histories == [("Who approved the expansion?",)]


def test_article_markup_cannot_ping_channel_or_users(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(mention("What do the fishermen say?"))
    shown = posted_text(slack.wait_calls("chat.postMessage")[0].params)
    assert "We were never asked" in shown
    assert "<!channel>" not in shown and "<@U999>" not in shown
    assert "&lt;!channel&gt;" in shown


def test_bot_messages_edits_and_deletes_never_trigger_answers(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(mention("Who approved it?", bot_id="B2"))
    bot.event(mention("Who approved it?", edited={"user": "U1", "ts": "1"}))
    bot.event(mention("Who approved it?", subtype="bot_message"))
    for subtype in ("message_changed", "message_deleted"):
        bot.event({"type": "message", "subtype": subtype, "channel": "D1", "channel_type": "im", "ts": "1700000100.5", "hidden": True})
    bot.event({"type": "message", "channel": "D1", "channel_type": "im", "user": BOT_USER, "bot_id": "BBOT", "text": "my own", "ts": "2.0"})
    slack.settle()
    assert slack.calls_to("chat.postMessage") == []


def test_empty_mention_gets_usage_and_writes_nothing(bot: BotServer, slack: SlackStandIn) -> None:
    before = bot.services.store.count()
    bot.event(mention("   "))
    post = slack.wait_calls("chat.postMessage")[0]
    assert "Ask me a question about the article" in post.params["text"]
    assert bot.services.store.count() == before and bot.services.store.feedback() == []


def test_over_long_question_is_refused_stating_the_limit(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(mention("why " * 12_500))  # 50,000 characters
    post = slack.wait_calls("chat.postMessage")[0]
    assert "the limit is 500" in post.params["text"]
    assert "Traceback" not in posted_text(post.params)


def test_control_characters_and_slack_markup_in_questions_are_read_as_text(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(mention("What did \x00\x1b <!channel> <http://x.example|Anna Berg> say about <@U123> the port?"))
    post = slack.wait_calls("chat.postMessage")[0]
    shown = posted_text(post.params)
    assert "largest investment" in shown
    assert "<!channel>" not in shown


def test_long_answer_is_split_across_messages(bot: BotServer, slack: SlackStandIn) -> None:
    from bot.answer import cite

    class Verbose:
        """Quotes every sentence many times over (a deliberately huge answer)."""

        def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> object:
            from bot.answer import Answer

            citations = tuple(cite(article, s.start, s.end) for s in article.sentences) * 12
            return Answer(question=question, answered=True, text="The article says:", citations=citations, article_id=article.id)

    bot.services.extractive = Verbose()  # type: ignore[assignment]
    bot.event(mention("Tell me everything"))
    slack.settle()
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) > 1
    for post in posts:
        assert len(post.params["blocks"]) <= 50 and len(post.params["text"]) <= 4000
        assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in post.params["blocks"])
    assert all(p.params["thread_ts"] == "1700000100.000100" for p in posts)


def test_not_in_channel_is_reported_to_the_user_by_dm(bot: BotServer, slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", error="not_in_channel")
    bot.event(mention("Who approved it?"))
    posts = slack.wait_calls("chat.postMessage", 2)
    assert posts[1].params["channel"] == "U1"
    assert "invite" in posts[1].params["text"].lower()


def test_rate_limited_post_is_retried_after_retry_after(bot: BotServer, slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=429, error="ratelimited", headers={"Retry-After": "1"})
    bot.event(mention("Who approved it?"))
    first, second = slack.wait_calls("chat.postMessage", 2)
    assert second.at - first.at >= 0.9
    assert second.params == first.params


def test_msg_too_long_is_split_and_posted(bot: BotServer, slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", error="msg_too_long")
    bot.event(mention("Who approved it?"))
    slack.wait_calls("chat.postMessage", 3)
    slack.settle()
    refused, *parts = slack.calls_to("chat.postMessage")
    assert len(parts) == 2
    assert sum(len(p.params["blocks"]) for p in parts) == len(refused.params["blocks"])


def test_server_error_is_retried_with_backoff(bot: BotServer, slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=503, error="service_unavailable")
    bot.event(mention("Who approved it?"))
    first, second = slack.wait_calls("chat.postMessage", 2)
    assert second.params == first.params


def test_dropped_connection_is_retried(bot: BotServer, slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=0)
    bot.event(mention("Who approved it?"))
    first, second = slack.wait_calls("chat.postMessage", 2)
    assert second.params == first.params


def test_question_in_a_bound_channel_is_about_its_article_not_the_latest(bot: BotServer, slack: SlackStandIn, article: Article) -> None:
    latest = bot.services.library.ingest_text("Tram vote delayed\n\nThe council delayed the tram vote, the mayor said.\n").article
    assert bot.services.store.latest_id() == latest.id
    bot.services.store.bind_channel("C1", article.id)
    bot.event(mention("What did the port authority approve?"))
    assert "*Port authority approves harbour expansion*" in posted_text(slack.wait_calls("chat.postMessage")[0].params)
