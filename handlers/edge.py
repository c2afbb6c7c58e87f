"""Where exceptions become user text: a fixed friendly sentence, never a stack trace in Slack."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from slack_sdk import WebClient

from bot import replies
from bot.delivery import tell_user
from bot.errors import BotError, ChannelUnavailable
from bot.files import MAX_FILE_BYTES
from bot.guard import BadQuestion

log = logging.getLogger("newsroom_bot.slack")

Reply = Callable[[str], object]


def _say_safely(reply: Reply, text: str) -> None:
    try:
        reply(text)
    except Exception:  # the reply path itself is broken (channel gone, response_url expired …)
        log.warning("could not deliver an error reply", exc_info=True)


@contextmanager
def friendly_errors(reply: Reply, *, user_id: str | None, client: WebClient | None = None, usage: str | None = None) -> Iterator[None]:
    """Run a handler's work; on failure, log it and ``reply`` with a fixed sentence (``usage`` for an empty question)."""
    try:
        yield
    except BadQuestion as exc:  # not a failure: the reply says what to ask instead
        _say_safely(reply, usage if usage and exc.reason == "empty" else str(exc))
    except ChannelUnavailable as exc:
        if client is not None and user_id:
            tell_user(client, user_id, replies.cannot_post(exc.channel_id))
    except BotError as exc:
        log.info("request from user %s refused: %s", user_id, type(exc).__name__)
        _say_safely(reply, replies.for_error(exc, max_file_bytes=MAX_FILE_BYTES))
    except Exception:
        log.exception("request from user %s failed", user_id)
        _say_safely(reply, replies.OOPS)
