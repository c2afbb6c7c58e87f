"""Questions asked in the other language than the article's: ranked with weights of their own, weighed against
generic news in the article's language."""

from __future__ import annotations

import numpy as np
import pytest

from bot import attribution, ranker
from bot.extractive import ExtractiveAnswerer
from bot.question import understand
from knowledge import background, embed
from knowledge.article import Article
from knowledge.segment import build_article
from knowledge.terms import terms

FLOOD_EN = (
    "Storm floods the old town of Bruges; museum closes for a month\n"
    "Heavy rain flooded the old town of Bruges on Sunday night, the city council said on Monday.\n"
    "Water reached 40 centimetres in the Groeninge Museum, which will stay closed until the end of March.\n"
    "About 300 residents spent the night in a sports hall, the council said.\n"
    "Mayor Dirk De fauw said the drainage system had not been cleaned for years.\n"
    "Insurers estimate the damage at 25 million euros.\n"
)
FLOOD_PL = (
    "Burza zalała starówkę w Elblągu. Muzeum zamknięte na miesiąc\n"
    "Ulewny deszcz zalał w niedzielę wieczorem starówkę w Elblągu – poinformował w poniedziałek urząd miasta.\n"
    "Woda sięgnęła 40 centymetrów w Muzeum Archeologiczno-Historycznym, które pozostanie zamknięte do końca marca.\n"
    "Około 300 mieszkańców spędziło noc w hali sportowej – przekazał urząd.\n"
    "Prezydent Elbląga Michał Missan ocenił, że kanalizacja deszczowa nie była czyszczona od lat.\n"
    "Ubezpieczyciele szacują straty na 25 mln zł.\n"
)


@pytest.fixture(scope="module")
def english() -> Article:
    return build_article(FLOOD_EN)


@pytest.fixture(scope="module")
def polish() -> Article:
    return build_article(FLOOD_PL)


def best_sentence(question: str, article: Article) -> str:
    index, _ = ExtractiveAnswerer().prepared(article)
    q = understand(question)
    ranked = ranker.rank(q, index, terms(q.text, q.lang), embed.embed_query(q.text))
    return article.sentence_text(ranked[0].hit.sentence)


def test_the_background_in_one_language_holds_only_its_sentences() -> None:
    polish_rows = [i for i, line in enumerate(background.sentences()) if "ą" in line or "ę" in line or "ł" in line]
    vectors = background.vectors_in("pl")
    assert 0 < len(vectors) < len(background.vectors())
    assert all(any(np.allclose(background.vectors()[i], row) for row in vectors) for i in polish_rows)


@pytest.mark.parametrize(
    ("question", "held"),
    [("Ile wynoszą szkody?", "25 million euros"), ("Ile osób spędziło noc w hali sportowej?", "About 300 residents")],
)
def test_a_polish_question_on_an_english_article_ranks_the_answer_first(question: str, held: str, english: Article) -> None:
    assert held in best_sentence(question, english)


@pytest.mark.parametrize(
    ("question", "held"),
    [("How much is the damage?", "25 mln zł"), ("How high did the water reach in the museum?", "40 centymetrów")],
)
def test_an_english_question_on_a_polish_article_ranks_the_answer_first(question: str, held: str, polish: Article) -> None:
    assert held in best_sentence(question, polish)


def test_across_languages_the_heading_never_outranks_the_body_sentence_saying_it_in_full(english: Article) -> None:
    assert not best_sentence("Na jak długo zamknięto muzeum?", english).startswith("Storm floods")


def test_a_polish_question_on_an_english_article_fits_it_better_than_english_generic_news(english: Article) -> None:
    # against all generic news the Polish question fits the Polish sentences there better than the article
    answer = ExtractiveAnswerer().answer("Do kiedy muzeum będzie zamknięte?", english)
    assert answer.answered
    assert "until the end of March" in answer.citations[0].quote


def test_an_english_question_on_a_polish_article_is_weighed_against_polish_generic_news(polish: Article) -> None:
    question = "How much is the damage?"
    answer = ExtractiveAnswerer().answer(question, polish)
    vector = embed.embed_query(question)
    index, _ = ExtractiveAnswerer().prepared(polish)
    best = max(float(index.vectors[s.index] @ vector) for s in index.sentences if "25 mln" in polish.sentence_text(s))
    assert answer.extra["margin"] == round(best - float((background.vectors_in("pl") @ vector).max()), 4)


def test_a_question_the_article_does_not_answer_is_still_refused_in_both_directions(english: Article, polish: Article) -> None:
    engine = ExtractiveAnswerer()
    assert not engine.answer("Czy ktoś został ranny?", english).answered
    assert not engine.answer("Was anyone hurt?", polish).answered


def test_the_cross_features_have_one_weight_each(english: Article) -> None:
    index, _ = ExtractiveAnswerer().prepared(english)
    q = understand("Ile wynoszą szkody?")
    hits, matrix = ranker.features(q, index, terms(q.text, q.lang), embed.embed_query(q.text))
    assert ranker.cross_matrix(hits, matrix, english).shape == (len(hits), len(ranker.CROSS_WEIGHTS))
    assert len(ranker.CROSS_FEATURES) == len(ranker.CROSS_WEIGHTS)


