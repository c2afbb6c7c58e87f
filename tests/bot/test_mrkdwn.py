"""Slack markup: article text is escaped; user text is read back as plain text."""

from __future__ import annotations

from bot.mrkdwn import escape, plain


def test_escape_neutralises_mentions_and_entities() -> None:
    assert escape("<!channel> & <@U1> > x") == "&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; x"


def test_plain_reads_links_as_their_label() -> None:
    assert plain("see <http://x.example|the report> and <https://y.example>") == "see the report and https://y.example"


def test_plain_reads_user_and_channel_mentions_as_text() -> None:
    assert plain("ask <@U123> in <#C1|news>") == "ask @U123 in #news"


def test_plain_drops_the_addressed_bot() -> None:
    assert plain("<@UBOT> who said it?", drop_user="UBOT").strip() == "who said it?"


def test_plain_never_re_emits_a_broadcast() -> None:
    assert plain("<!channel> <!here|here> <!subteam^S1|@editors>") == "@channel @here @editors"


def test_plain_unescapes_entities() -> None:
    assert plain("Q&amp;A about 1 &lt; 2") == "Q&A about 1 < 2"
