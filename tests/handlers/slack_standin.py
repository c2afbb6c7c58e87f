"""A local stand-in for Slack: the Web API, ``response_url`` hooks and file downloads on 127.0.0.1.

It records every call, answers like Slack does for the methods the app uses,
and can be told to fail the next call(s) to a method (429, ``msg_too_long`` …).
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse

BOT_USER = "UBOT"
BOT_ID = "BBOT"
TEAM = "T1"


@dataclass
class Call:
    """One request the app made to the stand-in."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Fault:
    """A canned failure for the next call to a method."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class SlackStandIn:
    """Serves ``/api/<method>``, ``/respond/<name>`` and ``/files/<id>``."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.faults: dict[str, list[Fault]] = {}
        self.threads: dict[str, list[dict[str, Any]]] = {}
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}
        self.unsupported: set[str] = set()
        self._ts = itertools.count(1)
        self._cond = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=lambda: self._server.serve_forever(poll_interval=0.05), daemon=True)

    # -- lifecycle ------------------------------------------------------------

    def start(self) -> SlackStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    def response_url(self, name: str) -> str:
        return f"{self.base}/respond/{name}"

    # -- set-up ---------------------------------------------------------------

    def fail_next(self, method: str, status: int = 200, error: str | None = None, headers: dict[str, str] | None = None) -> None:
        """Answer the next call to ``method`` with this failure; ``status=0`` drops the connection unanswered."""
        body = {"ok": False, "error": error or "ratelimited"}
        self.faults.setdefault(method, []).append(Fault(status, body, headers or {}))

    def add_file(self, file_id: str, name: str, data: bytes, filetype: str = "text") -> dict[str, Any]:
        info = {
            "id": file_id,
            "name": name,
            "filetype": filetype,
            "size": len(data),
            "url_private_download": f"{self.base}/files/{file_id}",
        }
        self.files[file_id] = (info, data)
        return info

    # -- inspection -----------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, predicate: Callable[[list[Call]], bool], timeout: float = 5.0) -> list[Call]:
        """Block until ``predicate(calls)`` holds; the calls so far. Raises AssertionError on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self.calls):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; calls so far: {[c.method for c in self.calls]}")
                self._cond.wait(left)
            return list(self.calls)

    def wait_calls(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        self.wait_for(lambda calls: sum(c.method == method for c in calls) >= count, timeout)
        return self.calls_to(method)

    def settle(self, quiet: float = 0.3) -> None:
        """Wait until no call has arrived for ``quiet`` seconds (to check that nothing more happens)."""
        with self._cond:
            while True:
                last = self.calls[-1].at if self.calls else 0.0
                left = last + quiet - time.monotonic()
                if left <= 0:
                    return
                self._cond.wait(left)

    # -- serving --------------------------------------------------------------

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        queued = self.faults.get(method)
        if queued:
            fault = queued.pop(0)
            return fault.status, fault.body, fault.headers
        if method in self.unsupported:
            return 200, {"ok": False, "error": "unknown_method"}, {}
        ts = f"1700000000.{next(self._ts):06d}"
        if method == "auth.test":
            return 200, {"ok": True, "user_id": BOT_USER, "bot_id": BOT_ID, "team_id": TEAM, "user": "newsroom-bot", "url": self.base}, {}
        if method in ("chat.postMessage", "chat.startStream"):
            return 200, {"ok": True, "ts": ts, "channel": params.get("channel")}, {}
        if method == "conversations.replies":
            return 200, {"ok": True, "messages": self.threads.get(str(params.get("ts")), [])}, {}
        if method == "files.info":
            held = self.files.get(str(params.get("file")))
            return (200, {"ok": True, "file": held[0]}, {}) if held else (200, {"ok": False, "error": "file_not_found"}, {})
        return 200, {"ok": True}, {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _params(self) -> dict[str, Any]:
                url = urlparse(self.path)
                params: dict[str, Any] = dict(parse_qsl(url.query))
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode() if length else ""
                if raw.startswith("{"):
                    params.update(json.loads(raw))
                elif raw:
                    params.update(dict(parse_qsl(raw)))
                for key in ("blocks", "chunks"):
                    if isinstance(params.get(key), str):
                        params[key] = json.loads(params[key])
                return params

            def _send(self, status: int, body: bytes, headers: dict[str, str], content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def _serve(self) -> None:
                path = urlparse(self.path).path
                params = self._params()
                headers = {k.lower(): v for k, v in self.headers.items()}
                if path.startswith("/api/"):
                    method = path.removeprefix("/api/")
                    standin._record(Call(method, params, headers))
                    status, body, extra = standin._answer(method, params)
                    if status == 0:
                        self.close_connection = True  # hang up without a response
                        return
                    self._send(status, json.dumps(body).encode(), extra)
                elif path.startswith("/respond/"):
                    standin._record(Call("respond:" + path.removeprefix("/respond/"), params, headers))
                    self._send(200, b"ok", {}, "text/plain")
                elif path.startswith("/files/"):
                    file_id = path.removeprefix("/files/")
                    standin._record(Call("download", {"file": file_id}, headers))
                    held = standin.files.get(file_id)
                    self._send(200 if held else 404, held[1] if held else b"", {}, "text/plain")
                else:
                    self._send(404, b"{}", {})

            do_GET = _serve
            do_POST = _serve

        return Handler
