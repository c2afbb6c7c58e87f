"""Which ranked sentences an answer cites: the fewest that hold most of the probability, as passages."""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.citing import CITE_CROSS, CITE_SAME, Citing, fewest, passages, with_type
from bot.question import understand
from bot.ranker import Ranked
from knowledge.article import Article, Sentence, read_text
from knowledge.search import Hit
from knowledge.segment import build_article
from tests.bot.conftest import FIXTURES

RULE = Citing(ratio=0.1)  # three sentences at most, until they hold 80 %


@pytest.fixture(scope="module")
def article() -> Article:
    return build_article(read_text(FIXTURES / "harbour_en.txt"))


def ranked(article: Article, probabilities: list[float], *, heading_at: int | None = None) -> list[Ranked]:
    """Body sentences (a heading sentence at ``heading_at``) with the given probabilities, in that order."""
    headings = {p.n for p in article.paragraphs if p.heading}
    body = [s for s in article.sentences if s.paragraph not in headings and s.paragraph != article.source_paragraph]
    heading = next(s for s in article.sentences if s.paragraph in headings)
    sentences = [heading if i == heading_at else body[i] for i in range(len(probabilities))]
    return [Ranked(Hit(s, 0.0, 0.0, 0.0, 0.0), p, True) for s, p in zip(sentences, probabilities, strict=True)]


def test_a_runner_up_a_tenth_as_likely_is_cited_when_the_best_is_not_sure(article: Article) -> None:
    rows = ranked(article, [0.6, 0.07, 0.02])
    assert fewest(article, rows, RULE) == (rows[0].hit, rows[1].hit)


def test_across_languages_a_runner_up_a_third_as_likely_is_cited(article: Article) -> None:
    rows = ranked(article, [0.6, 0.2, 0.1])
    assert fewest(article, rows, CITE_CROSS) == (rows[0].hit, rows[1].hit)


def test_across_languages_a_runner_up_a_fifth_as_likely_is_not_cited(article: Article) -> None:
    rows = ranked(article, [0.7, 0.14, 0.01])
    assert fewest(article, rows, CITE_CROSS) == (rows[0].hit,)


def test_citing_stops_once_the_cited_sentences_hold_most_of_the_probability(article: Article) -> None:
    rows = ranked(article, [RULE.mass - 0.1, 0.15, 0.1])
    assert fewest(article, rows, RULE) == (rows[0].hit, rows[1].hit)


def test_a_heading_is_not_cited_but_its_probability_counts(article: Article) -> None:
    rows = ranked(article, [RULE.mass - 0.1, 0.15, 0.1], heading_at=1)
    assert fewest(article, rows, RULE) == (rows[0].hit,)


def test_a_heading_ranked_first_gives_way_to_the_best_body_sentence(article: Article) -> None:
    rows = ranked(article, [0.5, 0.2, 0.15], heading_at=0)
    assert fewest(article, rows, RULE) == (rows[1].hit, rows[2].hit)


def test_no_more_than_the_maximum_number_of_sentences_is_cited(article: Article) -> None:
    rows = ranked(article, [0.2] + [0.15] * RULE.most)
    assert len(fewest(article, rows, RULE)) == RULE.most


def test_in_the_articles_language_a_fourth_sentence_joins_while_the_three_hold_under_most_of_the_probability(article: Article) -> None:
    rows = ranked(article, [0.3, 0.15, 0.15, 0.15, 0.1])
    assert fewest(article, rows, CITE_SAME) == tuple(r.hit for r in rows[:4])


def test_only_sentences_of_the_asked_for_type_join_when_the_type_is_required(article: Article) -> None:
    rows = ranked(article, [0.5, 0.3, 0.1])
    rows[1] = Ranked(rows[1].hit, rows[1].p, False)
    assert fewest(article, rows, RULE, typed_only=True) == (rows[0].hit, rows[2].hit)


@pytest.fixture(scope="module")
def polish() -> Article:
    return build_article(read_text(FIXTURES / "szpital_pl.txt"))


