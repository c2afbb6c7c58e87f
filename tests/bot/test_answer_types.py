"""Whether a sentence holds the kind of answer asked for: a year is a date, not a count."""

from __future__ import annotations

import pytest

from bot.answer_types import holds_type


@pytest.mark.parametrize(
    "text",
    [
        "Hala została oddana do użytku w 2023 r.",
        "W latach 2021–2023 wójt przyjmował pieniądze.",
        "Od 2029 r. wodociągi będą musiały to badać.",
        "2024 r. był dla spółki trudny.",
        "The club was bought in 2022 by an investment group.",
        "The plant opened in March 2019.",
    ],
)
def test_a_sentence_whose_only_number_is_a_year_holds_no_count(text: str) -> None:
    assert not holds_type(text, "number", [], "pl")


@pytest.mark.parametrize(
    "text",
    [
        "W wypadku w 2021 r. zginęło 12 osób.",
        "The club was bought in 2022 for 310 million pounds.",
        "Na stadion przyszło 2000 osób.",
        "Rannych zostało trzech robotników.",
    ],
)
def test_a_count_beside_a_year_or_a_bare_four_digit_number_still_counts(text: str) -> None:
    assert holds_type(text, "number", [], "pl")


def test_a_year_still_answers_when(text: str = "Hala została oddana do użytku w 2023 r.") -> None:
    assert holds_type(text, "time", [], "pl")


@pytest.mark.parametrize("text", ["The vote will take place on Dec. 8 and 9.", "Bids close on Sept 30."])
def test_an_abbreviated_month_with_a_day_answers_when(text: str) -> None:
    assert holds_type(text, "time", [], "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("W tym samym roku drugi proces odbył się w Poznaniu.", "pl"),
        ("Następnego dnia zarząd zmienił zdanie.", "pl"),
        ("The same year a second trial was held in Leeds.", "en"),
        ("The following week the board changed its mind.", "en"),
    ],
)
def test_a_time_told_by_the_sentence_before_does_not_answer_when(text: str, lang: str) -> None:
    assert not holds_type(text, "time", [], lang)


def test_a_relative_time_beside_a_date_still_answers_when() -> None:
    assert holds_type("Tego samego dnia, 5 maja, zarząd zmienił zdanie.", "time", [], "pl")


@pytest.mark.parametrize("text", ["Most odbudowano po II wojnie światowej.", "Gmach powstał w okresie międzywojennym."])
def test_a_period_named_by_what_happened_answers_when(text: str) -> None:
    assert holds_type(text, "time", [], "pl")
