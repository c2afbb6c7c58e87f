"""Slack listeners (thin: parse, ack, call a bot service, render)."""

from __future__ import annotations

from slack_bolt import App

from bot.services import Services


def register(app: App, services: Services) -> None:
    """Attach every middleware and listener to ``app``; the order matters (dedupe first, catch-alls last)."""
    from handlers import actions, assistant, commands, dedupe, home, mentions, messages

    dedupe.register(app, services)
    assistant.register(app, services)  # before the plain message listener: it claims DM threads
    mentions.register(app, services)
    messages.register(app, services)
    commands.register(app, services)
    actions.register(app, services)
    home.register(app, services)
