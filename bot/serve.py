"""``newsroom-bot serve``: Socket Mode (development, no public URL) or HTTP mode (``--http``)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager

from slack_bolt.error import BoltError as SlackBoltError

from bot import backlog_job
from bot.app import build_app, require_tokens
from bot.config import Config
from bot.errors import ConfigError
from bot.logs import setup_logging
from bot.startup import build_services

log = logging.getLogger("newsroom_bot.slack")


def serve(config: Config, *, http: bool = False, workers: int = 2) -> int:
    """Run the Slack app until interrupted; :class:`ConfigError` names a missing or rejected setting."""
    setup_logging(config)
    if http:
        require_tokens(config)
        from bot.web import run_gunicorn

        with _backlog(config):
            run_gunicorn(config, workers=workers)
        return 0
    if not config.slack_app_token:
        raise ConfigError("SLACK_APP_TOKEN is not set: Socket Mode needs an app-level token (xapp-…); or run `newsroom-bot serve --http`")
    require_tokens(config, socket_mode=True)
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    with build_services(config, answer_in_processes=True) as services:
        try:
            app = build_app(services, socket_mode=True)
        except SlackBoltError:
            raise ConfigError("Slack rejected SLACK_BOT_TOKEN (auth.test failed): check the token in .env") from None
        log.info("connecting to Slack in Socket Mode")
        with _backlog(config):
            SocketModeHandler(app, config.slack_app_token).start()
    return 0


@contextmanager
def _backlog(config: Config) -> Iterator[None]:
    """Embed deferred articles in a niced child process while the app serves."""
    process = backlog_job.start(config)
    owner = os.getpid()
    try:
        yield
    finally:
        if os.getpid() == owner:  # a gunicorn worker forked inside this block exits through it too: the child is not its to stop
            backlog_job.stop(process)
