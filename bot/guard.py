"""Question validation shared by every front end: clean it up, or refuse it with a clear reason."""

from __future__ import annotations

import re
import unicodedata

from bot.errors import BotError
from bot.mrkdwn import plain

_SPACE = re.compile(r"\s+")


class BadQuestion(BotError):
    """A question that cannot be answered as given; the message is the reply to the user."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _printable(text: str) -> str:
    # control and format characters (NUL, ESC, bidi overrides …) become spaces
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") else ch for ch in text)


def clean_question(raw: str, max_chars: int, *, slack: bool = False, drop_user: str | None = None) -> str:
    """The question as plain text on one line; raises :class:`BadQuestion` if empty or too long.

    ``slack=True`` first reads Slack markup (``<@U1>``, ``<http://x|y>``, ``&amp;``) back as text;
    ``drop_user`` drops mentions of that user (the bot being addressed).
    """
    text = plain(raw, drop_user=drop_user) if slack else raw
    text = _SPACE.sub(" ", _printable(unicodedata.normalize("NFC", text))).strip()
    if not text:
        raise BadQuestion("Please ask a question about the article, e.g. “Who is quoted?”", "empty")
    if len(text) > max_chars:
        raise BadQuestion(
            f"That question is {len(text):,} characters long; the limit is {max_chars:,}. Please ask something shorter.",
            "too_long",
        )
    return text
