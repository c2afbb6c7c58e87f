"""Load benchmark: concurrent signed slash commands and @mentions against the real HTTP server.

    .venv/bin/python bench/load_slack.py                          # 200 requests, 50 at a time
    .venv/bin/python bench/load_slack.py --requests 50 --concurrency 10
    .venv/bin/python bench/load_slack.py --database-url postgresql://…   # the PostgreSQL store
    .venv/bin/python bench/load_slack.py --answer-processes 0           # answer in the workers' threads

It starts the server exactly as production does — the ``web:`` line of the
Procfile (gunicorn, ``WEB_CONCURRENCY`` workers) — with the offline engine (no
OpenAI settings), pointed at a Slack Web API stand-in on 127.0.0.1 that records
every answer; the stand-in runs in a process of its own and the client is one
asyncio loop, so neither slows the other's clock.  Half the requests are ``/ask`` commands (answered through their
``response_url``), half ``app_mention`` events (answered with
``chat.postMessage`` in the mention's thread); some events are delivered a
second time with ``X-Slack-Retry-Num`` like Slack does when an ack is late.

It reports ack latency (send to HTTP response), answers delivered, answers
delivered twice and the time to the answer, checks the targets, writes
bench/out/load_slack.json and exits non-zero when a target is missed.  Every
wait is bounded: the run stops by itself after ``--timeout`` seconds at most.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from slack_sdk.signature import SignatureVerifier

from bot import replies

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
SECRET = "bench-signing-secret"
BOT_USER = "UBOTLOAD"
CHANNEL = "CLOAD"
QUESTIONS = (
    "What does the article say happened?",
    "Who said what in this story?",
    "Co mówi artykuł o raporcie?",
    "Kto skomentował sprawę?",
    "When did it happen?",
    "Jakie liczby podaje tekst?",
)
# Targets of issue 7 (200 requests at concurrency 50, offline engine, 2 cores).
ACK_LIMIT_S = 3.0
P99_TARGET_S = 0.300


# -- the Slack stand-in ----------------------------------------------------


@dataclass
class Deliveries:
    """What the stand-in received: answers per request id, and every Web API call."""

    answers: dict[str, list[tuple[float, str]]] = field(default_factory=lambda: defaultdict(list))
    methods: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, request_id: str | None, method: str, content: str) -> None:
        with self.lock:
            self.methods[method] += 1
            if request_id is not None:
                self.answers[request_id].append((time.monotonic(), content))


class _Server(ThreadingHTTPServer):
    # the default listen backlog of 5 drops connections under load: a SYN resent after 1 s
    request_queue_size = 512
    daemon_threads = True


class SlackStandIn:
    """``/api/<method>`` and ``/respond/<request id>`` on 127.0.0.1, answering like Slack."""

    def __init__(self) -> None:
        self.got = Deliveries()
        self._ts = iter(range(1, 10**9))
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                params: dict[str, Any] = json.loads(raw) if raw.startswith("{") else dict(parse_qsl(raw))
                content = json.dumps({"text": params.get("text"), "blocks": params.get("blocks")}, sort_keys=True)
                body: dict[str, Any] = {"ok": True}
                if self.path.startswith("/respond/"):
                    standin.got.record(self.path.removeprefix("/respond/"), "respond", content)
                else:
                    method = self.path.removeprefix("/api/")
                    thread_ts = params.get("thread_ts")
                    request_id = f"event-{int(str(thread_ts).split('.')[1])}" if method == "chat.postMessage" and thread_ts else None
                    standin.got.record(request_id, method, content)
                    body = _api_reply(method, next(standin._ts))
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

        return Handler


def _api_reply(method: str, n: int) -> dict[str, Any]:
    if method == "auth.test":
        return {"ok": True, "user_id": BOT_USER, "bot_id": "BLOAD", "team_id": "TLOAD", "user": "newsroom-bot", "url": "http://x/"}
    if method == "conversations.replies":
        return {"ok": True, "messages": []}
    if method == "chat.startStream":  # the stand-in does not stream: the app falls back to posting
        return {"ok": False, "error": "unknown_method"}
    return {"ok": True, "ts": f"1800000000.{n:06d}", "channel": CHANNEL}


class StandInProcess:
    """The stand-in in a process of its own, so its threads do not share the client's interpreter lock."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_standin_main, args=(child,), daemon=True)
        self.proc.start()
        self.base: str = self.conn.recv()

    def ask(self, *request: Any) -> Any:
        self.conn.send(request)
        return self.conn.recv()

    def stop(self) -> None:
        if self.proc.is_alive():
            self.ask("stop")
        self.proc.join(timeout=5)


