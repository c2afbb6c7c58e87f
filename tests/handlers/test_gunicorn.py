"""`newsroom-bot serve --http` (the Procfile's `web:`): workers sharing the store answer once per delivery; a backlog is embedded."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.cli import main
from bot.config import load_config
from bot.startup import build_services
from tests.archive_texts import BANK
from tests.handlers.conftest import ARTICLE, SECRET
from tests.handlers.slack_standin import BOT_USER, SlackStandIn


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(slack: SlackStandIn, port: int) -> dict[str, str]:
    """The environment a platform gives the web process (the test's data dir and, on that pass, DATABASE_URL)."""
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",  # newsroom-bot, as installed
        "PORT": str(port),
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
    }


def _start(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """Run ``command``; returns once it answers GET /healthz on ``port``."""
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return proc
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise AssertionError("gunicorn did not start: " + (proc.stderr.read().decode() if proc.stderr else "")) from None
            time.sleep(0.1)


def _stop(proc: subprocess.Popen[bytes]) -> int:
    proc.terminate()
    return proc.wait(timeout=10)


def _procfile(process: str) -> str:
    """The command of one Procfile process type."""
    lines = (Path(__file__).parents[2] / "Procfile").read_text().splitlines()
    return next(line.split(":", 1)[1].strip() for line in lines if line.startswith(f"{process}:"))


def _lacking_embeddings() -> list[str]:
    with build_services(load_config()) as services:
        return services.store.lacking(services.library.storage_key("embeddings"))


@pytest.fixture
def served(slack: SlackStandIn, tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = _env(slack, port)
    (tmp_path / "story.txt").write_text(ARTICLE)
    subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(tmp_path / "story.txt")], env=env, check=True, capture_output=True)
    proc = _start([sys.executable, "-m", "bot.cli", "serve", "--http", "--workers", "2"], env, port)
    slack.wait_calls("auth.test", 2)  # both workers are up
    yield f"http://127.0.0.1:{port}/slack/events"
    _stop(proc)


def _post(url: str, body: str) -> int:
    ts = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body),
    }
    with urllib.request.urlopen(urllib.request.Request(url, data=body.encode(), headers=headers), timeout=10) as resp:
        return int(resp.status)


def test_gunicorn_workers_answer_a_retried_event_once(served: str, slack: SlackStandIn) -> None:
    event = {"type": "app_mention", "user": "U1", "text": f"<@{BOT_USER}> Who approved it?", "ts": "1700000600.1", "channel": "C1"}
    body = json.dumps({"type": "event_callback", "team_id": "T1", "event_id": "EvG", "event": event})
    assert [_post(served, body) for _ in range(4)] == [200] * 4
    post = slack.wait_calls("chat.postMessage")[0]
    assert post.params["thread_ts"] == "1700000600.1"
    slack.settle(0.5)
    assert len(slack.calls_to("chat.postMessage")) == 1


def test_the_procfile_web_process_embeds_a_deferred_backlog_while_it_serves(slack: SlackStandIn, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(BANK)
    assert main(["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--defer-embeddings"], out=io.StringIO()) == 0
    assert len(_lacking_embeddings()) == 2
    port = _free_port()
    proc = _start(["bash", "-c", "exec " + _procfile("web")], {**_env(slack, port), "WEB_CONCURRENCY": "1"}, port)
    try:
        deadline = time.monotonic() + 60
        while _lacking_embeddings() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _lacking_embeddings() == []
    finally:
        assert _stop(proc) == 0
