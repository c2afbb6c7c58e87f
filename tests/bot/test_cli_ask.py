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
