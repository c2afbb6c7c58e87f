"""Direct messages: a question gets an answer in the DM; a .txt upload from an editor becomes an article.

Threaded DM messages are the assistant's (see ``handlers.assistant``); bot posts,
edits, deletes and other subtypes never trigger an answer.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import delivery, render, replies
from bot.services import Services
from handlers.answering import answer_in_thread
from handlers.edge import friendly_errors
from handlers.files import ingest_uploads
from handlers.mentions import is_human_post


def register(app: App, services: Services) -> None:
    """Attach the message listener (all message events; only DMs are answered)."""

    @app.event("message")
    def on_message(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("channel_type") != "im" or event.get("user") == context.bot_user_id:
            return
        channel, user = event["channel"], event.get("user")
        thread_ts = event.get("thread_ts")

        def reply(text: str) -> None:
            delivery.post(client, channel=channel, thread_ts=thread_ts, messages=[render.notice(text)])

        with friendly_errors(reply, user_id=user, client=client, usage=replies.MENTION_USAGE):
            if event.get("subtype") == "file_share" and not event.get("bot_id"):
                ingest_uploads(services, client, event, reply)
                return
            if not is_human_post(event):
                return
            answer_in_thread(
                services,
                client,
                text=str(event.get("text") or ""),
                channel=channel,
                thread_ts=thread_ts,
                event_ts=event["ts"],
                bot_user_id=context.bot_user_id,
                bound_channel=None,
                mentions_only=False,
            )
