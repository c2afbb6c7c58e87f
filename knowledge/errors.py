"""The project's exception tree; messages tell the user what to do."""

from __future__ import annotations


class BotError(Exception):
    """Base of every error the bot reports to a user as one clear line."""


class BadArticle(BotError):
    """An article file or text that cannot be ingested (missing, empty, binary, not UTF-8)."""


class ArticleNotFound(BotError):
    """No stored article has the requested id."""

    def __init__(self, article_id: str) -> None:
        super().__init__(f"no article with id {article_id!r}; run `newsroom-bot articles` to list them")
        self.article_id = article_id


class StoreError(BotError):
    """The article store could not be opened or written."""
