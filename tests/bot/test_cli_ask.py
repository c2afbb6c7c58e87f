"""``newsroom-bot ask --json -`` answers a batch through the real engine."""

from __future__ import annotations

import io
import json

import pytest

from bot.cli import main
from tests.bot.conftest import FIXTURES


def test_batch_answers_each_line_in_order(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(FIXTURES / "szpital_pl.txt")
    lines = [json.dumps({"question": q, "article": path}) for q in ("Ile podpisów zebrano?", "Jaka jest pogoda w Mirowie?")]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["answered"] for a in answers] == [True, False]
    assert answers[0]["citations"][0]["paragraph"] == 6


def test_batch_applies_the_question_length_limit(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NEWSROOM_MAX_QUESTION_CHARS", "50")
    monkeypatch.setattr("sys.stdin", io.StringIO("x" * 60 + "\n"))
    assert main(["ask", "--json", "-"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["answered"] is False and "the limit is 50" in answer["error"]
