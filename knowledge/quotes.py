"""Quotations in a stretch of text: „…”, “…”, "…", ‚…’, «…», with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPENERS = {"„": "”“", "“": "”", "‚": "’‘", "«": "»", "»": "«"}
_WORD_RE = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_start``/``inner_end`` do not."""

    start: int
    end: int

    @property
    def inner_start(self) -> int:
        """Offset of the first quoted character."""
        return self.start + 1

    @property
    def inner_end(self) -> int:
        """Offset just after the last quoted character."""
        return self.end - 1


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Top-level quotations inside ``text[start:end]`` (nested ones are part of their parent)."""
    stop = len(text) if end is None else end
    found: list[Quote] = []
    i = start
    while i < stop:
        close = _closer(text, i, stop)
        if close is not None:
            found.append(Quote(i, close + 1))
            i = close + 1
            continue
        i += 1
    return found


def _closer(text: str, i: int, stop: int) -> int | None:
    """Where the quotation opened at ``i`` closes, or None if ``text[i]`` opens none."""
    ch = text[i]
    if ch == '"':
        # a straight quote opens only before a word and closes at the next straight quote
        if i + 1 < stop and not text[i + 1].isspace():
            j = text.find('"', i + 1, stop)
            return j if j > i + 1 else None
        return None
    closers = _OPENERS.get(ch)
    if closers is None:
        return None
    depth = 0
    for j in range(i + 1, stop):
        c = text[j]
        if c == ch and ch not in closers:
            depth += 1
        elif c in closers:
            if c == "’" and j + 1 < stop and text[j + 1].isalpha():
                continue  # an apostrophe inside a word: Veltron’s
            if depth == 0:
                return j
            depth -= 1
    return None


def is_title(text: str, q: Quote) -> bool:
    """A short quoted name such as „Wall Street Journal” or „WSJ”: capitalised words, no sentence."""
    inner = text[q.inner_start : q.inner_end]
    words = _WORD_RE.findall(inner)
    if not words or len(words) > 5 or any(p in inner for p in ".,:;!?"):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or len(w) <= 3 for w in words)
