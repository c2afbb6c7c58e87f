"""The replies to ``/ask``, ``/summary`` and ``/claims``, and the "Post to channel" that shares one.

A slash command answers privately (ephemeral).  Slack sends no ephemeral
message back with a click on its button, and running the command again could
answer differently (the LLM engine, a newer article, a channel bound since), so
the reply is kept as shown — in the store, which every worker and process
shares — under a random key that the button carries, for ``KEEP_S`` seconds.
The button then posts exactly that reply, or says it has expired.
"""

from __future__ import annotations

import json
import secrets

from bot import render, replies
from bot.render import Message
from bot.services import Services

ASK, SUMMARY, CLAIMS = "ask", "summary", "claims"
ARCHIVE_FLAG = "--all"
KEEP_S = 24 * 3600.0  # an ephemeral reply stays on screen until the client reloads; a day covers a working session


def command_messages(services: Services, kind: str, arg: str, article_id: str | None, *, channel_id: str | None) -> list[Message]:
    """The private reply to ``/ask``, ``/summary`` or ``/claims``, with a "Post to channel" button when it is an answer."""
    key = secrets.token_urlsafe(16)
    messages = _messages(services, kind, arg, article_id, channel_id, tail=[render.share_block(key)])
    if any(block.get("type") == "actions" for message in messages for block in message["blocks"]):
        shown = [{**message, "blocks": [b for b in message["blocks"] if b.get("type") != "actions"]} for message in messages]
        services.store.keep(_store_key(key), json.dumps(shown, ensure_ascii=False), KEEP_S)
    return messages


def shared_messages(services: Services, key: str, user_id: str | None) -> list[Message] | None:
    """The reply kept under ``key`` as its asker saw it, headed "<@user> shared this:"; None once it has expired."""
    kept = services.store.kept(_store_key(key)) if key else None
    if kept is None:
        return None
    messages: list[Message] = json.loads(kept)
    messages[0]["blocks"].insert(0, render.context(f"<@{user_id}> shared this:"))
    return messages


def _store_key(key: str) -> str:
    return f"shared-reply:{key}"


def _messages(
    services: Services, kind: str, arg: str, article_id: str | None, channel_id: str | None, *, tail: list[render.Block]
) -> list[Message]:
    if kind == ASK and arg.split(maxsplit=1)[:1] == [ARCHIVE_FLAG]:
        # `/ask --all QUESTION`: the whole archive, quotes grouped by article
        question = arg[len(ARCHIVE_FLAG) :].strip()
        if not question:
            return [render.notice(replies.ASK_USAGE)]
        answer = services.ask_archive(question)
        return render.answer_messages(answer, title=replies.ARCHIVE_TITLE, source=None, tail=tail)
    article = services.article_for(article_id, channel_id=channel_id)
    if kind == ASK:
        answer = services.ask(arg, article)
        return render.answer_messages(answer, title=article.title, source=article.source, tail=tail)
    if kind == SUMMARY:
        summary = services.summarize(article)
        return render.answer_messages(summary, title=article.title, source=article.source, tail=tail, heading="Summary")
    claims = services.claims_by(article, arg or None)
    if not claims:
        return [render.notice(replies.no_claims_by(arg) if arg else replies.NO_CLAIMS)]
    return render.claims_messages(claims, title=article.title, source=article.source, tail=tail)
