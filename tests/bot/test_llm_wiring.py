"""The LLM engine is built from configuration and chosen by ``--engine``."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Config, load_config
from bot.errors import ConfigError
from bot.llm import LLMAnswerer
from bot.services import Services
from bot.startup import build_services
from tests.bot.openai_stub import StubServer, ok

DENIAL = "są całkowicie nonsensowne"


def _ask(*argv: str) -> dict:
    out = io.StringIO()
    assert main(["ask", "--json", *argv], out=out) == 0
    return json.loads(out.getvalue())


def test_no_llm_without_openai_settings(services: Services) -> None:
    assert services.llm is None


def test_llm_engine_built_when_a_server_is_configured(config: Config, stub: StubServer) -> None:
    with build_services(load_config(data_dir=config.data_dir, openai_base_url=stub.base_url)) as svc:
        assert svc.llm is not None and isinstance(svc.answerer("auto"), LLMAnswerer) and svc.answerer("auto") is svc.llm.get()


def test_llm_engine_is_built_on_first_use_not_at_start_up(config: Config, stub: StubServer) -> None:
    with build_services(load_config(data_dir=config.data_dir, openai_base_url=stub.base_url)) as svc:
        assert svc.llm is not None and not svc.llm.built
        svc.answerer("extractive")
        assert not svc.llm.built
        svc.answerer("auto")
        assert svc.llm.built


def test_commands_that_never_ask_the_model_do_not_load_the_openai_client(tmp_path: Path) -> None:
    code = "import sys; from bot.cli import main; main(['articles']); print('openai' in sys.modules)"
    env = {**os.environ, "OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "NEWSROOM_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_context_budget_must_leave_room_for_the_prompt(config: Config) -> None:
    with pytest.raises(ConfigError, match="OPENAI_CONTEXT_TOKENS"):
        build_services(load_config(data_dir=config.data_dir, openai_api_key="sk-x", llm_context_tokens=500, llm_max_output_tokens=800))


def test_cli_auto_engine_uses_the_llm_when_configured(stub: StubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
    stub.script(
        ok({"answered": True, "answer": "It denied it [1].", "quotes": [{"passage": 7, "quote": DENIAL, "translation": "It is nonsense."}]})
    )
    answer = _ask("What did Alibaba say?")
    assert answer["engine"] == "llm" and answer["citations"][0]["quote"] == DENIAL


def test_cli_extractive_engine_skips_the_llm(stub: StubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
    assert _ask("--engine", "extractive", "What did Alibaba say?")["engine"] == "extractive"
    assert stub.requests == []


def test_cli_llm_engine_without_configuration_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--engine", "llm", "What did Alibaba say?"], out=io.StringIO()) == 2
    assert "OPENAI_API_KEY" in capsys.readouterr().err


def test_cli_falls_back_with_a_note_when_the_server_fails(stub: StubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
    monkeypatch.setenv("OPENAI_MAX_RETRIES", "0")
    answer = _ask("What did Alibaba say?")  # the stub has no scripted reply: HTTP 500
    assert answer["engine"] == "extractive" and "offline" in answer["note"]
