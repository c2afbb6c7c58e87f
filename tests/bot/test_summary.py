"""Summaries: 3-6 bullets, each with a verbatim cited quote, covering claim, basis, responses, context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.extractive import ExtractiveAnswerer
from knowledge.article import Article
from knowledge.library import Library
from tests.bot.conftest import FIXTURES, assert_grounded


def bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("•")]


@pytest.mark.parametrize("name", ["stored_seed", "harbour", "hospital"])
def test_summary_has_three_to_six_cited_bullets(offline: ExtractiveAnswerer, request: pytest.FixtureRequest, name: str) -> None:
    article: Article = request.getfixturevalue(name)
    answer = offline.summarize(article)
    assert answer.answered and answer.intent == "summary"
    assert 3 <= len(bullets(answer.text)) <= 6
    assert len(answer.citations) >= len(bullets(answer.text))
    assert_grounded(answer, article)


def test_every_bullet_is_followed_by_its_quote(offline: ExtractiveAnswerer, harbour: Article) -> None:
    lines = offline.summarize(harbour).text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("•"):
            assert lines[i + 1].startswith("> „")


def test_summary_opens_with_the_lead_and_includes_the_denial(offline: ExtractiveAnswerer, stored_seed: Article) -> None:
    answer = offline.summarize(stored_seed)
    cited = [c.paragraph for c in answer.citations]
    assert cited[0] == 1
    assert 6 in cited or 13 in cited


def test_summary_is_worded_in_the_article_language(offline: ExtractiveAnswerer, hospital: Article, harbour: Article) -> None:
    assert offline.summarize(hospital).text.startswith("Streszczenie artykułu:")
    assert offline.summarize(harbour).text.startswith("Summary of the article:")


def test_summary_question_gets_a_summary_in_the_question_language(offline: ExtractiveAnswerer, hospital: Article) -> None:
    answer = offline.answer("Summarize the article, please", hospital)
    assert answer.intent == "summary" and answer.text.startswith("Summary of the article:")


def test_cli_summary_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["summary", "--json", "--article", str(FIXTURES / "harbour_en.txt")]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["answered"] and out["intent"] == "summary" and out["engine"] == "extractive"
    text = (FIXTURES / "harbour_en.txt").read_text(encoding="utf-8")
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in out["citations"])


def test_a_short_denial_is_a_response_with_the_quote_that_carries_it_on(offline: ExtractiveAnswerer, library: Library) -> None:
    text = (
        "Gazeta: producent ukrywał usterki\n"
        "Spółka Koltex przez pół roku wiedziała o wadach hamulców w 14 pociągach – napisał we wtorek „Dziennik Morski”.\n"
        "Pierwsze zgłoszenia od maszynistów wpłynęły do spółki w marcu, podała agencja PAP.\n"
        "Umowę na dostawę pociągów podpisano w 2023 r. za 612 mln zł z funduszy unijnych.\n"
        "W kilku przypadkach droga hamowania składu wydłużyła się nawet o 40 metrów.\n"
        "Koltex stanowczo zaprzeczył doniesieniom. „Żaden z naszych pociągów nie stwarzał zagrożenia” – oświadczyła rzeczniczka.\n"
        "Koleje Morskie wycofały z ruchu cztery z czternastu pociągów do czasu zakończenia kontroli.\n"
    )
    article = library.ingest_text(text).article
    answer = offline.summarize(article)
    responses = [c.quote for c in answer.citations if c.paragraph == 6]
    assert responses == [
        "Koltex stanowczo zaprzeczył doniesieniom. „Żaden z naszych pociągów nie stwarzał zagrożenia” – oświadczyła rzeczniczka."
    ]


def test_a_denial_right_after_the_lead_is_a_response_not_the_basis(offline: ExtractiveAnswerer, library: Library) -> None:
    text = (
        "Ferry operator Brightwater skipped 20 safety drills last year, the daily Coast Post reported on Monday.\n"
        "Brightwater, which runs 14 ferries across the strait, rejected the allegations in a short statement.\n"
        "The newspaper said it had seen logbooks kept by the crews of four ferries on the northern route.\n"
        "The maritime regulator said inspectors would board two ferries next week to check the drills.\n"
    )
    answer = offline.summarize(library.ingest_text(text).article)
    lines = answer.text.splitlines()
    denial = next(i for i, line in enumerate(lines) if "rejected the allegations" in line)
    assert "Source" not in lines[denial - 1]
