"""@mentions in a channel: answer in the mention's thread, with the thread's earlier questions as context."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot import delivery, render, replies
from bot.services import Services
from handlers.answering import answer_in_thread
from handlers.edge import friendly_errors


def is_human_post(event: dict[str, Any]) -> bool:
    """False for bot posts, edits, deletes and other message subtypes."""
    return not (event.get("bot_id") or event.get("subtype") or event.get("edited") or event.get("bot_profile"))


def register(app: App, services: Services) -> None:
    """Attach the app_mention listener."""

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if not is_human_post(event):
            return
        channel, user = event["channel"], event.get("user")
        thread_ts = event.get("thread_ts") or event["ts"]

        def reply(text: str) -> None:
            delivery.post(client, channel=channel, thread_ts=thread_ts, messages=[render.notice(text)])

        with friendly_errors(reply, user_id=user, client=client, usage=replies.MENTION_USAGE):
            answer_in_thread(
                services,
                client,
                text=str(event.get("text") or ""),
                channel=channel,
                thread_ts=thread_ts,
                event_ts=event["ts"],
                bot_user_id=context.bot_user_id,
                bound_channel=channel,
                mentions_only=True,
            )
