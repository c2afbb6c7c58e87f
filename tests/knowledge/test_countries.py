"""Country names and adjectives in English questions, translated to the Polish names articles use."""

from __future__ import annotations

import pytest

from knowledge.countries import polish_countries


@pytest.mark.parametrize(
    ("word", "polish"),
    [("Belarusian", "Białoruś"), ("Germany", "Niemcy"), ("German", "Niemcy"), ("Chinese", "Chiny"), ("Swedish", "Szwecja")],
)
def test_an_english_country_or_its_adjective_gives_the_polish_name(word: str, polish: str) -> None:
    assert polish_countries(word) == [polish]


@pytest.mark.parametrize("word", ["Francesca", "Kowalski", "Reuters"])
def test_a_name_that_only_begins_like_a_country_gives_none(word: str) -> None:
    assert polish_countries(word) == []
