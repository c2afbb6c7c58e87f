"""Reading the model's reply: JSON as the schema asks, or JSON inside prose or code fences."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bot.errors import LLMError

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.S)
_NUMBER = re.compile(r"\d+")


class MalformedReply(LLMError):
    """The model's reply is not the JSON object it was asked for."""

    reason = "malformed"


@dataclass(frozen=True)
class ModelQuote:
    """A quote the model says it copied from passage ``passage`` (None when it named none)."""

    quote: str
    passage: int | None
    translation: str | None


@dataclass(frozen=True)
class ModelReply:
    """What the model answered, before any of it is checked."""

    answered: bool
    answer: str
    quotes: tuple[ModelQuote, ...]


def json_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text``: inside a code fence, or after prose; raises :class:`MalformedReply`."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for candidate in candidates:
        start = candidate.find("{")
        while start >= 0:
            try:
                obj, _ = json.JSONDecoder().raw_decode(candidate[start:])
            except json.JSONDecodeError:
                start = candidate.find("{", start + 1)
                continue
            if isinstance(obj, dict):
                return obj
            start = candidate.find("{", start + 1)
    raise MalformedReply("the model's reply holds no JSON object")


def _passage(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    m = _NUMBER.search(str(value)) if value is not None else None
    return int(m.group(0)) if m else None


def _answered(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no"):
        return value.strip().lower() in ("true", "yes")
    raise MalformedReply(f"'answered' is not a boolean: {type(value).__name__}")


def parse(text: str) -> ModelReply:
    """The reply as a :class:`ModelReply`; raises :class:`MalformedReply`."""
    obj = json_object(text)
    answer = obj.get("answer")
    quotes = obj.get("quotes", [])
    if not isinstance(answer, str) or not isinstance(quotes, list) or "answered" not in obj:
        raise MalformedReply("the model's reply lacks 'answered', 'answer' or 'quotes'")
    parsed = []
    for q in quotes:
        if isinstance(q, str):
            parsed.append(ModelQuote(q, None, None))
        elif isinstance(q, dict) and isinstance(q.get("quote"), str):
            translation = q.get("translation")
            if not (isinstance(translation, str) and translation.strip()):
                translation = None
            parsed.append(ModelQuote(q["quote"], _passage(q.get("passage")), translation))
        else:
            raise MalformedReply("a quote in the model's reply is neither text nor an object with 'quote'")
    return ModelReply(_answered(obj["answered"]), answer.strip(), tuple(parsed))
