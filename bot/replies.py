"""What the Slack app says to people when it is not answering: usage, refusals, apologies.

Wording lives here, in one place; handlers turn exceptions into these fixed
sentences at the edge and never show an exception's text to a Slack user.
"""

from __future__ import annotations

from bot.errors import ArticleNotFound, BadArticle, BotError, ChannelUnavailable, NotAllowed
from bot.guard import BadQuestion
from bot.mrkdwn import escape

ASK_USAGE = (
    "Usage: `/ask QUESTION` — e.g. `/ask Who is quoted in the article?` I answer with quotes from the article. "
    "`/ask --all QUESTION` searches every article I hold."
)
ARCHIVE_TITLE = "the newsroom archive"
INGEST_USAGE = (
    "Usage: `/ingest` followed by the article's text (headline on the first line). You can also upload a .txt file to me in a DM."
)
ARTICLE_USAGE = "Usage: `/article` shows this channel's article; `/article ID` (editors) makes article ID the one this channel asks about."
MENTION_USAGE = "Ask me a question about the article, e.g. “Who is quoted?” — I answer with quotes from it."
NOT_EDITOR = "Sorry — only the newsroom's editors can add articles. Please ask one of them to add it."
NOT_EDITOR_BIND = "Sorry — only the newsroom's editors can change which article a channel asks about."
BAD_ARTICLE = "I couldn't read that as an article: send a non-empty UTF-8 text (.txt) file of at most {limit:,} bytes."
NOT_A_TEXT_FILE = "I can only add articles from plain-text (.txt) files."
OOPS = "Sorry — something went wrong on my side and I couldn't answer. Please try again in a moment."
FEEDBACK_THANKS = "Thanks — your feedback is recorded."
READING = "reading the article…"
NO_CLAIMS = "The article attributes no statements to anyone I could find."


def unknown_command(command: str) -> str:
    """The reply to a slash command this app does not have."""
    return f"I don't know `{escape(command)}`. Try `/ask`, `/summary`, `/claims`, `/article` or `/ingest`."


def unknown_article(article_id: str) -> str:
    """The reply to an article id that is not held."""
    return f"I don't hold an article with id `{escape(article_id[:40])}`. The bot's Home tab lists the articles I hold."


def share_expired(keep_s: float) -> str:
    """The reply to "Post to channel" once the answer it would post is no longer kept."""
    return (
        f"That answer can no longer be posted: answers are kept for {keep_s / 3600:g} hours."
        " Run the command again, then use its *Post to channel* button."
    )


def no_claims_by(speaker: str) -> str:
    """The reply when nobody in the ledger matches ``speaker``."""
    return f"The article attributes no statements to “{escape(speaker[:80])}”."


def ingested(title: str, article_id: str, created: bool) -> str:
    """The confirmation after an editor adds an article."""
    verb = "Added" if created else "I already hold"
    return f"{verb} *{escape(title)}* (id `{article_id}`). Questions now go to it unless a channel has its own article."


def bound(title: str, channel_id: str) -> str:
    """The confirmation after an editor binds an article to a channel."""
    return f"Questions in <#{channel_id}> are now about *{escape(title)}*."


def channel_article(title: str, article_id: str, bound_here: bool) -> str:
    """What ``/article`` says about the channel's current article."""
    how = "bound to this channel" if bound_here else "the latest article (no article is bound to this channel)"
    return f"This channel asks about *{escape(title)}* (id `{article_id}`), {how}."


def cannot_post(channel_id: str) -> str:
    """The DM sent when Slack would not let the bot answer in a channel."""
    return f"I couldn't post my answer in <#{channel_id}>: I'm not a member there. Invite me with `/invite @newsroom-bot` and ask again."


def for_error(exc: BotError, *, max_file_bytes: int = 0) -> str:
    """A fixed, friendly sentence for an error; never the exception's own text (except a question's refusal)."""
    if isinstance(exc, BadQuestion):
        return str(exc)  # our own wording, with the limit
    if isinstance(exc, ArticleNotFound):
        return unknown_article(exc.article_id)
    if isinstance(exc, NotAllowed):
        return NOT_EDITOR
    if isinstance(exc, BadArticle):
        return BAD_ARTICLE.format(limit=max_file_bytes or 1_000_000)
    if isinstance(exc, ChannelUnavailable):
        return cannot_post(exc.channel_id)
    return OOPS
