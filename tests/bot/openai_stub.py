"""A scripted OpenAI-compatible server on 127.0.0.1 that the real ``openai`` client talks to."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted response: a status and JSON body, an SSE stream, or a hang."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    stream: list[str] | None = None  # content deltas sent as server-sent events
    hang_s: float = 0.0
    stall_s: float = 0.0  # pause after the first streamed chunk


def completion(content: str, prompt_tokens: int = 100, completion_tokens: int = 20) -> dict[str, Any]:
    """A Chat Completions response body carrying ``content``."""
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": "stub-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(payload: dict[str, Any] | str, **usage: int) -> Reply:
    """A 200 reply whose message content is ``payload`` (JSON-encoded unless already text)."""
    content = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    return Reply(body=completion(content, **usage))


def error(status: int, message: str = "error", headers: dict[str, str] | None = None) -> Reply:
    """An OpenAI-style error reply."""
    return Reply(status=status, body={"error": {"message": message, "type": "invalid_request_error", "code": None}}, headers=headers or {})


class StubServer:
    """Serves scripted replies in order and records every request it receives."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[dict[str, Any]] = []
        self.times: list[float] = []
        self.headers: list[dict[str, str]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                stub.requests.append(body)
                stub.times.append(time.monotonic())
                stub.headers.append({k.lower(): v for k, v in self.headers.items()})
                reply = stub.replies.popleft() if stub.replies else error(500, "no scripted reply left")
                if reply.hang_s:
                    time.sleep(reply.hang_s)
                if reply.stream is not None:
                    self._stream(reply.stream, reply.stall_s)
                    return
                data = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, deltas: list[str], stall_s: float) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                for i, delta in enumerate(deltas):
                    chunk = {
                        "id": "chatcmpl-stub",
                        "object": "chat.completion.chunk",
                        "created": 0,
                        "model": "stub-model",
                        "choices": [{"index": 0, "delta": {"content": delta}, "finish_reason": "stop" if i == len(deltas) - 1 else None}],
                    }
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    if stall_s and i == 0:
                        time.sleep(stall_s)
                usage = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": 0, "model": "stub-model", "choices": []}
                usage["usage"] = {"prompt_tokens": 90, "completion_tokens": 30, "total_tokens": 120}
                self.wfile.write(f"data: {json.dumps(usage)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that gave up on a hanging reply closes the socket: expected here

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        """The ``/v1`` base URL to give the client."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def script(self, *replies: Reply) -> None:
        """Queue the replies for the next requests."""
        self.replies.extend(replies)

    def start(self) -> StubServer:
        """Start serving in a background thread."""
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()
