"""Errors of the bot layer; the shared tree lives in ``knowledge.errors``."""

from __future__ import annotations

from knowledge.errors import ArticleNotFound, BadArticle, BotError, StoreError

__all__ = ["ArticleNotFound", "BadArticle", "BotError", "ChannelUnavailable", "ConfigError", "LLMError", "NotAllowed", "StoreError"]


class ConfigError(BotError):
    """A setting is missing or invalid; the message names the variable to set."""


class LLMError(BotError):
    """The language model could not give a usable answer (the caller falls back)."""

    reason = "failed"  # a short code the caller maps to a fixed note for the user


class NotAllowed(BotError):
    """The user may not do this (only editors listed in NEWSROOM_EDITORS may add articles)."""


class ChannelUnavailable(BotError):
    """Slack would not let the bot post in a channel (not a member, archived, or gone)."""

    def __init__(self, channel_id: str, error: str) -> None:
        super().__init__(f"cannot post in {channel_id}: {error}")
        self.channel_id = channel_id
        self.error = error
