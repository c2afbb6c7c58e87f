"""Buttons: 👍/👎 feedback (stored with the question and answer) and "Post to channel"."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, App, Respond

from bot import render, replies
from bot.command_replies import KEEP_S, shared_messages
from bot.services import Services
from handlers.edge import friendly_errors

log = logging.getLogger("newsroom_bot.slack")


def _value(action: dict[str, Any]) -> dict[str, Any]:
    try:
        value = json.loads(str(action.get("value") or ""))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def register(app: App, services: Services) -> None:
    """Attach the button listeners."""

    @app.action(render.FEEDBACK_ACTION)
    def feedback(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        user = (body.get("user") or {}).get("id")
        value = _value(action)
        if value.get("v") not in ("up", "down"):
            log.warning("feedback from user %s without a usable value", user)
            return
        message = body.get("message") or {}
        with friendly_errors(lambda text: respond(text=text, response_type="ephemeral", replace_original=False), user_id=user):
            services.record_feedback(
                user_id=user,
                article_id=value.get("a"),
                question=str(value.get("q") or ""),
                answer=str(message.get("text") or ""),
                vote=value["v"],
            )
            respond(text=replies.FEEDBACK_THANKS, response_type="ephemeral", replace_original=False)

    @app.action(render.SHARE_ACTION)
    def post_to_channel(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        ack()
        user = (body.get("user") or {}).get("id")
        with friendly_errors(lambda text: respond(text=text, response_type="ephemeral", replace_original=False), user_id=user):
            messages = shared_messages(services, str(action.get("value") or ""), user)
            if messages is None:  # expired, or a button from before replies were kept
                respond(text=replies.share_expired(KEEP_S), response_type="ephemeral", replace_original=False)
                return
            for message in messages:
                respond(response_type="in_channel", replace_original=False, **message)
            respond(delete_original=True)
