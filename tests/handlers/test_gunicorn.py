"""`newsroom-bot serve --http`: gunicorn workers (separate processes sharing the store) answer once per delivery."""

from __future__ import annotations

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

from tests.handlers.conftest import ARTICLE, SECRET
from tests.handlers.slack_standin import BOT_USER, SlackStandIn


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(slack: SlackStandIn, tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "NEWSROOM_DATA_DIR": str(tmp_path / "data"),
    }
    (tmp_path / "story.txt").write_text(ARTICLE)
    subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(tmp_path / "story.txt")], env=env, check=True, capture_output=True)
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--http", "--workers", "2"], env=env, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise AssertionError("gunicorn did not start: " + (proc.stderr.read().decode() if proc.stderr else "")) from None
            time.sleep(0.1)
    slack.wait_calls("auth.test", 2)  # both workers are up
    yield base + "/slack/events"
    proc.terminate()
    proc.wait(timeout=10)


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
