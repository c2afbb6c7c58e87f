"""The load benchmark's harness: signed requests, the recording stand-in, the statistics, one small real run."""

from __future__ import annotations

import argparse
import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk.signature import SignatureVerifier

from bench import load_slack
from bench.load_slack import SECRET, SlackStandIn, build_deliveries, percentile, signed_headers


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    """The benchmark's Slack stand-in, running."""
    server = SlackStandIn()
    server.thread.start()
    yield server
    server.server.shutdown()


def test_signed_headers_pass_slacks_signature_check() -> None:
    delivery = build_deliveries(1, 0, "http://127.0.0.1:1", "run")[0]
    headers = signed_headers(delivery, SignatureVerifier(SECRET))
    assert SignatureVerifier(SECRET).is_valid_request(delivery.body, headers)
    assert not SignatureVerifier("another-secret").is_valid_request(delivery.body, headers)


def test_deliveries_alternate_commands_and_mentions_with_distinct_ids() -> None:
    deliveries = build_deliveries(10, 0, "http://127.0.0.1:1", "run")
    assert [d.request_id.split("-")[0] for d in deliveries[:4]] == ["cmd", "event", "cmd", "event"]
    assert len({d.request_id for d in deliveries}) == 10


def test_a_retry_repeats_an_event_body_with_a_retry_header() -> None:
    deliveries = build_deliveries(4, 1, "http://127.0.0.1:1", "run")
    retry = deliveries[-1]
    original = next(d for d in deliveries if d.request_id == retry.request_id and not d.retry)
    assert retry.body == original.body
    assert signed_headers(retry, SignatureVerifier(SECRET))["X-Slack-Retry-Num"] == "1"


def _post(url: str, params: dict[str, str]) -> dict[str, object]:
    request = urllib.request.Request(url, data=json.dumps(params).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as resp:
        return dict(json.loads(resp.read()))


def test_standin_credits_a_thread_reply_to_the_mention_it_answers(standin: SlackStandIn) -> None:
    reply = _post(standin.base + "/api/chat.postMessage", {"channel": "CLOAD", "thread_ts": "1700000000.000007", "text": "answer"})
    assert reply["ok"] is True
    assert [content for _, content in standin.got.answers["event-7"]] == [json.dumps({"blocks": None, "text": "answer"})]


def test_standin_credits_a_response_url_post_to_its_command(standin: SlackStandIn) -> None:
    _post(standin.base + "/respond/cmd-4", {"text": "answer"})
    assert len(standin.got.answers["cmd-4"]) == 1
    assert standin.got.methods["respond"] == 1


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 50), percentile(values, 99), percentile(values, 100)) == (50.0, 99.0, 100.0)
    assert percentile([0.2], 99) == 0.2


def test_a_small_run_against_the_procfile_server_answers_every_request_once(tmp_path: Path) -> None:
    args = argparse.Namespace(
        requests=6,
        concurrency=3,
        retries=2,
        workers=2,
        timeout=60.0,
        settle=0.5,
        database_url=os.environ.get("DATABASE_URL"),
        answer_processes=1,
    )
    result = load_slack.run(args, tmp_path)
    assert (result["answered"], result["answered_twice"], result["non_200"], result["error_replies"]) == (6, 0, 0, 0)
    assert result["deliveries"] == 8
