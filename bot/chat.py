"""Chat Completions through the ``openai`` client, within one deadline per answer.

Works with any server that implements ``/v1/chat/completions``: structured
output (JSON schema) is asked for first, and a server that rejects it is
asked again without it (and not asked for it again).  Rate limits (429,
honouring ``Retry-After``), 5xx replies and connection errors are retried
while the deadline allows; every failure ends as an :class:`LLMError` whose
``reason`` the caller turns into a fixed note.  We retry ourselves rather than
with the client's own retries because those know no overall deadline.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import openai

from bot.errors import LLMError

log = logging.getLogger(__name__)

_REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")  # take max_completion_tokens and no temperature
_MIN_ATTEMPT_S = 0.05
_UNAVAILABLE = frozenset({"timeout", "unreachable", "server_error", "rate_limited"})


@dataclass(frozen=True)
class Completion:
    """The model's reply text and the token usage the server reported."""

    text: str
    prompt_tokens: int | None
    completion_tokens: int | None
    structured: bool


class Chat(Protocol):
    """What the LLM engine needs from a chat model (a :class:`ChatClient`, or a stand-in)."""

    def complete(self, messages: Sequence[dict[str, str]], *, stream: bool = False) -> Completion:
        """The model's reply to ``messages``; raises :class:`LLMError`."""
        ...

    def close(self) -> None:
        """Release the connections to the server."""
        ...


class ChatFailed(LLMError):
    """The server gave no usable reply; ``reason`` is timeout, rate_limited, server_error, unreachable, rejected or failed."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"LLM request failed ({reason}): {detail}")
        self.reason = reason


def retry_after(headers: Any) -> float | None:
    """Seconds a server asks us to wait (``retry-after-ms``, ``retry-after`` seconds or HTTP date)."""
    raw_ms = headers.get("retry-after-ms")
    raw = headers.get("retry-after")
    try:
        if raw_ms:
            return max(0.0, float(raw_ms) / 1000)
        if raw:
            return max(0.0, float(raw))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(raw).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
    return None


class ChatClient:
    """Sends one chat request, retrying within ``deadline_s``; the API key stays inside the client."""

    def __init__(
        self,
        client: openai.OpenAI,
        model: str,
        *,
        response_format: dict[str, Any] | None,
        deadline_s: float,
        max_retries: int,
        max_tokens: int,
        pause_after: int = 2,
        pause_s: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.model = model
        self.response_format = response_format
        self.deadline_s = deadline_s
        self.max_retries = max_retries
        self.max_tokens = max_tokens
        self.sleep = sleep
        self.clock = clock
        self.pause_after = pause_after
        self.pause_s = pause_s
        self._failures = 0
        self._paused_until = 0.0
        self._pause_reason = "unreachable"

    def close(self) -> None:
        """Close the HTTP client's connections."""
        self.client.close()

    def complete(self, messages: Sequence[dict[str, str]], *, stream: bool = False) -> Completion:
        """The model's reply to ``messages``; raises :class:`ChatFailed`.

        After ``pause_after`` requests in a row lost to an unavailable server, requests
        fail at once for ``pause_s`` seconds, so that people do not each wait out the deadline.
        """
        if self.clock() < self._paused_until:
            raise ChatFailed(self._pause_reason, "server unavailable; paused before asking again")
        try:
            completion = self._complete(messages, stream)
        except ChatFailed as exc:
            if exc.reason in _UNAVAILABLE:
                self._failures += 1
                if self._failures >= self.pause_after:
                    log.warning(
                        "LLM unavailable %d times in a row (%s); offline answers for %.0f s", self._failures, exc.reason, self.pause_s
                    )
                    self._paused_until, self._pause_reason, self._failures = self.clock() + self.pause_s, exc.reason, 0
            raise
        self._failures = 0
        return completion

    def _complete(self, messages: Sequence[dict[str, str]], stream: bool) -> Completion:
        deadline = self.clock() + self.deadline_s
        retries = 0
        while True:
            remaining = deadline - self.clock()
            if remaining < _MIN_ATTEMPT_S:
                raise ChatFailed("timeout", f"no reply within {self.deadline_s:.1f} s")
            try:
                return self._once(messages, stream, remaining, deadline)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                if self.response_format is None:
                    raise ChatFailed("rejected", f"HTTP {exc.status_code}") from None
                log.warning("server rejected structured output (HTTP %s); asking without response_format", exc.status_code)
                self.response_format = None
                continue
            except openai.RateLimitError as exc:
                wait = retry_after(exc.response.headers)
                reason, wait = "rate_limited", _backoff(retries) if wait is None else wait
            except openai.APITimeoutError:
                raise ChatFailed("timeout", f"no reply within {self.deadline_s:.1f} s") from None
            except openai.APIConnectionError:
                reason, wait = "unreachable", _backoff(retries)
            except openai.APIStatusError as exc:
                if exc.status_code < 500:
                    raise ChatFailed("rejected", f"HTTP {exc.status_code}") from None
                reason, wait = "server_error", _backoff(retries)
            except openai.OpenAIError as exc:  # e.g. a reply that does not validate
                raise ChatFailed("failed", type(exc).__name__) from None
            retries += 1
            if retries > self.max_retries or self.clock() + wait + _MIN_ATTEMPT_S >= deadline:
                raise ChatFailed(reason, f"gave up after {retries} attempt(s)")
            log.warning("LLM request failed (%s); retry %d in %.2f s", reason, retries, wait)
            self.sleep(wait)

    def _params(self, messages: Sequence[dict[str, str]], timeout: float) -> dict[str, Any]:
        params: dict[str, Any] = {"model": self.model, "messages": list(messages), "timeout": timeout}
        if self.model.startswith(_REASONING_PREFIXES):
            params["max_completion_tokens"] = self.max_tokens
        else:
            params["max_tokens"] = self.max_tokens
            params["temperature"] = 0
        if self.response_format is not None:
            params["response_format"] = self.response_format
        return params

    def _once(self, messages: Sequence[dict[str, str]], stream: bool, timeout: float, deadline: float) -> Completion:
        structured = self.response_format is not None
        if not stream:
            resp = self.client.chat.completions.create(**self._params(messages, timeout))
            choices = getattr(resp, "choices", None)  # a proxy's error page parses as a bare string
            if not choices:
                raise ChatFailed("failed", "the server's reply holds no choices")
            usage = getattr(resp, "usage", None)
            text = choices[0].message.content or ""
            return Completion(text, usage.prompt_tokens if usage else None, usage.completion_tokens if usage else None, structured)
        chunks = self.client.chat.completions.create(**self._params(messages, timeout), stream=True, stream_options={"include_usage": True})
        parts: list[str] = []
        prompt_tokens = completion_tokens = None
        try:
            for chunk in chunks:
                if self.clock() > deadline:
                    raise ChatFailed("timeout", f"reply not finished within {self.deadline_s:.1f} s")
                if chunk.choices and chunk.choices[0].delta.content:
                    parts.append(chunk.choices[0].delta.content)
                if chunk.usage:
                    prompt_tokens, completion_tokens = chunk.usage.prompt_tokens, chunk.usage.completion_tokens
        except (ChatFailed, openai.APIError):
            raise
        except Exception as exc:  # the transport's own read errors surface here, unwrapped
            raise ChatFailed("timeout" if "timeout" in type(exc).__name__.lower() else "unreachable", type(exc).__name__) from None
        finally:
            chunks.close()
        return Completion("".join(parts), prompt_tokens, completion_tokens, structured)


def _backoff(retries: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s …"""
    return 0.5 * 2**retries * random.uniform(0.8, 1.2)
