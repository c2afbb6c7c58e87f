"""Slash commands: ack at once, answer through response_url (ephemeral, with a Post-to-channel button)."""

from __future__ import annotations

import time

from tests.handlers.conftest import EDITOR, BotServer, posted_text
from tests.handlers.slack_standin import Call, SlackStandIn


def responses(slack: SlackStandIn, count: int = 1) -> list[Call]:
    slack.wait_for(lambda calls: sum(c.method.startswith("respond:") for c in calls) >= count)
    return [c for c in slack.calls if c.method.startswith("respond:")]


def test_ask_acks_at_once_and_answers_ephemerally_with_a_post_button(bot: BotServer, slack: SlackStandIn) -> None:
    started = time.monotonic()
    reply = bot.command("/ask", "Who approved the harbour expansion?")
    assert reply.status == 200 and time.monotonic() - started < 3
    answer = responses(slack)[0].params
    assert answer["response_type"] == "ephemeral"
    assert "port authority" in posted_text(answer)
    buttons = [e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"] for b in buttons] == ["post_to_channel"]


def test_empty_ask_gets_usage_in_the_ack(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.command("/ask", "   ")
    assert "Usage: `/ask QUESTION`" in reply.body
    slack.settle(0.2)
    assert not any(c.method.startswith("respond:") for c in slack.calls)


def test_ask_over_the_length_limit_is_refused_with_the_limit(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.command("/ask", "x" * 50_000)
    assert "the limit is 500" in reply.body


def test_summary_quotes_the_articles_opening(bot: BotServer, slack: SlackStandIn) -> None:
    bot.command("/summary", "")
    answer = responses(slack)[0].params
    assert "Summary" in posted_text(answer) and "40-million-euro expansion" in posted_text(answer)


def test_summary_of_an_unknown_article_says_so(bot: BotServer, slack: SlackStandIn) -> None:
    before = bot.services.store.count()
    bot.command("/summary", "nosuchid")
    answer = responses(slack)[0].params
    assert "I don't hold an article with id `nosuchid`" in answer["text"]
    assert bot.services.store.count() == before


def test_claims_command_shows_only_that_speakers_statements_escaped(bot: BotServer, slack: SlackStandIn) -> None:
    bot.command("/claims", "berg")
    shown = posted_text(responses(slack)[0].params)
    assert "largest investment" in shown and "never asked" not in shown
    assert "spring &amp; finish" in shown


def test_claims_command_for_an_unknown_speaker_says_there_are_no_statements(bot: BotServer, slack: SlackStandIn) -> None:
    bot.command("/claims", "Nobody Atall")
    assert "no statements to “Nobody Atall”" in responses(slack)[0].params["text"]


def test_ingest_by_an_editor_adds_the_article(bot: BotServer, slack: SlackStandIn) -> None:
    before = bot.services.store.count()
    bot.command("/ingest", "Tram vote delayed\n\nThe council delayed the tram vote, the mayor said.", user=EDITOR)
    assert "Added *Tram vote delayed*" in responses(slack)[0].params["text"]
    assert bot.services.store.count() == before + 1


def test_ingest_by_anyone_else_is_refused_and_stores_nothing(bot: BotServer, slack: SlackStandIn) -> None:
    before = bot.services.store.count()
    reply = bot.command("/ingest", "Tram vote delayed\n\nThe council delayed the tram vote.", user="U1")
    assert "only the newsroom's editors" in reply.body
    assert bot.services.store.count() == before


def test_article_binds_a_channel_for_editors(bot: BotServer, slack: SlackStandIn) -> None:
    other = bot.services.library.ingest_text("Second story\n\nSomething else happened today, officials said.").article
    bot.command("/article", other.id, user=EDITOR, channel="C9")
    assert "now about *Second story*" in responses(slack)[0].params["text"]
    assert bot.services.bound_article_id("C9") == other.id


def test_article_binding_is_refused_for_non_editors(bot: BotServer, slack: SlackStandIn) -> None:
    reply = bot.command("/article", "abc", user="U1", channel="C9")
    assert "only the newsroom's editors" in reply.body
    assert bot.services.bound_article_id("C9") is None


def test_ask_all_answers_from_the_whole_archive_grouped_by_article(bot: BotServer, slack: SlackStandIn) -> None:
    other = "Rail union warns of strike\nThe rail union warned on Monday that drivers would strike in March over pay.\n"
    held = bot.services.library.ingest_text(other).article
    bot.command("/ask", "--all When would the rail drivers strike?")
    shown = posted_text(responses(slack)[0].params)
    assert "strike in March" in shown and held.title in shown


def test_ask_all_without_a_question_gets_usage(bot: BotServer, slack: SlackStandIn) -> None:
    bot.command("/ask", "--all")
    assert "/ask --all QUESTION" in posted_text(responses(slack)[0].params)
