"""Background passages: generic news sentences on unrelated topics, pre-embedded.

The dense side of refusal asks whether an article's best passage fits a
question clearly better than an arbitrary news sentence does.  The vectors
ship with the package (embedding them at start-up would cost a second);
``python -m knowledge.background`` rebuilds them after the text changes.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from knowledge import embed
from knowledge.lang import detect_lang

_TEXT = "background.txt"
_VECTORS = "background.f16"


def sentences() -> list[str]:
    """The background sentences (comment lines skipped)."""
    raw = resources.files("knowledge").joinpath("data", _TEXT).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def fingerprint(lines: list[str]) -> bytes:
    """SHA-256 of the sentences, stored ahead of the vectors to catch a stale file."""
    return hashlib.sha256("\n".join(lines).encode("utf-8")).digest()


@lru_cache(maxsize=1)
def vectors() -> np.ndarray:
    """The (n, DIM) vectors of :func:`sentences`."""
    data = resources.files("knowledge").joinpath("data", _VECTORS).read_bytes()
    if data[:32] != fingerprint(sentences()):
        raise RuntimeError("knowledge/data/background.f16 is stale: run python -m knowledge.background")
    return embed.from_bytes(data[32:])


@lru_cache(maxsize=2)
def vectors_in(lang: str) -> np.ndarray:
    """The vectors of the background sentences written in ``lang``: a question asked in the other language than
    the article's is compared with generic news in the article's language, as its passages are (e5 scores a
    question higher against any sentence of its own language)."""
    rows = [i for i, line in enumerate(sentences()) if detect_lang(line) == lang]
    return vectors()[rows] if rows else vectors()


def rebuild() -> Path:
    """Embed the sentences and write the vector file next to them."""
    lines = sentences()
    path = Path(__file__).parent / "data" / _VECTORS
    path.write_bytes(fingerprint(lines) + embed.to_bytes(embed.embed_passages(lines)))
    return path


if __name__ == "__main__":
    print(rebuild())
