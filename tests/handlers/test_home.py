"""App Home: published with the articles held, the active one, and each article's speakers."""

from __future__ import annotations

import json

from knowledge.article import Article
from tests.handlers.conftest import EDITOR, BotServer
from tests.handlers.slack_standin import SlackStandIn


def test_home_tab_lists_articles_and_speakers(bot: BotServer, slack: SlackStandIn, article: Article) -> None:
    bot.event({"type": "app_home_opened", "user": EDITOR, "channel": "D1", "tab": "home"})
    publish = slack.wait_calls("views.publish")[0]
    assert publish.params["user_id"] == EDITOR
    shown = json.dumps(publish.params["view"], ensure_ascii=False)
    assert "Port authority approves harbour expansion" in shown and "*active*" in shown
    assert "Anna Berg (2)" in shown and "Tom Reed (1)" in shown
    assert "Harbour Gazette" in shown
    assert "You're an editor" in shown


def test_messages_tab_does_not_publish(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "messages"})
    slack.settle(0.2)
    assert slack.calls_to("views.publish") == []
