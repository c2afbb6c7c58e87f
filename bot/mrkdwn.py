"""Slack's text markup: escaping article text for mrkdwn, and reading user text back as plain text."""

from __future__ import annotations

import re

# <@U123>, <@U123|name>, <#C123|general>, <!channel>, <!subteam^S1|@team>, <http://x|y>, <mailto:a@b|a@b>
_ANGLE = re.compile(r"<([^<>]*)>")


def escape(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` so article text can never become a mention, a link or ``@channel``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain_token(inner: str, drop_user: str | None) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        user = target[1:]
        return "" if drop_user and user == drop_user else "@" + (label or user)
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        # <!channel>, <!here>, <!subteam^S1|@team>, <!date^...|fallback>: never re-emit a live ping
        name = label or target[1:].split("^", 1)[0]
        return name if name.startswith("@") else "@" + name
    return label or target.removeprefix("mailto:")


def plain(text: str, *, drop_user: str | None = None) -> str:
    """Slack-formatted user text as plain text: ``<http://x|y>`` -> ``y``, ``<@U1>`` -> ``@U1``.

    ``drop_user`` removes mentions of that user id (the bot's own id in an ``app_mention``).
    """
    unwrapped = _ANGLE.sub(lambda m: _plain_token(m.group(1), drop_user), text)
    return unwrapped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
