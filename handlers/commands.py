"""Slash commands: ``/ask``, ``/summary``, ``/claims``, ``/article``, ``/ingest``.

Each acks at once (with a usage line or refusal when the input is wrong) and
answers through ``respond``: ephemeral, with a "Post to channel" button.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond

from bot import replies
from bot.command_replies import ASK, CLAIMS, SUMMARY, command_messages
from bot.guard import BadQuestion, clean_question
from bot.mrkdwn import plain
from bot.render import Message
from bot.services import Services
from handlers.edge import friendly_errors


def _respond_all(respond: Respond, messages: list[Message], response_type: str = "ephemeral") -> None:
    for message in messages:
        respond(response_type=response_type, replace_original=False, **message)


def register(app: App, services: Services) -> None:
    """Attach every slash command, and a catch-all for commands this app does not have."""
    max_chars = services.config.max_question_chars

    def reply_with(respond: Respond) -> Callable[[str], object]:
        return lambda text: respond(text=text, response_type="ephemeral", replace_original=False)

    @app.command("/ask")
    def ask(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        try:
            question = clean_question(str(command.get("text") or ""), max_chars, slack=True)
        except BadQuestion as exc:
            ack(text=replies.ASK_USAGE if exc.reason == "empty" else str(exc))
            return
        ack()
        with friendly_errors(reply_with(respond), user_id=command.get("user_id")):
            _respond_all(respond, command_messages(services, ASK, question, None, channel_id=command.get("channel_id")))

    @app.command("/summary")
    def summary(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        ref = plain(str(command.get("text") or "")).strip() or None
        with friendly_errors(reply_with(respond), user_id=command.get("user_id")):
            _respond_all(respond, command_messages(services, SUMMARY, "", ref, channel_id=command.get("channel_id")))

    @app.command("/claims")
    def claims(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        speaker = " ".join(plain(str(command.get("text") or "")).split())[:200]
        ack()
        with friendly_errors(reply_with(respond), user_id=command.get("user_id")):
            _respond_all(respond, command_messages(services, CLAIMS, speaker, None, channel_id=command.get("channel_id")))

    @app.command("/article")
    def article(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        user, channel = command.get("user_id"), str(command.get("channel_id") or "")
        ref = plain(str(command.get("text") or "")).strip()
        if ref and not services.is_editor(user):
            ack(text=replies.NOT_EDITOR_BIND)
            return
        ack()
        with friendly_errors(reply_with(respond), user_id=user):
            if ref:
                bound = services.bind_channel(user, channel, ref)
                respond(text=replies.bound(bound.title, channel), response_type="ephemeral")
                return
            current = services.article_for(channel_id=channel)
            respond(text=replies.channel_article(current.title, current.id, services.bound_article_id(channel) == current.id))

    @app.command("/ingest")
    def ingest(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        user = command.get("user_id")
        text = plain(str(command.get("text") or ""))
        if not services.is_editor(user):
            ack(text=replies.NOT_EDITOR)
            return
        if not text.strip():
            ack(text=replies.INGEST_USAGE)
            return
        ack()
        with friendly_errors(reply_with(respond), user_id=user):
            result = services.ingest_by(user, text, name="the pasted text")
            respond(text=replies.ingested(result.article.title, result.article.id, result.created), response_type="ephemeral")

    @app.command(re.compile(r"^/"))
    def unknown(ack: Ack, command: dict[str, Any]) -> None:
        ack(text=replies.unknown_command(str(command.get("command") or "")))
