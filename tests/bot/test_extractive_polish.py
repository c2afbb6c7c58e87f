"""The offline engine on Polish local and court stories written for these tests: accusations, traps, prices."""

from __future__ import annotations

import pytest

from bot.extractive import ExtractiveAnswerer
from knowledge.article import Article
from knowledge.segment import build_article
from tests.bot.conftest import assert_grounded

_MARKET = (
    "Przebudowa rynku w Lipowie ruszy w marcu 2027 r. Inwestycja ma kosztować 34,5 mln zł.\n"
    "– Rynek znów będzie sercem miasta – powiedział burmistrz Lipowa Jan Kos podczas spotkania z mieszkańcami.\n"
    "Radny opozycji Adam Wilk zarzucił burmistrzowi, że projekt przygotowano bez konsultacji społecznych. "
    "– To wydawanie pieniędzy w pośpiechu – powiedział Wilk.\n"
    "Kos odrzucił te zarzuty. Jak podkreślił, konsultacje odbyły się w 2025 r.\n"
    "Burmistrz zapewnił też, że miasto posadzi 120 nowych drzew.\n"
    "Radny Wilk dodał, że opozycja złoży skargę do wojewody.\n"
)


@pytest.fixture
def market() -> Article:
    return build_article(_MARKET)


@pytest.fixture
def offline() -> ExtractiveAnswerer:
    return ExtractiveAnswerer()  # articles written inline, not stored


def _paragraphs(offline: ExtractiveAnswerer, question: str, article: Article) -> list[int]:
    answer = offline.answer(question, article)
    assert answer.answered, answer
    assert_grounded(answer, article)
    return [c.paragraph for c in answer.citations]


def test_accusation_question_cites_the_partys_accusation(offline: ExtractiveAnswerer, market: Article) -> None:
    assert _paragraphs(offline, "Co zarzucił burmistrzowi radny Adam Wilk?", market) == [3]


def test_trap_of_a_party_that_denies_cites_the_denial_alone(offline: ExtractiveAnswerer, market: Article) -> None:
    answer = offline.answer("Zacytuj, gdzie burmistrz przyznaje, że projektu nie konsultowano.", market)
    assert [c.paragraph for c in answer.citations] == [4]
    assert answer.text.startswith("Artykuł nie podaje, by burmistrz to przyznał")


def test_price_of_something_the_article_never_names_is_refused(offline: ExtractiveAnswerer, market: Article) -> None:
    assert not offline.answer("Ile kosztuje bilet autobusowy w Lipowie?", market).answered


def test_price_of_what_the_article_prices_is_answered(offline: ExtractiveAnswerer, market: Article) -> None:
    assert _paragraphs(offline, "Ile ma kosztować inwestycja?", market) == [1]


def test_position_asked_in_the_genitive_is_worded_in_the_nominative(offline: ExtractiveAnswerer) -> None:
    article = build_article("Spółka Kormex ma kłopoty. W oświadczeniu przesłanym PAP spółka podała, że współpracuje z prokuraturą.\n")
    answer = offline.answer("Jakie jest stanowisko spółki Kormex?", article)
    assert answer.text.startswith("Według artykułu spółka Kormex mówi:")


def test_eu_asked_in_english_meets_the_polish_words_for_it(offline: ExtractiveAnswerer) -> None:
    article = build_article("Budowa ma kosztować 34 mln zł, z czego 21 mln zł pochodzi z funduszy unijnych.\nPrace ruszą w marcu.\n")
    answer = offline.answer("How much of the cost is covered by EU funds?", article)
    assert answer.answered and [c.paragraph for c in answer.citations] == [1]


_SQUARE = (
    "– Rynek znów będzie sercem miasta – powiedział burmistrz Lipowa Jan Kos podczas spotkania z mieszkańcami.\n"
    "Część mieszkańców popiera jednak inwestycję. – Pierwszy raz ktoś chce tu coś naprawić – powiedział PAP pan Adam, emeryt.\n"
)


def test_people_a_speaker_met_are_not_the_speaker(offline: ExtractiveAnswerer) -> None:
    answer = offline.answer("Co mówią mieszkańcy?", build_article(_SQUARE.splitlines()[0] + "\n"))
    assert 1 not in [c.paragraph for c in answer.citations]


def test_the_sentence_before_a_line_of_dialogue_describes_its_speaker(offline: ExtractiveAnswerer) -> None:
    assert _paragraphs(offline, "Co mówią mieszkańcy popierający inwestycję?", build_article(_SQUARE)) == [2]
