"""The own-articles benchmark's cross-language selection."""

from __future__ import annotations

import json
from pathlib import Path

from bench.eval_articles import cross_language


def _gold(path: Path, langs: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": f"q{i}", "lang": lang, "question": "?"}) + "\n" for i, lang in enumerate(langs)))
    return path


def test_only_questions_in_the_other_language_than_the_article_are_kept(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rząd przyjął w środę projekt ustawy o ochronie zdrowia psychicznego dzieci i młodzieży.\n", encoding="utf-8")
    into = tmp_path / "cross.jsonl"
    assert cross_language(_gold(tmp_path / "g.jsonl", ["pl", "en", "pl", "en"]), article, into)
    assert [json.loads(line)["id"] for line in into.read_text().splitlines()] == ["q1", "q3"]


def test_an_article_with_no_other_language_question_is_reported_empty(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The government adopted a draft law on children's mental health on Wednesday.\n", encoding="utf-8")
    assert not cross_language(_gold(tmp_path / "g.jsonl", ["en", "en"]), article, tmp_path / "cross.jsonl")
