import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge import tokens

# Counted once with tiktoken 0.14 from the hash-checked rank files.
SEED_TOKENS = {"o200k_base": 1074, "cl100k_base": 1280}
# the example of OpenAI's cookbook "How to count tokens with tiktoken"
COOKBOOK = ("tiktoken is great!", [83, 1609, 5963, 374, 2294, 0])

NO_NETWORK = """
import socket

def _refuse(*args, **kwargs):
    raise OSError("network disabled by the test")

socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""

COUNT = """
import json, socket
try:
    socket.create_connection(("127.0.0.1", 9))
    raise SystemExit("network is not blocked")
except OSError as exc:
    assert "disabled by the test" in str(exc), exc
from knowledge.library import shipped_text
from knowledge.tokens import count_tokens
print(json.dumps({name: count_tokens(shipped_text(), name) for name in ("o200k_base", "cl100k_base")}))
"""


@pytest.fixture
def offline_env(tmp_path: Path) -> dict[str, str]:
    """A fresh user: empty HOME, no tiktoken cache, and no network at all."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK)
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR", "XDG_CACHE_HOME")}
    env.update(HOME=str(home), TMPDIR=str(tmp_path), PYTHONPATH=str(site))
    return env


def test_counts_work_offline_on_a_fresh_install(offline_env: dict[str, str]) -> None:
    proc = subprocess.run([sys.executable, "-c", COUNT], env=offline_env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == SEED_TOKENS
    assert list((Path(offline_env["HOME"]) / ".cache" / "newsroom-bot" / "tiktoken").iterdir())


def test_counts_match_known_values(seed_text: str) -> None:
    assert {name: tokens.count_tokens(seed_text, name) for name in tokens.ENCODINGS} == SEED_TOKENS
    assert tokens.encoding("cl100k_base").encode(COOKBOOK[0]) == COOKBOOK[1]


def test_special_token_text_is_counted_as_plain_text() -> None:
    assert tokens.count_tokens("<|endoftext|>") > 1


def test_an_altered_cached_file_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    target = tokens.seed_cache("cl100k_base")
    target.write_bytes(b"tampered")
    assert tokens.seed_cache("cl100k_base") == target
    assert target.stat().st_size > 1_000_000


def test_cache_dir_defaults_under_the_user_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tokens.cache_dir() == tmp_path / "newsroom-bot" / "tiktoken"
    assert os.environ["TIKTOKEN_CACHE_DIR"] == str(tmp_path / "newsroom-bot" / "tiktoken")
