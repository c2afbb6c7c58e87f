"""Whether the article covers a factual question, and the evidence that answers it."""

from __future__ import annotations

import pytest

from bot.evidence import MIN_MARGIN_FEW, Evidence, gather
from bot.question import understand
from knowledge import background, embed
from knowledge.article import Article, read_text
from knowledge.segment import build_article
from tests.bot.conftest import FIXTURES


@pytest.fixture(scope="module")
def polish() -> Article:
    return build_article(read_text(FIXTURES / "szpital_pl.txt"))


def test_a_why_answer_runs_on_into_the_next_sentence_that_gives_the_reason() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Rząd ogłosił w piątek pomoc dla rolników poszkodowanych przez suszę.\n"
        "Izba Rolnicza uważa jednak, że pomoc jest za mała. Jan Kowal ocenił, że stawka powinna być wyższa, bo tyle kosztują nawozy.\n"
        "Wnioski można składać w urzędach gmin od 15 grudnia.\n"
    )
    answer = ExtractiveAnswerer().answer("Dlaczego Izba Rolnicza uważa, że pomoc jest za mała?", build_article(text))
    assert answer.answered
    assert answer.citations[0].quote.endswith("bo tyle kosztują nawozy.")


def test_an_english_share_price_asked_of_a_polish_story_with_other_prices_is_refused() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Ciepłownia w Radomsku podnosi ceny ogrzewania o 38 proc. od stycznia.\n"
        "Prezes spółki Jan Kowal powiedział, że koszty uprawnień do emisji CO2 wzrosły o 46 proc.\n"
        "Modernizacja ciepłowni ma kosztować 180 mln zł i potrwać do 2029 r.\n"
    )
    article = build_article(text)
    engine = ExtractiveAnswerer()
    assert not engine.answer("What is the heating company's share price?", article).answered
    assert not engine.answer("What was the company's profit this year?", article).answered
    assert engine.answer("How much will the modernisation cost?", article).answered


def test_a_number_in_the_headline_does_not_let_a_body_sentence_without_one_answer_how_many() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Woda z kranu w pięciu miastach do zbadania\n"
        "Autorzy raportu zastrzegają, że nie badali wpływu osadów na zdrowie mieszkańców.\n"
        "Wodociągi zapewniły w komunikacie, że woda spełnia normy od 2024 r.\n"
        "Sanepid poinformował, że zapozna się z raportem.\n"
    )
    answer = ExtractiveAnswerer().answer("How many people fell ill after drinking tap water?", build_article(text))
    assert (answer.answered, answer.citations) == (False, ())


def evidence_for(question: str, article: Article) -> Evidence:
    from bot.extractive import ExtractiveAnswerer

    index, _ = ExtractiveAnswerer().prepared(article)
    return gather(understand(question), index, embed.embed_query(question), background.vectors())


def test_a_paraphrase_sharing_no_term_is_answered_when_it_fits_the_article_clearly_better_than_generic_news(polish: Article) -> None:
    found = evidence_for("Czemu placówka nie ma medyków?", polish)
    assert found.coverage == 0.0 and found.supported
    assert "brak lekarzy" in polish.sentence_text(found.hits[0].sentence)


def test_a_question_sharing_no_term_and_fitting_generic_news_as_well_is_refused(polish: Article) -> None:
    found = evidence_for("Jaka będzie pogoda w weekend?", polish)
    assert not found.supported and found.margin < MIN_MARGIN_FEW


FERRY = (
    "Ferry operator Baltline raises fares by 15% from March\n"
    "Baltline will charge 64 euros for a single ticket between Gdansk and Karlskrona from March, the company said on Tuesday.\n"
    "Baltline blamed higher fuel prices and new port fees for the rise.\n"
    "The company carried 1.2 million passengers last year.\n"
)


def test_a_polish_share_price_asked_of_an_english_story_with_other_prices_is_refused() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(FERRY)
    assert not engine.answer("Jaki jest kurs akcji Baltline?", article).answered
    assert engine.answer("Ile kosztuje bilet z Gdańska do Karlskrony?", article).answered


def test_the_weather_in_a_city_the_story_names_is_refused_across_languages() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(FERRY)
    assert not engine.answer("Jaka będzie jutro pogoda w Karlskronie?", article).answered
    assert engine.answer("Ilu pasażerów przewiozła firma Baltline w zeszłym roku?", article).answered


def test_how_many_asked_in_the_articles_language_needs_a_sentence_with_a_number() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Burmistrz Zielonki odwołany\n"
        "Rada miasta odwołała w środę burmistrza Zielonki Piotra Lasa.\n"
        "Za odwołaniem głosowało 15 radnych, przeciw było 6.\n"
        "Piotr Las zapowiedział, że odwoła się do sądu.\n"
    )
    engine, article = ExtractiveAnswerer(), build_article(text)
    assert not engine.answer("Ile lat ma Piotr Las?", article).answered
    assert "15 radnych" in engine.answer("Ilu radnych głosowało za odwołaniem?", article).citations[0].quote