def _standin_main(conn: Connection) -> None:
    standin = SlackStandIn()
    standin.thread.start()
    conn.send(standin.base)
    while True:
        command, *args = conn.recv()
        with standin.got.lock:
            if command == "calls":  # how many calls to one method so far
                conn.send(standin.got.methods[args[0]])
            elif command == "unanswered":  # how many of these request ids have no answer yet
                conn.send(sum(1 for i in args[0] if not standin.got.answers.get(i)))
            elif command == "record":
                conn.send(({i: list(a) for i, a in standin.got.answers.items()}, dict(standin.got.methods)))
            else:
                standin.server.shutdown()
                conn.send(None)
                return


# -- requests --------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    """One signed HTTP request to the app: a request id, its body, and whether it is a Slack retry."""

    request_id: str
    body: str
    content_type: str
    retry: int = 0


def build_deliveries(n: int, retries: int, response_base: str, run: str) -> list[Delivery]:
    """``n`` requests, alternating /ask commands and app_mention events, then ``retries`` re-deliveries of events."""
    out: list[Delivery] = []
    for i in range(n):
        question = QUESTIONS[i % len(QUESTIONS)]
        user = f"U{i % 25:04d}"
        if i % 2 == 0:
            rid = f"cmd-{i}"
            form = {
                "token": "legacy",
                "team_id": "TLOAD",
                "channel_id": CHANNEL,
                "user_id": user,
                "command": "/ask",
                "text": question,
                "response_url": f"{response_base}/respond/{rid}",
                "trigger_id": f"trig-{run}-{i}",
                "api_app_id": "ALOAD",
            }
            out.append(Delivery(rid, urlencode(form), "application/x-www-form-urlencoded"))
        else:
            text = f"<@{BOT_USER}> {question}"
            event = {"type": "app_mention", "user": user, "text": text, "ts": f"1700000000.{i:06d}", "channel": CHANNEL}
            payload = {"team_id": "TLOAD", "api_app_id": "ALOAD", "type": "event_callback", "event_id": f"Ev{run}{i}", "event": event}
            out.append(Delivery(f"event-{i}", json.dumps(payload), "application/json"))
    events = [d for d in out if d.request_id.startswith("event-")]
    out += [Delivery(d.request_id, d.body, d.content_type, retry=1) for d in events[:retries]]
    return out


def signed_headers(delivery: Delivery, verifier: SignatureVerifier, now: float | None = None) -> dict[str, str]:
    """Slack's headers for one delivery: content type, timestamp, v0 signature, retry number."""
    ts = str(int(now if now is not None else time.time()))
    headers = {
        "Content-Type": delivery.content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": verifier.generate_signature(timestamp=ts, body=delivery.body),
    }
    if delivery.retry:
        headers.update({"X-Slack-Retry-Num": str(delivery.retry), "X-Slack-Retry-Reason": "http_timeout"})
    return headers


