import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from tests.backend import open_test_store

ENGLISH = (
    "Fed holds rates\nThe Federal Reserve kept rates unchanged on Wednesday. Chair Powell said inflation was easing.\nSource: Reuters\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stored_ids() -> list[str]:
    store = open_test_store(Path(os.environ["NEWSROOM_DATA_DIR"]) / "newsroom.sqlite3")
    try:
        return store.ids()
    finally:
        store.close()


def assert_verbatim(answer: dict[str, Any], text: str) -> None:
    for c in answer["citations"]:
        assert c["quote"] == text[c["start"] : c["end"]]
        assert c["paragraph"] >= 1


@pytest.fixture
def english_file(tmp_path: Path) -> Path:
    path = tmp_path / "fed.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


def test_ask_json_answers_from_the_shipped_article_with_verbatim_citations(capsys: pytest.CaptureFixture[str], seed_text: str) -> None:
    code, out, _ = run(capsys, "ask", "--json", "What did Alibaba say?")
    answer = json.loads(out)
    assert code == 0
    assert {"question", "answered", "text", "citations", "engine"} <= answer.keys()
    assert answer["question"] == "What did Alibaba say?"
    assert answer["answered"] is True and answer["citations"]
    assert {"article", "paragraph", "start", "end", "quote"} <= answer["citations"][0].keys()
    assert_verbatim(answer, seed_text)


def test_ask_prints_quotes_with_paragraph_citations(capsys: pytest.CaptureFixture[str], seed_text: str) -> None:
    code, out, _ = run(capsys, "ask", "What did Alibaba say?")
    quotes = [line for line in out.splitlines() if line.startswith("> „")]
    assert code == 0 and quotes
    for line in quotes:
        body, cite = line[3:].rsplit("” [¶", 1)
        assert body in " ".join(seed_text.split())
        assert cite.rstrip("]").isdigit()


def test_ask_about_a_file_does_not_store_it(capsys: pytest.CaptureFixture[str], english_file: Path) -> None:
    code, out, _ = run(capsys, "ask", "--json", "--article", str(english_file), "What did Powell say?")
    answer = json.loads(out)
    assert code == 0
    assert_verbatim(answer, ENGLISH)
    assert all(c["article"] == answer["article"] for c in answer["citations"])
    assert stored_ids() == []


def test_batch_answers_one_line_per_question_in_order(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, english_file: Path, seed_text: str
) -> None:
    lines = [
        "What did Alibaba say?",
        "",
        json.dumps({"question": "What did Powell say?", "article": str(english_file)}),
        json.dumps({"question": "Co powiedziała ambasada?"}),
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = run(capsys, "ask", "--json", "-")
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [a["question"] for a in answers] == ["What did Alibaba say?", "What did Powell say?", "Co powiedziała ambasada?"]
    for answer, text in zip(answers, (seed_text, ENGLISH, seed_text), strict=True):
        assert_verbatim(answer, text)


def test_batch_line_about_an_article_id(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, english_file: Path) -> None:
    run(capsys, "ingest", str(english_file))
    [article_id] = stored_ids()
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"question": "What did Powell say?", "article": article_id}) + "\n"))
    code, out, _ = run(capsys, "ask", "--json", "-")
    answer = json.loads(out)
    assert code == 0 and answer["article"] == article_id
    assert_verbatim(answer, ENGLISH)


