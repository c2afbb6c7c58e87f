from __future__ import annotations

import dataclasses

import pytest

from bot.answer import verify
from bot.config import Config
from bot.services import Services
from bot.startup import build_services
from tests.archive_texts import BANK, FLOOD_OPOLE, FLOOD_QUESTION, NAMED


def _archive(services: Services) -> dict[str, str]:
    return {name: services.library.ingest_text(text).article.id for name, text in NAMED}


def test_archive_answer_quotes_every_article_that_answers(services: Services) -> None:
    ids = _archive(services)
    answer = services.ask_archive(FLOOD_QUESTION)
    assert answer.answered
    assert {c.article for c in answer.citations} == {ids["wroclaw"], ids["opole"]}


def test_archive_quotes_are_grouped_by_article(services: Services) -> None:
    _archive(services)
    answer = services.ask_archive(FLOOD_QUESTION)
    order = [c.article for c in answer.citations]
    assert order == sorted(order, key=order.index)  # one contiguous run per article
    assert [a["id"] for a in answer.extra["articles"]] == list(dict.fromkeys(order))
    for article in answer.extra["articles"]:
        assert article["title"] in answer.text


def test_archive_citations_are_verbatim_with_paragraphs(services: Services) -> None:
    _archive(services)
    answer = services.ask_archive(FLOOD_QUESTION)
    for c in answer.citations:
        article = services.library.article(c.article)
        assert verify(article, c)
        assert c.paragraph == article.paragraph_at(c.start) > 0


def test_archive_refuses_when_nothing_answers(services: Services) -> None:
    _archive(services)
    answer = services.ask_archive("What did the pope say about Mongolia?")
    assert not answer.answered and answer.citations == ()
    assert answer.text == "Nothing in the archive answers that."


def test_archive_refuses_when_only_a_minor_word_matches(services: Services) -> None:
    _archive(services)
    answer = services.ask_archive("What did Andrew Bailey say about football transfers in Madrid?")
    assert not answer.answered


def test_archive_sees_articles_another_process_ingested(config: Config) -> None:
    with build_services(config) as reader, build_services(config) as writer:
        writer.store.add(*_prepared(writer, BANK))  # stored, not indexed: as if the writer had crashed
        answer = reader.ask_archive("What did Governor Andrew Bailey say about inflation?")
    assert answer.answered and "inflation was falling" in answer.citations[0].quote


def _prepared(services: Services, text: str) -> tuple:  # type: ignore[type-arg]
    from knowledge.library import content_hash

    article, derived = services.library.prepare(text)
    return article, content_hash(text), derived


def test_archive_on_postgres_is_shared_by_every_process(config: Config) -> None:
    from tests.backend import TEST_DATABASE_URL, private_schema

    if TEST_DATABASE_URL is None:
        pytest.skip("set NEWSROOM_TEST_DATABASE_URL to run the PostgreSQL archive tests")
    with private_schema(TEST_DATABASE_URL) as (url, _schema):
        on_postgres = dataclasses.replace(config, database_url=url)
        with build_services(on_postgres) as writer, build_services(on_postgres) as reader:
            writer.library.ingest_text(FLOOD_OPOLE)
            answer = reader.ask_archive(FLOOD_QUESTION)
            assert type(reader.archive.index).__name__ == "PostgresArchiveIndex"  # type: ignore[union-attr]
            assert answer.answered and all(verify(reader.library.article(c.article), c) for c in answer.citations)


def test_start_up_leaves_the_archive_index_closed(config: Config, services: Services) -> None:
    assert services.archive is None and not config.archive_path.exists()


def test_ingest_indexes_the_new_article_right_away(services: Services) -> None:
    article_id = services.library.ingest_text(BANK).article.id
    assert services.archive is not None and services.archive.index.indexed(article_id)
