"""Builds the Bolt app: tokens from Config, a Web API client with retry handlers, every listener attached."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler, ServerErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler

from bot.config import Config
from bot.errors import ConfigError
from bot.services import Services

log = logging.getLogger("newsroom_bot.slack")

# A slash command is acked from a listener thread, so one must be free however many
# answers are in progress: listeners mostly wait (for an answering process, for Slack),
# and the pool only starts threads as they are needed. Bolt's default is 5; 32 was too
# few for the load bench's burst (acks queued behind answers for seconds).
LISTENER_THREADS = 256


def retry_handlers(max_retries: int = 2) -> list[RetryHandler]:
    """Retry 429s after their Retry-After, 5xx and dropped connections with backoff."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=max_retries),
        RateLimitErrorRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries),
    ]


def build_client(config: Config) -> WebClient:
    """The Web API client: bot token, ``SLACK_API_URL`` as base URL, retry handlers."""
    base_url = config.slack_api_url if config.slack_api_url.endswith("/") else config.slack_api_url + "/"
    return WebClient(token=config.slack_bot_token, base_url=base_url, timeout=15, retry_handlers=retry_handlers())


def require_tokens(config: Config, *, socket_mode: bool = False) -> None:
    """Raise :class:`ConfigError` naming the first missing Slack setting."""
    if not config.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN is not set: put the app's Bot User OAuth Token (xoxb-…) in .env")
    if socket_mode:
        if not config.slack_app_token:
            raise ConfigError("SLACK_APP_TOKEN is not set: put an app-level token (xapp-…) in .env, or run `newsroom-bot serve --http`")
    elif not config.slack_signing_secret:
        raise ConfigError("SLACK_SIGNING_SECRET is not set: put the app's Signing Secret in .env")


def build_app(services: Services, *, socket_mode: bool = False) -> App:
    """The Bolt app with every listener registered; checks the token with ``auth.test`` once."""
    from handlers import register

    config = services.config
    require_tokens(config, socket_mode=socket_mode)
    app = App(
        client=build_client(config),
        signing_secret=config.slack_signing_secret,
        request_verification_enabled=not socket_mode,  # Socket Mode frames are authenticated by the app token
        # The request is acked first and answered from Bolt's worker threads.
        process_before_response=False,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="listener"),
        logger=logging.getLogger("newsroom_bot.bolt"),
    )
    register(app, services)
    return app