def test_batch_reports_a_bad_line_and_goes_on(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    lines = ['{"question": broken', json.dumps({"question": "Q?", "article": "deadbeef"}), "What did Alibaba say?"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = run(capsys, "ask", "--json", "-")
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(answers) == 3
    assert [a["answered"] for a in answers[:2]] == [False, False]
    assert "JSON" in answers[0]["error"] and "deadbeef" in answers[1]["error"]
    assert answers[2]["answered"] is True


def test_article_json_has_text_tokens_paragraphs_and_sentences(capsys: pytest.CaptureFixture[str], seed_text: str) -> None:
    code, out, _ = run(capsys, "article", "--json")
    data = json.loads(out)
    assert code == 0
    assert {"id", "title", "source", "text", "tokens", "paragraphs", "sentences"} <= data.keys()
    assert data["text"] == seed_text and data["source"] is None
    assert data["tokens"] == {"o200k_base": 1074, "cl100k_base": 1280}
    assert [p["n"] for p in data["paragraphs"] if p["heading"]] == [3, 7, 10]
    for item in data["paragraphs"] + data["sentences"]:
        assert seed_text[item["start"] : item["end"]].strip() == seed_text[item["start"] : item["end"]] != ""
    assert {s["paragraph"] for s in data["sentences"]} <= {p["n"] for p in data["paragraphs"]}


def test_article_by_path_is_shown_without_storing(capsys: pytest.CaptureFixture[str], english_file: Path) -> None:
    code, out, _ = run(capsys, "article", str(english_file), "--json")
    data = json.loads(out)
    assert code == 0 and data["text"] == ENGLISH and data["source"] == "Reuters"
    assert stored_ids() == []


def test_ingest_with_metadata_then_list_as_json(capsys: pytest.CaptureFixture[str], english_file: Path) -> None:
    code, out, _ = run(capsys, "ingest", str(english_file), "--title", "Fed", "--source", "AP", "--published", "2025-11-29")
    assert code == 0 and out.startswith("ingested: ")
    code, out, _ = run(capsys, "articles", "--json")
    rows = json.loads(out)
    assert code == 0
    fed = [r for r in rows if r["title"] == "Fed"]
    assert len(fed) == 1
    assert {"id", "title", "source", "paragraphs", "ingested_at"} <= fed[0].keys()
    assert (fed[0]["source"], fed[0]["paragraphs"], fed[0]["published"]) == ("AP", 3, "2025-11-29")


def test_ingesting_the_same_file_twice_keeps_one_copy(capsys: pytest.CaptureFixture[str], english_file: Path) -> None:
    run(capsys, "ingest", str(english_file))
    code, out, _ = run(capsys, "ingest", str(english_file))
    assert code == 0 and out.startswith("already held: ")
    assert len(stored_ids()) == 1


def test_articles_lists_the_shipped_article_on_a_fresh_store(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "articles")
    assert code == 0 and len(out.splitlines()) == 1 and "Alibaba" in out


BAD_FILES = {
    "missing": None,
    "empty": b"",
    "blank": b"  \n\n",
    "binary": b"\x7fELF\x02\x01\x01\x00\x00\x00",
    "latin2": "Zażółć gęślą jaźń".encode("iso-8859-2"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
@pytest.mark.parametrize("command", [["ingest"], ["article"], ["ask", "--json", "Q?", "--article"]])
def test_bad_file_is_one_line_on_stderr_exit_2_and_nothing_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, command: list[str]
) -> None:
    path = tmp_path / f"{kind}.txt"
    if BAD_FILES[kind] is not None:
        path.write_bytes(BAD_FILES[kind])
    code, out, err = run(capsys, *command, str(path))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("newsroom-bot: ") and str(path) in err
    assert stored_ids() == []


def test_a_bad_file_in_a_batch_is_reported_and_skipped(capsys: pytest.CaptureFixture[str], tmp_path: Path, english_file: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    code, out, err = run(capsys, "ingest", str(english_file), str(bad))
    assert code == 0 and "failed 1" in out
    assert f"failed: {bad}" in err
    assert len(stored_ids()) == 1


@pytest.mark.parametrize("command", [["article", "deadbeef"], ["ask", "--article", "deadbeef", "Q?"]])
def test_unknown_article_id_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, err = run(capsys, *command)
    assert code == 2 and out == ""
    assert err.strip() == "newsroom-bot: no article with id 'deadbeef'; run `newsroom-bot articles` to list them"
    assert stored_ids() == []


def test_empty_question_is_refused_with_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ask", " ")
    assert code == 2 and "needs a question" in err


def _console_script() -> str:
    found = Path(sys.executable).with_name("newsroom-bot")
    return str(found) if found.exists() else (shutil.which("newsroom-bot") or "newsroom-bot")


def test_console_script_rejects_a_binary_file_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    proc = subprocess.run([_console_script(), "ingest", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"newsroom-bot: {path} looks like a binary file, not a UTF-8 text article"
    assert stored_ids() == []


def test_console_script_answers_in_json(tmp_path: Path, english_file: Path) -> None:
    proc = subprocess.run(
        [_console_script(), "ask", "--json", "--article", str(english_file), "What did Powell say?"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert_verbatim(json.loads(proc.stdout), ENGLISH)
