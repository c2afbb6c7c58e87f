"""The chat client's own rules: Retry-After parsing and the pause after repeated failures."""

from __future__ import annotations

import time
from email.utils import formatdate

import openai
import pytest

from bot.chat import ChatClient, ChatFailed, retry_after

MESSAGES = [{"role": "user", "content": "hi"}]


def test_retry_after_reads_seconds() -> None:
    assert retry_after({"retry-after": "2.5"}) == 2.5


def test_retry_after_prefers_milliseconds() -> None:
    assert retry_after({"retry-after-ms": "300", "retry-after": "9"}) == 0.3


def test_retry_after_reads_an_http_date() -> None:
    wait = retry_after({"retry-after": formatdate(time.time() + 20, usegmt=True)})
    assert wait is not None and 15 < wait <= 20


def test_retry_after_ignores_garbage() -> None:
    assert retry_after({"retry-after": "soon"}) is None


def test_pause_ends_after_pause_s() -> None:
    now = [0.0]
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0)
    chat = ChatClient(
        client, "m", response_format=None, deadline_s=5, max_retries=0, max_tokens=10, pause_after=1, pause_s=30, clock=lambda: now[0]
    )
    with pytest.raises(ChatFailed, match="gave up"):
        chat.complete(MESSAGES)
    with pytest.raises(ChatFailed, match="paused"):
        chat.complete(MESSAGES)
    now[0] = 31.0
    with pytest.raises(ChatFailed, match="gave up"):
        chat.complete(MESSAGES)
