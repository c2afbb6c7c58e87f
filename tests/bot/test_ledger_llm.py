"""The optional LLM pass at ingest that adds verified claims to the ledger."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot import ledger_llm, llm_setup
from bot.cli import main
from bot.config import load_config
from bot.startup import build_services
from knowledge.article import Article
from knowledge.claims import Claim, Ledger, extract
from knowledge.segment import build_article
from tests.bot.openai_stub import StubServer, error, ok

DENIAL = "są całkowicie nonsensowne"
WILDER = "chińska armia prowadzi „szerokie i codzienne ataki przeciw amerykańskiej infrastrukturze krytycznej"


def _item(speaker: str, quote: str, paragraph: int, act: str = "says") -> dict:
    return {"speaker": speaker, "act": act, "paragraph": paragraph, "quote": quote, "direct": True, "stance": "neutral"}


def _enrich(stub: StubServer, article: Article, ledger: Ledger) -> Ledger:
    chat = llm_setup.chat_client(
        load_config(openai_base_url=stub.base_url, llm_timeout_s=2.0, llm_max_retries=1), ledger_llm.RESPONSE_FORMAT
    )
    return ledger_llm.enrich(article, ledger, chat, budget=3000, encoding="o200k_base")


def test_verified_claims_are_added_with_exact_spans(stub: StubServer, seed: Article) -> None:
    stub.script(ok({"claims": [_item("Dennis Wilder", WILDER, 9)]}))
    ledger = _enrich(stub, seed, Ledger())
    (claim,) = ledger.claims
    assert seed.text[claim.start : claim.end] == claim.text == WILDER
    assert claim.paragraph == 9 and claim.origin == "llm" and claim.via is None


def test_claims_not_in_the_article_are_dropped(stub: StubServer, seed: Article) -> None:
    stub.script(ok({"claims": [_item("Alibaba", "Alibaba przyznała się do wszystkiego", 6)]}))
    assert _enrich(stub, seed, Ledger()).claims == ()


def test_claims_the_offline_ledger_holds_are_not_doubled_and_speakers_are_normalised(stub: StubServer, seed: Article) -> None:
    start = seed.text.index(DENIAL)
    held = Claim("grupa Alibaba", "Alibaba", "denies", start, start + len(DENIAL), 6, DENIAL, True, aliases=("Alibaby",))
    stub.script(
        ok({"claims": [_item("Alibaba", DENIAL, 6), _item("Alibaby", "kwestionujemy motywację za tym anonimowym przeciekiem", 13)]})
    )
    ledger = _enrich(stub, seed, Ledger(claims=(held,)))
    assert len(ledger.claims) == 2 and ledger.claims[0] == held
    assert ledger.claims[1].canonical == "Alibaba"


def test_a_failing_server_leaves_the_offline_ledger(stub: StubServer, seed: Article) -> None:
    stub.script(error(500), error(500), error(500))
    held = Ledger(claims=(Claim("X", "X", "says", 0, 5, 1, seed.text[:5], False),))
    assert _enrich(stub, seed, held) == held


def test_article_text_is_sent_as_data(stub: StubServer, injection_article: Article) -> None:
    stub.script(ok({"claims": []}))
    _enrich(stub, injection_article, Ledger())
    system, user = (m["content"] for m in stub.requests[0]["messages"])
    assert "developer mode" not in system and "developer mode" in user
    assert stub.requests[0]["response_format"]["json_schema"]["name"] == "claims"


def _unclaimed_sentence(text: str) -> tuple[str, int]:
    """A sentence of the article that the offline ledger holds no claim in (so the pass can add it)."""
    article = build_article(text)
    held = extract(article).claims
    for s in article.sentences:
        if not any(c.start < s.end and s.start < c.end for c in held):
            return article.sentence_text(s), s.paragraph
    raise AssertionError("every sentence already holds a claim")


def test_ingest_runs_the_pass_when_configured(stub: StubServer, tmp_path: Path, seed_text: str) -> None:
    config = load_config(data_dir=tmp_path / "d", openai_base_url=stub.base_url, llm_ledger_pass=True)
    quote, paragraph = _unclaimed_sentence(seed_text)
    stub.script(ok({"claims": [_item("Financial Times", quote, paragraph, act="reports")]}))
    with build_services(config) as svc:
        article = svc.library.ingest_text(seed_text).article
        assert any(c.origin == "llm" and c.text == quote for c in svc.ledger(article).claims)


def test_claims_command_marks_what_the_ledger_pass_found(stub: StubServer, monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
    monkeypatch.setenv("OPENAI_LEDGER_PASS", "1")
    quote, paragraph = _unclaimed_sentence(seed_text)
    stub.script(ok({"claims": [_item("Financial Times", quote, paragraph, act="reports")]}))
    out = io.StringIO()
    assert main(["claims"], out=out) == 0  # the first command ingests the shipped article, with the pass
    (line,) = [row for row in out.getvalue().splitlines() if quote in row]
    assert line.startswith(f"¶{paragraph}") and "(found by the LLM ledger pass)" in line and "(via" not in line
