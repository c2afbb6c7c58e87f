"""``newsroom-bot serve``: a missing token is one clear line naming the variable, and exit status 2."""

from __future__ import annotations

import pytest

from bot.cli import main


def test_socket_mode_without_app_token_names_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve"]) == 2
    assert "SLACK_APP_TOKEN" in capsys.readouterr().err


def test_http_mode_without_bot_token_names_the_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--http"]) == 2
    assert "SLACK_BOT_TOKEN" in capsys.readouterr().err


def test_http_mode_without_signing_secret_names_the_variable(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    assert main(["serve", "--http"]) == 2
    err = capsys.readouterr().err
    assert "SLACK_SIGNING_SECRET" in err and "xoxb-1" not in err
