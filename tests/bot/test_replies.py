"""User-facing wording: errors become fixed sentences, never the exception's own text."""

from __future__ import annotations

from bot import replies
from bot.errors import ArticleNotFound, BadArticle, BotError, ChannelUnavailable, NotAllowed, StoreError
from bot.guard import BadQuestion


def test_internal_errors_never_leak_their_text() -> None:
    for exc in (StoreError("cannot open /srv/secret/db: disk I/O error"), BotError("token xoxb-123 rejected")):
        assert replies.for_error(exc) == replies.OOPS


def test_bad_article_gets_a_fixed_sentence_without_paths() -> None:
    text = replies.for_error(BadArticle("/tmp/upload/x.txt is not valid UTF-8 (byte 3)"), max_file_bytes=1000)
    assert "/tmp" not in text and "1,000 bytes" in text


def test_unknown_article_is_named_escaped_and_capped() -> None:
    text = replies.for_error(ArticleNotFound("<!channel>" + "x" * 100))
    assert "&lt;!channel&gt;" in text and "<!channel>" not in text and len(text) < 200


def test_refusals_for_editors_only_and_questions() -> None:
    assert replies.for_error(NotAllowed("user U1 is not an editor")) == replies.NOT_EDITOR
    assert replies.for_error(BadQuestion("the limit is 5", "too_long")) == "the limit is 5"


def test_channel_trouble_tells_how_to_fix_it() -> None:
    assert "/invite" in replies.for_error(ChannelUnavailable("C1", "not_in_channel"))


def test_unknown_command_is_escaped() -> None:
    assert (
        replies.unknown_command("/x<!here>")
        == "I don't know `/x&lt;!here&gt;`. Try `/ask`, `/summary`, `/claims`, `/article` or `/ingest`."
    )