CRANE_EN = (
    "Crane collapses at Gdynia port; director blames manufacturer\n"
    "A container crane collapsed at the port of Gdynia on Tuesday, injuring two workers, the port authority said.\n"
    "Kowalczyk said the crane had passed an inspection in May and questioned the findings of a union safety report. "
    "She blamed the crane's manufacturer for faulty bolts.\n"
    "Port director Anna Kowalczyk is in charge of the terminal since 2021.\n"
    "Union leader Marek Zieliński said workers had warned about the crane for months.\n"
)
CRANE_PL = (
    "Dźwig runął w porcie w Gdyni. Dyrektorka obwinia producenta\n"
    "We wtorek w porcie w Gdyni runął dźwig kontenerowy, raniąc dwóch pracowników – poinformował zarząd portu.\n"
    "Dyrektor portu Anna Kowalczyk zakwestionowała ustalenia raportu związkowców, mówiąc, że dźwig przeszedł przegląd w maju. "
    "Za wadliwe śruby obwiniła producenta dźwigu.\n"
    "Kowalczyk kieruje terminalem od 2021 roku.\n"
    "Przewodniczący związku Marek Zieliński powiedział, że pracownicy od miesięcy ostrzegali przed dźwigiem.\n"
)


def test_the_sentence_after_a_partys_statement_counts_as_its_words() -> None:
    article = build_article(CRANE_PL)
    index, ledger = ExtractiveAnswerer().prepared(article)
    spoken = attribution.spoken_by(index, ledger, "Kowalczyk", "en")
    said = {s.index for s in article.sentences if "zakwestionowała" in article.sentence_text(s)}
    after = {s.index for s in article.sentences if "obwiniła" in article.sentence_text(s)}
    assert said | after <= spoken
    assert not any("kieruje terminalem" in article.sentence_text(s) for s in article.sentences if s.index in spoken)


@pytest.mark.parametrize(
    ("question", "text", "held"),
    [
        ("Who does Kowalczyk blame for the faulty bolts?", CRANE_PL, "obwiniła producenta"),
        ("Kogo Kowalczyk obwinia za wadliwe śruby?", CRANE_EN, "blamed the crane's manufacturer"),
    ],
)
def test_what_a_named_party_blames_is_answered_from_its_own_words_across_languages(question: str, text: str, held: str) -> None:
    answer = ExtractiveAnswerer().answer(question, build_article(text))
    assert answer.answered and answer.question == question
    assert held in answer.citations[0].quote


@pytest.mark.parametrize(
    ("question", "text", "held"),
    [("What does Kowalczyk question?", CRANE_PL, "zakwestionowała"), ("Co kwestionuje Kowalczyk?", CRANE_EN, "questioned")],
)
def test_what_a_named_party_questions_is_answered_from_its_own_words_across_languages(question: str, text: str, held: str) -> None:
    answer = ExtractiveAnswerer().answer(question, build_article(text))
    assert answer.answered and held in answer.citations[0].quote


SHIPYARD_PL = (
    "Stocznia Baltmar zwiększa zatrudnienie\n"
    "Stocznia Baltmar z Elbląga zatrudni w przyszłym roku 300 spawaczy – poinformował prezes firmy Piotr Sowa.\n"
    "Baltmar jest notowany na warszawskiej giełdzie od 2019 r. i buduje głównie promy.\n"
    "W 2025 r. stocznia miała 800 mln zł przychodów i zwodowała cztery statki.\n"
    "Związkowcy z Baltmaru domagają się podwyżek.\n"
)
SHIPYARD_EN = (
    "Baltmar shipyard to hire more welders\n"
    "The Baltmar shipyard in Elblag will hire 300 welders next year, chief executive Piotr Sowa said on Monday.\n"
    "Baltmar has been listed in Warsaw since 2019 and mainly builds ferries.\n"
    "In 2025 the yard had revenue of 190 million euros and launched four ships.\n"
    "Unions at Baltmar are demanding pay rises.\n"
)


def test_numbers_meet_whatever_their_separators() -> None:
    assert list(ranker.shared_numbers("in 2025, 1.2 billion", ["W 2025 r. 1,2 mld zł", "od 2019 r.", "2025"])) == [1.0, 0.0, 0.5]
    assert not ranker.shared_numbers("What were the revenues?", ["W 2025 r."]).any()


@pytest.mark.parametrize(
    ("question", "text", "held"),
    [
        ("What were Baltmar's revenues in 2025?", SHIPYARD_PL, "800 mln zł"),
        ("Ile wyniosły przychody stoczni Baltmar w 2025 roku?", SHIPYARD_EN, "190 million euros"),
    ],
)
def test_a_number_the_question_shares_with_a_sentence_ranks_it_across_languages(question: str, text: str, held: str) -> None:
    assert held in best_sentence(question, build_article(text))
