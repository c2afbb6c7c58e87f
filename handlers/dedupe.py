"""Exactly-once: a Slack delivery seen before (a retry, or another process got it) is acked and dropped.

The record lives in the store with a time-to-live, so processes sharing the
store agree on what has been answered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.services import Services

log = logging.getLogger("newsroom_bot.slack")


def delivery_key(body: dict[str, Any]) -> str | None:
    """What identifies one delivery: the event id, the command's trigger id, the action's timestamp."""
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("command") and body.get("trigger_id"):
        return f"command:{body['trigger_id']}"
    actions = body.get("actions")
    if body.get("type") == "block_actions" and isinstance(actions, list) and actions:
        first = actions[0] if isinstance(actions[0], dict) else {}
        user = (body.get("user") or {}).get("id")
        return f"action:{user}:{first.get('action_id')}:{first.get('action_ts')}"
    return None


def register(app: App, services: Services) -> None:
    """Attach the dedupe middleware before every listener."""

    @app.middleware
    def drop_repeats(req: BoltRequest, body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse | None:
        key = delivery_key(body)
        if key and not services.first_sighting(key):
            retry = req.headers.get("x-slack-retry-num", ["0"])[0]
            log.info("dropped a repeated delivery %s (retry %s)", key, retry)
            return BoltResponse(status=200, body="")
        return next()
