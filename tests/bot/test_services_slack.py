"""Services used by the Slack app: editors-only writes, channel binding, ledger views, summary, dedupe."""

from __future__ import annotations

import dataclasses

import pytest

from bot.errors import ArticleNotFound, BadArticle, NotAllowed
from bot.services import Services
from knowledge.claims import Claim, Ledger

STORY = "Tram vote delayed\n\nThe council delayed the tram vote, mayor Ewa Nowak said on Monday.\nOpponents welcomed the delay.\n"


@pytest.fixture
def svc(services: Services) -> Services:
    return dataclasses.replace(services, config=dataclasses.replace(services.config, editors=frozenset({"UED"})))


def test_editor_can_ingest_text(svc: Services) -> None:
    result = svc.ingest_by("UED", STORY)
    assert result.created and svc.store.latest_id() == result.article.id


def test_non_editor_ingest_is_refused_and_writes_nothing(svc: Services) -> None:
    with pytest.raises(NotAllowed):
        svc.ingest_by("U1", STORY)
    assert svc.store.count() == 0


def test_invalid_utf8_ingest_is_bad_article_and_writes_nothing(svc: Services) -> None:
    with pytest.raises(BadArticle):
        svc.ingest_by("UED", b"Headline\n\n\xff\xfe broken")
    assert svc.store.count() == 0


def test_bound_channel_gets_its_article_others_the_latest(svc: Services) -> None:
    first = svc.ingest_by("UED", STORY).article
    latest = svc.ingest_by("UED", "Second story\n\nAnother thing happened, police said.\n").article
    svc.bind_channel("UED", "C1", first.id)
    assert svc.article_for(channel_id="C1").id == first.id
    assert svc.article_for(channel_id="C2").id == latest.id


def test_binding_needs_an_editor_and_a_held_article(svc: Services) -> None:
    with pytest.raises(NotAllowed):
        svc.bind_channel("U1", "C1", "whatever")
    with pytest.raises(ArticleNotFound):
        svc.bind_channel("UED", "C1", "nosuchid")


def test_article_for_never_reads_a_path(svc: Services, tmp_path: object) -> None:
    with pytest.raises(ArticleNotFound):
        svc.article_for("/etc/hostname")


def test_speakers_and_claims_by_come_from_the_ledger(svc: Services) -> None:
    article = svc.ingest_by("UED", STORY).article
    quote = "The council delayed the tram vote"
    start = article.text.index(quote)
    claim = Claim("Ewa Nowak", "Ewa Nowak", "says", start, start + len(quote), 2, quote, False, aliases=("Nowak",))
    svc.store.put_derived(article.id, svc.library.storage_key("claims"), Ledger(claims=(claim, claim)).to_bytes())
    assert svc.speakers(article) == (("Ewa Nowak", 2),)
    assert len(svc.claims_by(article, "nowak")) == 2
    assert svc.claims_by(article, "Reed") == ()


def test_summary_quotes_the_opening_verbatim(svc: Services) -> None:
    article = svc.ingest_by("UED", STORY).article
    summary = svc.summarize(article)
    assert summary.answered and summary.citations[0].quote.startswith("The council delayed")
    assert all(article.text[c.start : c.end] == c.quote for c in summary.citations)


def test_first_sighting_is_true_once(svc: Services) -> None:
    assert svc.first_sighting("event:Ev1") is True
    assert svc.first_sighting("event:Ev1") is False


def test_feedback_is_recorded_with_question_and_answer(svc: Services) -> None:
    svc.record_feedback(user_id="U1", article_id="a1", question="Who?", answer="The article says …", vote="up")
    assert [(r["question"], r["answer"], r["vote"]) for r in svc.store.feedback()] == [("Who?", "The article says …", "up")]
