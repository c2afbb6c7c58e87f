"""Direct messages: questions answered in the DM; .txt uploads by editors become articles, others are refused."""

from __future__ import annotations

from tests.handlers.conftest import EDITOR, BotServer, posted_text
from tests.handlers.slack_standin import SlackStandIn

NEW_ARTICLE = b"""Council delays tram line vote

The city council postponed its vote on the new tram line until March, mayor Ewa Nowak said on Monday.
"We need another traffic study," Nowak said.
"""


def dm(text: str, **extra: object) -> dict[str, object]:
    return {"type": "message", "channel": "D1", "channel_type": "im", "user": "U1", "text": text, "ts": "1700000300.1", **extra}


def upload(user: str, file_id: str = "F1", name: str = "tram.txt") -> dict[str, object]:
    return dm("", subtype="file_share", user=user, files=[{"id": file_id, "name": name, "filetype": "text"}])


def test_direct_message_is_answered_in_the_dm(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(dm("What did the port authority approve?"))
    post = slack.wait_calls("chat.postMessage")[0]
    assert post.params["channel"] == "D1"
    assert "harbour" in posted_text(post.params)
    assert any(b["type"] == "context_actions" for b in post.params["blocks"])  # feedback buttons


def test_editor_uploading_a_text_file_adds_the_article(bot: BotServer, slack: SlackStandIn) -> None:
    slack.add_file("F1", "tram.txt", NEW_ARTICLE)
    before = bot.services.store.count()
    bot.event(upload(EDITOR))
    post = slack.wait_calls("chat.postMessage")[0]
    assert "Added *Council delays tram line vote*" in post.params["text"]
    assert bot.services.store.count() == before + 1
    download = slack.calls_to("download")[0]
    assert download.headers["authorization"] == "Bearer xoxb-test-token"


def test_non_editor_upload_is_refused_and_nothing_is_downloaded_or_stored(bot: BotServer, slack: SlackStandIn) -> None:
    slack.add_file("F1", "tram.txt", NEW_ARTICLE)
    before = bot.services.store.count()
    bot.event(upload("U1"))
    post = slack.wait_calls("chat.postMessage")[0]
    assert "only the newsroom's editors" in post.params["text"]
    assert slack.calls_to("files.info") == [] and slack.calls_to("download") == []
    assert bot.services.store.count() == before


def test_upload_that_is_not_utf8_gets_a_friendly_reply_and_stores_nothing(bot: BotServer, slack: SlackStandIn) -> None:
    slack.add_file("F2", "broken.txt", b"Headline\n\n\xff\xfe caf\xe9 text")
    before = bot.services.store.count()
    bot.event(upload(EDITOR, file_id="F2", name="broken.txt"))
    post = slack.wait_calls("chat.postMessage")[0]
    assert "UTF-8 text (.txt) file" in post.params["text"]
    assert "Traceback" not in posted_text(post.params)
    assert bot.services.store.count() == before


def test_upload_that_is_not_a_text_file_is_declined(bot: BotServer, slack: SlackStandIn) -> None:
    bot.event(dm("", subtype="file_share", user=EDITOR, files=[{"id": "F3", "name": "photo.jpg", "filetype": "jpg"}]))
    post = slack.wait_calls("chat.postMessage")[0]
    assert "plain-text (.txt)" in post.params["text"]
    assert slack.calls_to("files.info") == []


def test_token_is_never_sent_to_a_download_url_outside_slack(bot: BotServer, slack: SlackStandIn) -> None:
    info = slack.add_file("F4", "tram.txt", NEW_ARTICLE)
    info["url_private_download"] = "http://files.evil.example/F4"
    bot.event(upload(EDITOR, file_id="F4"))
    post = slack.wait_calls("chat.postMessage")[0]
    assert "UTF-8 text (.txt) file" in post.params["text"]
    assert slack.calls_to("download") == []