async def send(port: int, delivery: Delivery, verifier: SignatureVerifier, timeout: float) -> tuple[float, int]:
    """POST one signed delivery on a new connection; (seconds to the whole response, HTTP status or 0 on failure)."""
    body = delivery.body.encode()
    head = {"Host": f"127.0.0.1:{port}", "Content-Length": str(len(body)), "Connection": "close", **signed_headers(delivery, verifier)}
    request = "POST /slack/events HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head.items()) + "\r\n"
    started = time.monotonic()
    try:
        async with asyncio.timeout(timeout):
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(request.encode() + body)
            await writer.drain()
            status_line = await reader.readline()
            await reader.read()  # the rest, until the server closes
            writer.close()
        return time.monotonic() - started, int(status_line.split()[1])
    except (OSError, TimeoutError, IndexError, ValueError):
        return time.monotonic() - started, 0


# -- the server under test ----------------------------------------------------


def procfile_web() -> str:
    """The ``web:`` command of the Procfile: how production starts the HTTP server."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            return line.removeprefix("web:").strip()
    raise SystemExit("Procfile has no web: line")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    port: int,
    workers: int,
    standin: StandInProcess,
    data_dir: Path,
    database_url: str | None,
    log: Path,
    answer_processes: int | None = None,
) -> subprocess.Popen[bytes]:
    """Run the Procfile's web command with the bench's environment; returns once it serves."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SLACK_", "NEWSROOM_", "DATABASE_URL"))}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        PORT=str(port),
        WEB_CONCURRENCY=str(workers),
        SLACK_BOT_TOKEN="xoxb-bench-token",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=standin.base + "/api/",
        NEWSROOM_DATA_DIR=str(data_dir),
        LOG_LEVEL="WARNING",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    if answer_processes is not None:
        env["NEWSROOM_ANSWER_PROCESSES"] = str(answer_processes)
    shipped = next((ROOT / "knowledge" / "articles").glob("*.txt"))
    subprocess.run([sys.executable, "-m", "bot.cli", "ingest", str(shipped)], env=env, cwd=ROOT, check=True, capture_output=True)
    proc = subprocess.Popen(["bash", "-c", "exec " + procfile_web()], env=env, cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while standin.ask("calls", "auth.test") < workers:  # each worker checks its token once it has built the app
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_server(proc)
            raise SystemExit(f"the server did not start; its log:\n{log.read_text()[-3000:]}")
        time.sleep(0.05)
    return proc


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)  # gunicorn's graceful shutdown
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- the run -------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (``p`` in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else float("nan")


def run(args: argparse.Namespace, out: Path = OUT) -> dict[str, Any]:
    """Start the stand-in and the server, fire, stop both; the figures (the server's log goes to ``out``)."""
    standin = StandInProcess()
    out.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory(prefix="load_slack-") as tmp:
            port = free_port()
            log = out / "load_slack.server.log"
            proc = start_server(port, args.workers, standin, Path(tmp) / "data", args.database_url, log, args.answer_processes)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            try:
                result = asyncio.run(fire(args, port, standin))
            finally:
                stop_server(proc)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        standin.stop()
    # CPU of the server's processes over their whole life, start-up included
    result["server_cpu_s"] = round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2)
    return result


