"""HTTP mode: the Bolt app behind Flask at ``/slack/events``, served by gunicorn in production.

``newsroom-bot serve --http`` (the Procfile's ``web:``) and ``gunicorn 'bot.web:wsgi()'``
both build one app per worker process; workers share the store, which is also
where deliveries are deduplicated.  Only ``serve`` also embeds a deferred backlog
(``bot/backlog_job.py``), once per server rather than once per worker.
"""

from __future__ import annotations

import atexit
import logging
from typing import Any

from flask import Flask, Response, make_response, request
from slack_bolt import App
from slack_bolt.adapter.flask.handler import to_bolt_request, to_flask_response
from slack_sdk.signature import SignatureVerifier

from bot.app import build_app
from bot.config import Config, load_config
from bot.logs import setup_logging
from bot.startup import build_services

log = logging.getLogger("newsroom_bot.slack")

EVENTS_PATH = "/slack/events"


def create_flask(bolt_app: App, signing_secret: str) -> Flask:
    """The WSGI app: POST /slack/events for events, commands and interactivity; GET /healthz."""
    flask_app = Flask("newsroom-bot")
    verifier = SignatureVerifier(signing_secret)

    def unparseable() -> Response:
        # Bolt verifies signatures after parsing; a body it cannot parse is checked here first
        signed = verifier.is_valid_request(request.get_data(), dict(request.headers))
        return make_response("malformed request body" if signed else "invalid request", 400 if signed else 401)

    @flask_app.post(EVENTS_PATH)
    def slack_events() -> Response:
        try:
            bolt_request = to_bolt_request(request)
        except (ValueError, TypeError, AttributeError):  # JSON that is not JSON, or not an object
            return unparseable()
        return to_flask_response(bolt_app.dispatch(bolt_request))

    @flask_app.get("/healthz")
    def healthz() -> Response:
        return make_response("ok", 200)

    return flask_app


def wsgi(config: Config | None = None) -> Flask:
    """Factory for gunicorn: configuration, services and the Bolt app for this worker; the services close when it exits."""
    config = config or load_config()
    setup_logging(config)
    services = build_services(config, answer_in_processes=True)
    atexit.register(services.close)  # a gunicorn worker ends with sys.exit, after its last request
    return create_flask(build_app(services), config.slack_signing_secret or "")


def run_gunicorn(config: Config, *, workers: int = 2, threads: int = 32) -> None:
    """Serve HTTP mode on ``0.0.0.0:$PORT`` with gunicorn (threaded workers).

    A request thread mostly waits (a slash command's for its listener to ack, polled every
    10 ms by Bolt), so there are enough for a burst: with 8 the load bench's 50 requests in
    flight queued for a thread (ack p99 higher in each of four paired runs).
    """
    from gunicorn.app.base import BaseApplication

    class _Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            settings: dict[str, Any] = {
                "bind": f"0.0.0.0:{config.port}",
                "workers": workers,
                "threads": threads,
                "worker_class": "gthread",
                "timeout": 60,
                "accesslog": None,
            }
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self) -> Flask:
            return wsgi(config)  # built in each worker: no SQLite connection crosses a fork

    log.info("serving Slack events on port %s at %s", config.port, EVENTS_PATH)
    _Server().run()


__all__ = ["EVENTS_PATH", "create_flask", "run_gunicorn", "wsgi"]
