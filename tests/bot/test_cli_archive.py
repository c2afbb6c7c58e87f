from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from tests.archive_texts import FLOOD_QUESTION


def test_ingest_folder_prints_a_summary(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(feed)]) == 0
    out = capsys.readouterr().out
    assert "ingested 3 · skipped 0 (already held) · failed 0" in out


def test_ingest_shows_a_progress_bar_when_asked(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(feed / "*.txt"), "--progress"]) == 0
    captured = capsys.readouterr()
    assert "3/3" in captured.err and "100%" in captured.err
    assert "ingested:" not in captured.out  # the bar replaces per-file lines


def test_ingest_reports_bad_files_and_keeps_the_good_ones(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (feed / "broken.txt").write_bytes(b"\xff\xfe\x00\x00")
    assert main(["ingest", str(feed)]) == 0
    out, err = capsys.readouterr()
    assert "failed 1" in out
    assert "failed: " in err and "broken.txt" in err


def test_ingest_of_only_bad_files_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x00")
    assert main(["ingest", str(broken)]) == 2
    assert capsys.readouterr().err.strip() == f"newsroom-bot: {broken} looks like a binary file, not a UTF-8 text article"


def test_ask_all_json_cites_articles_in_groups(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["ingest", str(feed)])
    capsys.readouterr()
    assert main(["ask", "--all", "--json", FLOOD_QUESTION]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["answered"] and len(data["articles"]) == 2
    assert {c["article"] for c in data["citations"]} == {a["id"] for a in data["articles"]}
    assert all({"paragraph", "start", "end", "quote"} <= set(c) for c in data["citations"])


def test_ask_refuses_all_together_with_article(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--all", "--article", "abc", "anything?"]) == 2
    assert "not both" in capsys.readouterr().err


def test_ingest_with_worker_processes_stores_every_article(feed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(feed), "--workers", "2"]) == 0
    assert "ingested 3 · skipped 0 (already held) · failed 0" in capsys.readouterr().out
    assert main(["articles", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_ask_all_batch_answers_each_line_from_the_archive(
    feed: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["ingest", str(feed)])
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{FLOOD_QUESTION}\nWhat did the pope say about Mongolia?\n"))
    assert main(["ask", "--all", "--json", "-"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["answered"] for a in answers] == [True, False]
    assert len(answers[0]["articles"]) == 2 and answers[1]["articles"] == []
