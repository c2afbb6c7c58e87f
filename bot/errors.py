"""Errors of the bot layer; the shared tree lives in ``knowledge.errors``."""

from __future__ import annotations

from knowledge.errors import ArticleNotFound, BadArticle, BotError, StoreError

__all__ = ["ArticleNotFound", "BadArticle", "BotError", "ConfigError", "LLMError", "StoreError"]


class ConfigError(BotError):
    """A setting is missing or invalid; the message names the variable to set."""


class LLMError(BotError):
    """The language model could not give a usable answer (the caller falls back)."""

    reason = "failed"  # a short code the caller maps to a fixed note for the user
