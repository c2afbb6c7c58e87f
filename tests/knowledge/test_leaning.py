"""Sentences that lean on the one before: a pointer back or a subject-less verb first."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.leaning import leans_back
from knowledge.search import SentenceIndex
from knowledge.segment import build_article


@pytest.mark.parametrize(
    "text",
    [
        "Rozwiązanie to obniżyło koszty budowy o jedną trzecią.",  # a demonstrative after the noun
        "Trafiła do szpitala w piątek.",  # a past verb with its subject before
        "Odpowiada za łączność z portem.",  # a present verb with its subject before
        "Nie zdobył jednak żadnego medalu.",  # a negated verb
        "W tym samym roku drugi proces odbył się w Poznaniu.",  # a time told before
        "Jego pierwszą powieść wydano w Lublinie.",  # a third-person pronoun
        "Wtedy zarząd zmienił zdanie.",
        "W odpowiedzi król zamknął granicę.",  # a connective answering the sentence before
    ],
)
def test_a_polish_sentence_pointing_back_leans_on_the_one_before(text: str) -> None:
    assert leans_back(text, "pl")


@pytest.mark.parametrize(
    "text",
    [
        "Zarząd spółki zebrał się w poniedziałek.",
        "Katarzyna Nowak kieruje oddziałem od 2019 roku.",
        "Po południu do portu wpłynął prom z Ystad.",
        "Gra ukazała się w 2005 roku.",  # a noun that is also a verb form ("gra" — plays) is the subject
    ],
)
def test_a_polish_sentence_with_its_own_subject_does_not_lean(text: str) -> None:
    assert not leans_back(text, "pl")


@pytest.mark.parametrize(
    "text",
    [
        "It was sunk by a torpedo.",
        "Then the board changed its mind.",
        "This raised the cost.",
        "In response the union called a strike.",
        "The same year a second trial was held.",
    ],
)
def test_an_english_sentence_opening_with_a_pronoun_leans_on_the_one_before(text: str) -> None:
    assert leans_back(text, "en")


@pytest.mark.parametrize("text", ["The ferry operator rejected the claim.", "Reuters reported the fine on Monday."])
def test_an_english_sentence_with_its_own_subject_does_not_lean(text: str) -> None:
    assert not leans_back(text, "en")


def test_the_first_sentence_of_a_paragraph_leans_on_nothing() -> None:
    article = build_article("Tytuł\n\nZarząd zebrał się rano. Trafiła do szpitala.\n\nTrafiła do szpitala.\n")
    index = SentenceIndex(article, np.zeros((len(article.sentences), 4), dtype=np.float32))
    leaning = {article.sentence_text(s) + f"@{s.paragraph}": index.leans_back(s) for s in index.sentences}
    first, second = (s for s in index.sentences if article.sentence_text(s) == "Trafiła do szpitala.")
    assert index.leans_back(first), leaning
    assert not index.leans_back(second), leaning
