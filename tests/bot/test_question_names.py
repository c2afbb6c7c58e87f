"""Whether the article mentions the names a question asks about."""

from __future__ import annotations

import pytest

from bot.question_names import names_found
from knowledge.terms import fold

_POLISH_WORDS = frozenset(fold(w) for w in ["Ministerstwo", "Cyfryzacji", "zapowiedziało", "kontrolę", "w", "spółce", "Datanet"])


@pytest.mark.parametrize("party", ["the Ministry of Health", "the Health Ministry"])
def test_an_institutions_english_name_is_translated_not_spelled_across_languages(party: str) -> None:
    assert names_found(party, "en", _POLISH_WORDS, across=True)


def test_an_institutions_english_name_is_spelled_in_the_articles_language() -> None:
    assert not names_found("the Ministry of Health", "en", _POLISH_WORDS)


def test_a_persons_name_beside_an_institution_is_still_spelled_across_languages() -> None:
    assert not names_found("John Carter of the Ministry of Health", "en", _POLISH_WORDS, across=True)


def test_a_country_adjective_meets_the_polish_country_across_languages() -> None:
    words = frozenset(fold(w) for w in ["drewno", "z", "Białorusi", "było", "tańsze"])
    assert names_found("How much cheaper was the Belarusian timber?", "en", words, across=True)


@pytest.mark.parametrize("party", ["CEO", "the CFO of Dalby"])
def test_an_abbreviated_title_is_no_name_the_article_must_spell(party: str) -> None:
    words = frozenset(fold(w) for w in ["Chief", "Executive", "Lena", "Vik", "of", "Dalby", "said"])
    assert names_found(party, "en", words, whole=True)
