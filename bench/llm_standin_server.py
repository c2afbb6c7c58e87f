#!/usr/bin/env python3
"""A stand-in OpenAI-compatible server that answers like a careless model, for scoring the LLM path end to end.

Usage:
    .venv/bin/python bench/llm_standin_server.py [--port 8765] [--gold ../shared/eval/dev.jsonl] &
    OPENAI_BASE_URL=http://127.0.0.1:8765/v1 python3 ../shared/eval/score.py ../shared/eval/dev.jsonl

It is an oracle, not a model: for each question it looks up the gold
phrases and quotes every passage it was sent that holds one, with the slips
real models make (straight quotes for „”), a prose sentence quoting invented
words, and translations wrapped in quotation marks.  The bot must still
print only verbatim quotations (quote_fidelity 1.000); recall shows what the
retrieval put in front of the "model".
"""

from __future__ import annotations

import argparse
import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_PASSAGE = re.compile(r"^\[(\d+)\] \(¶\d+(?:, [^)]*)?\) (.*)$", re.M)
DEFAULT_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.jsonl"


def reply_for(user: str, gold: dict[str, list[list[str]]]) -> dict[str, Any]:
    """The careless oracle's reply to one request."""
    question = user.split("QUESTION\n", 1)[1].split("\n", 1)[0] if "QUESTION\n" in user else ""
    phrases = [p for group in gold.get(question, []) for p in group]
    quotes = [
        {"passage": int(n), "quote": text.replace("„", '"').replace("”", '"'), "translation": "in „our” words"}
        for n, text in _PASSAGE.findall(user)
        if any(p in text for p in phrases)
    ]
    answer = 'The article covers it [1]. It "said invented words that are not there". That is all.'
    return {"answered": bool(quotes), "answer": answer, "quotes": quotes}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--gold", default=str(DEFAULT_GOLD))
    args = ap.parse_args()
    gold = {}
    for line in Path(args.gold).read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            gold[g["question"]] = g["must_cite"]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            content = json.dumps(reply_for(body["messages"][-1]["content"], gold), ensure_ascii=False)
            data = json.dumps(
                {
                    "id": "standin",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body.get("model", "standin"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print(f"stand-in model at http://127.0.0.1:{args.port}/v1", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
