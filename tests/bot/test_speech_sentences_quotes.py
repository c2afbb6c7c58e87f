"""Where a sentence stands against the quotes of its paragraph: inside one begun earlier, or not."""

from __future__ import annotations

import pytest

from bot.speech_sentences import mid_quote
from knowledge.article import Article, Sentence
from knowledge.segment import build_article


def sentence_starting(text: str, opening: str) -> tuple[Article, Sentence]:
    article = build_article(text)
    return article, next(s for s in article.sentences if article.sentence_text(s).startswith(opening))


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "Tytuł o kolei\nEkspertka oceniła sprawę. – Pół roku milczenia to długo. Przewoźnik powinien wiedzieć – powiedziała.\n",
            "Przewoźnik",
        ),
        ("Tytuł artykułu o szpitalu\n– Nie zamykamy oddziału z oszczędności. Brakuje nam lekarzy – powiedział starosta.\n", "Brakuje"),
    ],
)
def test_a_sentence_inside_an_open_line_of_dialogue_is_mid_quote(text: str, opening: str) -> None:
    assert mid_quote(*sentence_starting(text, opening))


def test_a_sentence_cut_inside_an_open_quote_is_mid_quote() -> None:
    text = 'Headline about the port\n"We flagged the joints early. Nobody called us back," the engineer said.\n'
    article = build_article(text)
    start = text.index("Nobody")
    assert mid_quote(article, Sentence(index=2, paragraph=2, start=start, end=len(text) - 1))


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("Tytuł artykułu o kolei\n– Pół roku to długo – powiedziała ekspertka. Urząd nie odpowiedział na pytania.\n", "Urząd"),
        ('Headline about the port\n"We flagged the joints," the engineer said. The operator did not respond.\n', "The operator"),
    ],
)
def test_a_sentence_after_a_closed_quote_is_not_mid_quote(text: str, opening: str) -> None:
    assert not mid_quote(*sentence_starting(text, opening))
