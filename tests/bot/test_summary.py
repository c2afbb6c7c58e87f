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


def response_lines(answer_text: str, label: str) -> list[str]:
    """The quote lines under the bullets labelled ``label``."""
    lines = answer_text.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        j = i + 1
        while line == f"• {label}" and j < len(lines) and lines[j].startswith("> "):
            out.append(lines[j])
            j += 1
    return out


def test_a_response_pointing_back_is_quoted_with_what_it_answers(offline: ExtractiveAnswerer, library: Library) -> None:
    text = (
        "Hackers stole customer data from lender Northbay, the bank says\n"
        "Northbay, a British online lender, said on Tuesday that hackers had stolen the details of 2 million customers.\n"
        "The bank said the attackers got in through a mail system run by its supplier Quillon between May 2 and May 6.\n"
        "Quillon said a fix for the flaw had been available since March and that customers who installed it were safe.\n"
        "Northbay disputed that account. A bank spokesman said Quillon had never warned it that the system was at risk.\n"
        "The data regulator said it was making enquiries into the breach and could fine the bank.\n"
    )
    answer = offline.summarize(library.ingest_text(text).article)
    quotes = response_lines(answer.text, "Response")
    assert any("a fix for the flaw had been available" in q for q in quotes)
    assert any(q.startswith("> „Northbay disputed that account. A bank spokesman said") for q in quotes)


def test_a_polish_response_pointing_back_is_quoted_with_what_it_answers(offline: ExtractiveAnswerer, library: Library) -> None:
    text = (
        "Ciepło w Zalesiu zdrożeje o jedną trzecią\n"
        "Od stycznia ogrzewanie w Zalesiu zdrożeje o 34 proc., poinformowała w środę miejska spółka ciepłownicza.\n"
        "Spółka tłumaczy podwyżkę wyższymi cenami węgla i opłatami za emisję dwutlenku węgla.\n"
        "Radni opozycji zarzucili burmistrzowi, że od lat odkładał modernizację ciepłowni i przejście na gaz.\n"
        "Burmistrz odrzucił te zarzuty. Jak powiedział, miasto nie miało pieniędzy na inwestycję przed 2025 r.\n"
        "Modernizacja ciepłowni ma kosztować 90 mln zł i potrwać do 2029 r.\n"
    )
    answer = offline.summarize(library.ingest_text(text).article)
    quotes = response_lines(answer.text, "Odpowiedź")
    assert any("zarzucili burmistrzowi" in q for q in quotes)
    assert any(q.startswith("> „Burmistrz odrzucił te zarzuty. Jak powiedział") for q in quotes)


@pytest.mark.parametrize(
    ("text", "intro", "quote"),
    [
        (
            "Regulator fines miner over river spill\n"
            "The environment agency fined mining company Rocklane 20 million dollars on Monday after a dam leak polluted a river.\n"
            "About 100,000 cubic metres of waste spilled into the river on Friday, according to the agency.\n"
            "The town of Redford said its water supply for 40,000 residents had been cut off since Saturday.\n"
            "Rocklane denied that it had ignored warnings about cracks in the dam wall before the leak.\n"
            "The environment minister said the fine was only the beginning of the case. "
            '"We will not accept profits above lives," she said.\n',
            "The environment minister said the fine",
            "We will not accept profits above lives",
        ),
        (
            "Wojewoda nakazał kontrolę taboru kolejowego\n"
            "Producent pociągów przez pół roku wiedział o wadach hamulców w dziesięciu składach – napisała w czwartek gazeta.\n"
            "Pierwsze zgłoszenia od maszynistów wpłynęły do spółki w marcu, podała agencja prasowa.\n"
            "Umowę na dostawę dziesięciu pociągów podpisano w 2023 r. za 400 mln zł ze środków unijnych.\n"
            "Producent stanowczo zaprzeczył doniesieniom gazety o wadach hamulców w swoich pociągach.\n"
            "Była członkini komisji kolejowej oceniła sprawę surowo. – Pół roku milczenia to bardzo długo. "
            "Przewoźnik powinien wiedzieć po kilku dniach – powiedziała.\n",
            "Była członkini komisji kolejowej",
            "Przewoźnik powinien wiedzieć po kilku dniach – powiedziała.",
        ),
    ],
)
def test_a_context_quote_comes_with_its_introduction(
    offline: ExtractiveAnswerer, library: Library, text: str, intro: str, quote: str
) -> None:
    article = library.ingest_text(text).article
    answer = offline.summarize(article)
    last = [c.quote for c in answer.citations if c.paragraph == 6]
    assert len(last) == 1 and last[0].startswith(intro) and quote in last[0]


@pytest.mark.parametrize(("question", "fixture"), [("What is the story about?", "harbour"), ("O czym jest ten artykuł?", "hospital")])
def test_asking_what_the_story_is_about_gets_the_lead_and_its_source_only(
    offline: ExtractiveAnswerer, request: pytest.FixtureRequest, question: str, fixture: str
) -> None:
    article: Article = request.getfixturevalue(fixture)
    answer = offline.answer(question, article)
    full = offline.summarize(article)
    assert answer.intent == "summary" and len(bullets(answer.text)) == 2
    assert answer.citations == full.citations[:2]
