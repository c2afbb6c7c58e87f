"""A Slack thread's earlier questions, used as context for a follow-up question."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.guard import BadQuestion, clean_question

log = logging.getLogger("newsroom_bot.slack")

MAX_HISTORY = 5


def earlier_questions(
    client: WebClient, *, channel: str, thread_ts: str, before_ts: str, bot_user_id: str | None, max_chars: int, mentions_only: bool
) -> tuple[str, ...]:
    """The people's questions earlier in the thread (oldest first, at most a few); empty when Slack won't say."""
    try:
        resp = client.conversations_replies(channel=channel, ts=thread_ts, limit=50)
    except SlackApiError as exc:
        log.info("no thread history for %s: %s", channel, exc.response.get("error") if exc.response is not None else "?")
        return ()
    questions = []
    for msg in resp.get("messages") or []:
        if msg.get("bot_id") or msg.get("subtype") or float(msg.get("ts") or 0) >= float(before_ts):
            continue
        text = str(msg.get("text") or "")
        if mentions_only and bot_user_id and f"<@{bot_user_id}" not in text:
            continue
        try:
            questions.append(clean_question(text, max_chars, slack=True, drop_user=bot_user_id))
        except BadQuestion:
            continue
    return tuple(questions[-MAX_HISTORY:])