# -- names across languages -------------------------------------------------

_ELECTION = """Partia Nowy Ład obiecuje tańsze bilety. Opozycja: to obietnica bez pokrycia
Partia Nowy Ład przedstawiła w czwartek w Poznaniu program przed wyborami samorządowymi, które odbędą się 5 kwietnia 2027 r.
Koszty
Program ma kosztować 2 mld zł. Pieniądze mają pochodzić z podatku od nieruchomości.
– Mieszkańcy płacą za bilety najwięcej w kraju – powiedział lider partii Piotr Mazur.
Sondaż
Według sondażu pracowni Kwant partię popiera 21 proc. wyborców. Ruch Miejski może liczyć na 17 proc., a Zieloni na 8 proc. \
Aż 12 proc. badanych nie wie, na kogo zagłosuje.
Partia zapowiedziała, że kolejne spotkanie z wyborcami odbędzie się 3 marca w Łodzi.
"""


def test_the_weather_in_a_city_the_story_names_is_refused_when_the_story_never_mentions_weather() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(_ELECTION)
    assert not engine.answer("What will the weather be like in Łódź on Saturday?", article).answered
    assert engine.answer("How much will the programme cost?", article).answered


_PROTEST = """Harwick council cuts libraries
Harwick Borough Council approved a budget on Wednesday that will close three libraries.
About 150 protesters gathered outside the town hall before the meeting.
Police said two men were arrested after the meeting. Harwick has about 130,000 people.
"""


def test_a_count_of_an_event_the_story_never_names_is_refused() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(_PROTEST)
    assert not engine.answer("How many people were injured during the protest?", article).answered
    assert engine.answer("How many people were arrested after the meeting?", article).answered


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Kiedy odbył się proces w Elblągu?",
            "Procesy celników\n\nW 1962 roku w Gdańsku sądzono pięciu strażników portu.\n"
            "W czerwcu 1965 roku sąd w tym samym mieście skazał trzech celników. "
            "W tym samym roku kolejny proces celników odbył się w Elblągu.\n"
            "Na ławie oskarżonych zasiadło sześciu celników z Tczewa.\n",
        ),
        (
            "When was the trial in Elblag held?",
            "Customs trials\n\nIn 1962 five port guards were tried in Gdansk.\n"
            "In June 1965 a court in the same city convicted three customs officers. "
            "The same year another trial of customs officers was held in Elblag.\n"
            "Six customs officers from Tczew stood trial there.\n",
        ),
    ],
)
def test_a_when_answer_met_by_the_same_year_cites_the_sentence_before_that_gives_it(question: str, text: str) -> None:
    from bot.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer().answer(question, build_article(text))
    assert answer.answered
    assert "1965" in answer.citations[0].quote


_BREACH = """Norvale Bank loses customer data
About 90,000 customers of Norvale Bank had their addresses stolen by hackers, the bank said on Monday.
Kestrel Software said a fix had been available since May. "Customers who installed the update were not affected," spokeswoman Ida Roth said.
The bank said it would offer affected customers free credit monitoring.
"""


def test_a_count_is_answered_first_by_a_sentence_holding_one_not_a_number_free_sentence_elsewhere() -> None:
    from bot.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer().answer("How many customers were affected?", build_article(_BREACH))
    assert answer.citations[0].paragraph == 2


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Dlaczego król Norlandii zamknął granicę z Wenodą?",
            "Spór o cło\n\nKrólestwo Norlandii od lat handlowało z sąsiednią Wenodą.\n"
            "Powodem sporu była decyzja Wenody, która odmówiła płacenia ceł i zawarła sojusz z Gotlandią. "
            "W odpowiedzi król Norlandii zamknął granicę z Wenodą i zatrzymał jej statki.\n"
            "Handel wznowiono dopiero po trzech latach.\n",
        ),
        (
            "Why did the king of Norland close the border with Wenda?",
            "Customs dispute\n\nThe kingdom of Norland had traded with neighbouring Wenda for years.\n"
            "The dispute was caused by Wenda's decision to stop paying duties and to ally with Gotland. "
            "In response the king of Norland closed the border with Wenda and seized its ships.\n"
            "Trade resumed only three years later.\n",
        ),
    ],
)
def test_a_why_answer_met_by_in_response_cites_the_sentence_before_that_gives_the_reason(question: str, text: str) -> None:
    from bot.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer().answer(question, build_article(text))
    assert answer.answered
    assert answer.citations[0].quote.startswith(("Powodem sporu", "The dispute was caused"))  # the reason opens the passage
