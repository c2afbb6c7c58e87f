"""Posting rendered messages to Slack: split on ``msg_too_long``, stream where supported, name dead channels.

Rate limits (429 + Retry-After), 5xx and connection errors are retried by the
client's retry handlers (see ``bot.app.build_client``); what reaches this module
is an error Slack means.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import ChannelUnavailable
from bot.render import Block, Message, halve

log = logging.getLogger("newsroom_bot.slack")

CHANNEL_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "restricted_action"})
MAX_HALVINGS = 4


def _error(exc: SlackApiError) -> str:
    return str(exc.response.get("error") or "") if exc.response is not None else ""


def post(client: WebClient, *, channel: str, thread_ts: str | None, messages: Sequence[Message]) -> list[str]:
    """Post each message in order (in ``thread_ts`` when given); the timestamps of what was posted."""
    posted: list[str] = []
    for message in messages:
        posted += _post_one(client, channel, thread_ts, message, 0)
    return posted


def _post_one(client: WebClient, channel: str, thread_ts: str | None, message: Message, depth: int) -> list[str]:
    try:
        resp = client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False, **message)
        return [str(resp.get("ts") or "")]
    except SlackApiError as exc:
        error = _error(exc)
        if error == "msg_too_long" and depth < MAX_HALVINGS:
            log.info("message too long for Slack; posting it in two parts (channel %s)", channel)
            return [ts for part in halve(message) for ts in _post_one(client, channel, thread_ts, part, depth + 1)]
        if error in CHANNEL_ERRORS:
            log.warning("cannot post in channel %s: %s", channel, error)
            raise ChannelUnavailable(channel, error) from None
        raise


def tell_user(client: WebClient, user_id: str, text: str) -> None:
    """A direct message to a user (how a failure to post in a channel is reported); failures are only logged."""
    try:
        client.chat_postMessage(channel=user_id, text=text)
    except SlackApiError as exc:
        log.warning("could not DM user %s: %s", user_id, _error(exc))


def stream(
    client: WebClient,
    *,
    channel: str,
    thread_ts: str,
    markdown: str,
    fallback: Sequence[Message],
    final_blocks: Sequence[Block] = (),
    team_id: str | None = None,
    user_id: str | None = None,
) -> str:
    """Stream ``markdown`` with ``chat.startStream``; post ``fallback`` instead where streaming is not available.

    Returns ``"stream"`` or ``"post"``, the way the answer went out.
    """
    kwargs: dict[str, Any] = {"channel": channel, "thread_ts": thread_ts}
    if team_id and user_id:
        kwargs.update(recipient_team_id=team_id, recipient_user_id=user_id)
    streamer = client.chat_stream(**kwargs)
    try:
        for piece in markdown.split("\n\n"):
            streamer.append(markdown_text=piece + "\n\n")
        streamer.stop(blocks=list(final_blocks) or None)
        return "stream"
    except SlackApiError as exc:
        if streamer.ts is not None:
            raise  # part of the answer is out already; do not post it twice
        log.info("streaming not available (%s); posting the answer instead", _error(exc))
    post(client, channel=channel, thread_ts=thread_ts, messages=fallback)
    return "post"