async def fire(args: argparse.Namespace, port: int, standin: StandInProcess) -> dict[str, Any]:
    """Send every delivery, ``args.concurrency`` at a time; wait (bounded) for the answers; the figures."""
    load_before = os.getloadavg()[0]
    deliveries = build_deliveries(args.requests, args.retries, standin.base, str(int(time.time())))
    verifier = SignatureVerifier(SECRET)
    deadline = time.monotonic() + args.timeout
    sent_at: dict[str, float] = {}
    slots = asyncio.Semaphore(args.concurrency)

    async def one(delivery: Delivery) -> tuple[Delivery, float, int]:
        async with slots:
            if not delivery.retry:
                sent_at[delivery.request_id] = time.monotonic()
            seconds, status = await send(port, delivery, verifier, timeout=max(0.1, min(10.0, deadline - time.monotonic())))
            return delivery, seconds, status

    started = time.monotonic()
    acks = await asyncio.gather(*(one(d) for d in deliveries))
    sent_s = time.monotonic() - started

    ids = [d.request_id for d in deliveries if not d.retry]
    while time.monotonic() < deadline and standin.ask("unanswered", ids):
        await asyncio.sleep(0.05)
    await asyncio.sleep(min(args.settle, max(0.0, deadline - time.monotonic())))  # late duplicates, if any, arrive now
    wall_s = time.monotonic() - started
    recorded, methods = standin.ask("record")
    answers = {i: recorded.get(i, []) for i in ids}

    ack_s = [s for _, s, _ in acks]
    first_answer_s = [answers[i][0][0] - sent_at[i] for i in ids if answers[i]]
    twice = [i for i in ids if max(Counter(content for _, content in answers[i]).values(), default=0) > 1]
    result = {
        "requests": len(ids),
        "slack_retries": args.retries,
        "concurrency": args.concurrency,
        "workers": args.workers,
        "answer_processes": "default" if args.answer_processes is None else args.answer_processes,  # per worker
        "cpus": os.cpu_count(),
        "load_avg_1m_before": round(load_before, 2),  # other work on the machine skews every figure
        "store": "postgresql" if args.database_url else "sqlite",
        "server": procfile_web(),
        "ack_p50_ms": round(percentile(ack_s, 50) * 1000, 1),
        "ack_p99_ms": round(percentile(ack_s, 99) * 1000, 1),
        "ack_max_ms": round(max(ack_s) * 1000, 1),
        "ack_p99_commands_ms": round(percentile([s for d, s, _ in acks if d.request_id.startswith("cmd-")], 99) * 1000, 1),
        "ack_p99_events_ms": round(percentile([s for d, s, _ in acks if d.request_id.startswith("event-")], 99) * 1000, 1),
        "acked_under_3s": sum(1 for _, s, status in acks if status == 200 and s < ACK_LIMIT_S),
        "deliveries": len(acks),
        "non_200": sum(1 for _, _, status in acks if status != 200),
        "answered": sum(1 for i in ids if answers[i]),
        "answered_twice": len(twice),
        "error_replies": sum(1 for i in ids if any(replies.OOPS in content for _, content in answers[i])),
        "answer_p50_s": round(percentile(first_answer_s, 50), 2),
        "answer_p99_s": round(percentile(first_answer_s, 99), 2),
        "send_s": round(sent_s, 2),
        "wall_s": round(wall_s, 2),
        "web_api_calls": methods,
    }
    result["targets_met"] = (
        result["acked_under_3s"] == len(acks)
        and result["ack_p99_ms"] < P99_TARGET_S * 1000
        and result["answered"] == len(ids)
        and result["answered_twice"] == 0
        and result["error_replies"] == 0
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="distinct requests (half /ask, half @mentions)")
    parser.add_argument("--concurrency", type=int, default=50, help="requests in flight at once")
    parser.add_argument("--retries", type=int, default=20, help="events delivered a second time with X-Slack-Retry-Num")
    parser.add_argument("--workers", type=int, default=2, help="WEB_CONCURRENCY: gunicorn worker processes")
    parser.add_argument("--timeout", type=float, default=120.0, help="the whole run stops after this many seconds")
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to wait for duplicates after the last answer")
    parser.add_argument("--database-url", help="run against this PostgreSQL store instead of SQLite")
    parser.add_argument(
        "--answer-processes", type=int, help="NEWSROOM_ANSWER_PROCESSES: answering processes per worker (0: in the worker's threads)"
    )
    args = parser.parse_args(argv)
    result = run(args)
    (OUT / "load_slack.json").write_text(json.dumps(result, indent=2) + "\n")
    for key, value in result.items():
        print(f"{key:>16}: {value}")
    targets = f"ack < {ACK_LIMIT_S} s each, p99 < {P99_TARGET_S * 1000:.0f} ms, all answered once"
    print("targets met" if result["targets_met"] else "TARGETS MISSED", f"({targets})")
    return 0 if result["targets_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