def neighbours(article: Article) -> tuple[Sentence, Sentence]:
    """Two consecutive sentences of one paragraph."""
    return next((a, b) for a, b in zip(article.sentences, article.sentences[1:], strict=False) if a.paragraph == b.paragraph)


def hit(s: Sentence) -> Hit:
    return Hit(s, 0.0, 0.0, 0.0, 0.0)


@pytest.mark.parametrize("name", ["article", "polish"])
def test_neighbouring_cited_sentences_are_quoted_as_one_passage(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    first, second = neighbours(doc)
    assert passages([hit(second), hit(first)]) == [(first.start, second.end)]


@pytest.mark.parametrize("name", ["article", "polish"])
def test_a_joined_passage_keeps_the_place_of_its_likeliest_sentence(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    first, second = neighbours(doc)
    far = next(s for s in doc.sentences if s.paragraph != first.paragraph and s.paragraph != doc.source_paragraph)
    assert passages([hit(far), hit(second), hit(first)]) == [(far.start, far.end), (first.start, second.end)]


def test_sentences_of_different_paragraphs_stay_separate_passages(article: Article) -> None:
    last_of_one = next(a for a, b in zip(article.sentences, article.sentences[1:], strict=False) if a.paragraph != b.paragraph)
    first_of_next = article.sentences[last_of_one.index + 1]
    assert passages([hit(last_of_one), hit(first_of_next)]) == [
        (last_of_one.start, last_of_one.end),
        (first_of_next.start, first_of_next.end),
    ]


def test_a_runner_up_long_for_a_short_text_needs_to_be_likelier_than_a_short_one() -> None:
    text = (
        "Zamek zbudowano w XIV wieku. "
        "Przez kolejne stulecia przechodził z rąk do rąk, był kilkakrotnie przebudowywany, palony i odbudowywany, "
        "a w XIX wieku popadł w ruinę, z której podniesiono go dopiero po drugiej wojnie światowej. "
        "Dziś mieści muzeum.\n"
    )
    short = build_article(text)
    first, long, last = short.sentences
    rows = [Ranked(hit(first), 0.6, True), Ranked(hit(long), 0.12, True), Ranked(hit(last), 0.1, True)]
    assert fewest(short, rows, Citing(ratio=0.07, cost=0.3, most=4)) == (hit(first), hit(last))


def _follower_rows(doc: Article, *, leans: bool) -> list[Ranked]:
    """A sure best sentence (above the mass cap), the next one of its paragraph unlikely but worth citing, then the rest."""
    body = [s for s in doc.sentences if s.paragraph not in doc.headings and s.paragraph != doc.source_paragraph]
    first, second = next((a, b) for a, b in pairwise(body) if a.paragraph == b.paragraph)
    rest = [s for s in body if s not in (first, second)]
    return [Ranked(hit(first), 0.85, True), Ranked(hit(second), 0.1, True, leans)] + [Ranked(hit(s), 0.05 / len(rest), True) for s in rest]


@pytest.mark.parametrize("name", ["article", "polish"])
def test_the_sentence_going_on_from_a_sure_best_one_is_cited_with_it(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    rows = _follower_rows(doc, leans=True)
    assert fewest(doc, rows, CITE_SAME) == (rows[0].hit, rows[1].hit)


@pytest.mark.parametrize("name", ["article", "polish"])
def test_a_next_sentence_with_its_own_subject_waits_behind_a_sure_best_one(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    rows = _follower_rows(doc, leans=False)
    assert fewest(doc, rows, CITE_SAME) == (rows[0].hit,)


def test_a_headline_ranked_first_does_not_bring_its_second_sentence_for_the_asked_type(polish: Article) -> None:
    headline = [s for s in polish.sentences if s.paragraph in polish.headings][:2]
    body = next(s for s in polish.sentences if s.paragraph not in polish.headings and s.paragraph != polish.source_paragraph)
    rows = [Ranked(hit(headline[0]), 0.5, False), Ranked(hit(headline[1]), 0.1, True, True), Ranked(hit(body), 0.4, True)]
    assert with_type(understand("Kiedy zamknięto oddział?"), polish.headings, rows, (hit(body),)) == (hit(body),)
