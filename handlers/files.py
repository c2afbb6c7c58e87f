"""Articles uploaded to the bot as .txt files in a DM (editors only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient

from bot import replies
from bot.errors import BadArticle
from bot.files import download, is_text_file
from bot.services import Services


def ingest_uploads(services: Services, client: WebClient, event: dict[str, Any], reply: Callable[[str], object]) -> None:
    """Add each text file in a ``file_share`` message as an article, or say why not."""
    user = event.get("user")
    if not services.is_editor(user):
        reply(replies.NOT_EDITOR)
        return
    for file in event.get("files") or []:
        if not is_text_file(file):
            reply(replies.NOT_A_TEXT_FILE)
            continue
        name, data = download(client, str(file.get("id")), api_url=services.config.slack_api_url)
        if not data.strip():
            raise BadArticle(f"{name} is empty")
        result = services.ingest_by(user, data, name=name)
        reply(replies.ingested(result.article.title, result.article.id, result.created))
