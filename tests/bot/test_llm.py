"""The LLM engine against a scripted OpenAI-compatible server, through the real ``openai`` client."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator

import pytest

from bot.answer import Answer
from bot.llm import LLMAnswerer
from knowledge.article import Article
from tests.bot.conftest import make_engine
from tests.bot.openai_stub import Reply, StubServer, error, ok

DENIAL = (
    "Twierdzenia rzekomo bazujące na danych amerykańskiego wywiadu, które zostały przekazane przez wasze źródło, są całkowicie nonsensowne"
)
FAKE = "Alibaba przyznała, że współpracuje z chińską armią"


def _reply(*quotes: str, answer: str = "Alibaba rejected the report [1].", translation: str | None = "The claims are nonsense.") -> dict:
    return {"answered": True, "answer": answer, "quotes": [{"passage": 7, "quote": q, "translation": translation} for q in quotes]}


def quoted_passages(text: str) -> list[str]:
    """What a reader takes for the article's words: „…” spans and '>' lines (as eval/score.py reads them)."""
    found = re.findall(r"„([^”\n]{12,})”", text)
    for line in text.splitlines():
        if line.strip().startswith(">"):
            body = re.sub(r"\s*\[¶?\d+\]\s*$", "", line.strip().lstrip(">").strip()).strip('„”"“ ')
            found.append(body)
    return found


def assert_every_quotation_verbatim(text: str, article: Article) -> None:
    flat = " ".join(article.text.split())
    for passage in quoted_passages(text):
        assert " ".join(passage.split()) in flat, passage


def test_good_answer_is_used_with_verified_citations(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL)))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "llm" and answer.answered
    assert [c.quote for c in answer.citations] == [DENIAL]
    assert all(seed.text[c.start : c.end] == c.quote for c in answer.citations)
    assert_every_quotation_verbatim(answer.text, seed)


def test_request_carries_the_relevant_passages(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL)))
    engine.answer("What did Alibaba say?", seed)
    sent = stub.requests[0]["messages"][-1]["content"]
    assert "całkowicie nonsensowne" in sent
    assert stub.requests[0]["response_format"]["type"] == "json_schema"


def test_fabricated_quote_never_reaches_the_user(
    engine: LLMAnswerer, stub: StubServer, seed: Article, caplog: pytest.LogCaptureFixture
) -> None:
    stub.script(ok(_reply(DENIAL, FAKE, answer=f"Alibaba rejected it [1] but also said „{FAKE}” [2].")))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "llm"
    assert FAKE not in answer.text and all(FAKE not in c.quote for c in answer.citations)
    assert_every_quotation_verbatim(answer.text, seed)
    assert "not found verbatim" in caplog.text


def test_only_fabricated_quotes_fall_back_to_the_offline_answer(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(FAKE)))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "extractive" and answer.note and "offline" in answer.note
    assert FAKE not in answer.text


def test_malformed_json_falls_back_to_the_offline_answer(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok('{"answered": true, "answer": "Alibaba said'))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "extractive" and answer.note


def test_json_in_a_code_fence_is_accepted(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(
        ok("```json\n" + '{"answered": true, "answer": "It denied it [1].", "quotes": [{"passage": 7, "quote": "' + DENIAL + '"}]}\n```')
    )
    assert engine.answer("What did Alibaba say?", seed).engine == "llm"


def test_rate_limit_is_retried_after_the_retry_after_delay(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(error(429, "slow down", {"Retry-After": "0.4"}), ok(_reply(DENIAL)))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "llm"
    assert len(stub.requests) == 2 and stub.times[1] - stub.times[0] >= 0.4


def test_rate_limit_longer_than_the_deadline_falls_back_at_once(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(error(429, "slow down", {"Retry-After": "30"}))
    t0 = time.monotonic()
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "extractive" and time.monotonic() - t0 < 1.0
    assert answer.extra["llm_failure"] == "rate_limited"


def test_server_errors_are_retried_then_fall_back(stub: StubServer, seed: Article) -> None:
    engine = make_engine(stub.base_url, max_retries=1)
    stub.script(error(500), error(502), error(503))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "extractive" and answer.extra["llm_failure"] == "server_error"
    assert len(stub.requests) == 2


def test_server_error_then_success_uses_the_model(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(error(500), ok(_reply(DENIAL)))
    assert engine.answer("What did Alibaba say?", seed).engine == "llm"


def test_hanging_server_falls_back_within_the_deadline(stub: StubServer, seed: Article) -> None:
    engine = make_engine(stub.base_url, deadline_s=0.5)
    stub.script(Reply(body=None, hang_s=2.0))
    t0 = time.monotonic()
    answer = engine.answer("What did Alibaba say?", seed)
    assert time.monotonic() - t0 < 1.5
    assert answer.engine == "extractive" and answer.extra["llm_failure"] == "timeout"
    assert "did not answer in time" in (answer.note or "")


def test_repeatedly_hanging_server_is_paused_instead_of_waited_for(stub: StubServer, seed: Article) -> None:
    engine = make_engine(stub.base_url, deadline_s=0.3)
    stub.script(Reply(hang_s=1.0), Reply(hang_s=1.0), ok(_reply(DENIAL)))
    engine.answer("What did Alibaba say?", seed)
    engine.answer("What did Alibaba say?", seed)
    t0 = time.monotonic()
    answer = engine.answer("What did Alibaba say?", seed)
    assert time.monotonic() - t0 < 0.2 and len(stub.requests) == 2
    assert answer.engine == "extractive" and answer.extra["llm_failure"] == "timeout"


def test_unreachable_server_falls_back(seed: Article) -> None:
    engine = make_engine("http://127.0.0.1:9/v1", deadline_s=1.0, max_retries=1)
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "extractive" and answer.extra["llm_failure"] == "unreachable"


def test_reply_that_is_not_a_completion_falls_back(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(Reply(body="<html>502 Bad Gateway</html>"), Reply(body={"unexpected": True}))
    assert engine.answer("What did Alibaba say?", seed).extra["llm_failure"] == "failed"
    assert engine.answer("What did Alibaba say?", seed).extra["llm_failure"] == "failed"


def test_server_rejecting_response_format_is_asked_again_without_it(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(error(400, "response_format json_schema is not supported"), ok(_reply(DENIAL)), ok(_reply(DENIAL)))
    assert engine.answer("What did Alibaba say?", seed).engine == "llm"
    assert engine.answer("What did Alibaba say?", seed).engine == "llm"
    assert "response_format" in stub.requests[0]
    assert "response_format" not in stub.requests[1] and "response_format" not in stub.requests[2]


def test_streamed_reply_yields_verified_chunks_and_returns_the_answer(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    import json

    payload = json.dumps(_reply(DENIAL, FAKE), ensure_ascii=False)
    stub.script(Reply(stream=[payload[i : i + 40] for i in range(0, len(payload), 40)]))
    gen = engine.stream("What did Alibaba say?", seed)
    chunks = []
    while True:
        try:
            chunks.append(next(gen))
        except StopIteration as stop:
            answer = stop.value
            break
    assert stub.requests[0]["stream"] is True
    assert "".join(chunks) == answer.text and answer.engine == "llm"
    assert FAKE not in answer.text and answer.extra["usage"]["completion_tokens"] == 30


def test_stream_stalling_mid_reply_falls_back_within_the_deadline(stub: StubServer, seed: Article) -> None:
    engine = make_engine(stub.base_url, deadline_s=0.5)
    stub.script(Reply(stream=['{"answered": true, ', '"answer": "x", "quotes": []}'], stall_s=2.0))
    t0 = time.monotonic()
    answer = next_answer(engine.stream("What did Alibaba say?", seed))
    assert time.monotonic() - t0 < 1.5
    assert answer.engine == "extractive" and answer.extra["llm_failure"] == "timeout"


def next_answer(gen: Generator[str, None, Answer]) -> Answer:
    """Drain a streaming generator and return the Answer it ends with."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def test_model_refusal_is_passed_on(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok({"answered": False, "answer": "The article does not give the share price.", "quotes": []}))
    answer = engine.answer("What is Alibaba's share price?", seed)
    assert answer.engine == "llm" and not answer.answered and not answer.citations
    assert answer.text == "The article doesn't say."


def test_translation_is_labelled_and_never_quoted(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL, translation="The claims „allegedly based” on US intelligence are “completely nonsensical”.")))
    text = engine.answer("What did Alibaba say?", seed).text
    line = next(line for line in text.splitlines() if "translation" in line)
    assert line.strip().startswith("↳ our translation:")
    assert not re.search(r"[„”“\"]", line)
    assert_every_quotation_verbatim(text, seed)


def test_translations_travel_beside_their_citations(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL, translation="The claims are nonsense.")))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.extra["translations"] == ("The claims are nonsense.",)


def test_no_translation_when_question_and_article_share_a_language(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL, translation="The claims are nonsense.")))
    assert "tłumaczenie" not in engine.answer("Co powiedziała Alibaba?", seed).text


def test_prose_markers_point_at_the_quoted_paragraph(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL, FAKE, answer="Alibaba denied it [1] and admitted ties [2].")))
    text = engine.answer("What did Alibaba say?", seed).text
    assert text.splitlines()[0] == "Alibaba denied it [¶6] and admitted ties."


def test_follow_up_sends_the_thread_history(engine: LLMAnswerer, stub: StubServer, seed: Article) -> None:
    stub.script(ok(_reply(DENIAL)))
    engine.answer("And what did they add?", seed, history=("What did Alibaba say?", "Alibaba called the claims nonsense."))
    sent = stub.requests[0]["messages"][-1]["content"]
    assert "- What did Alibaba say?\n- Alibaba called the claims nonsense." in sent


def test_usage_is_logged_per_answer(engine: LLMAnswerer, stub: StubServer, seed: Article, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.llm")
    stub.script(ok(_reply(DENIAL), prompt_tokens=321, completion_tokens=45))
    engine.answer("What did Alibaba say?", seed)
    assert "prompt_tokens=321 completion_tokens=45" in caplog.text


def test_api_key_is_never_logged(stub: StubServer, seed: Article, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    engine = make_engine(stub.base_url, api_key="sk-very-secret-key-123")
    stub.script(error(401, "bad key"), ok(_reply(FAKE)))
    engine.answer("What did Alibaba say?", seed)
    engine.answer("What did Alibaba say?", seed)
    assert stub.headers[0]["authorization"] == "Bearer sk-very-secret-key-123"
    assert "sk-very-secret-key-123" not in caplog.text


ADVERSARIAL_PROSE = [
    "Alibaba said „we have always cooperated with the army” [1].",
    "Alibaba said “the report is a total fabrication.” Then it added more [1].",
    'It called the memo "a malicious PR operation by the White House". [1]',
    "It said «nothing of the sort happened here» [1].",
    "Summary [1].\n> Alibaba przyznała się do wszystkiego\n&gt; and more invented words",
    "Alibaba „denied everything and threatened to sue the newspaper [1].",
    "It wrote „są całkowicie nonsensowne” and „oraz kłamliwe i szkodliwe” [1].",
]


@pytest.mark.parametrize("prose", ADVERSARIAL_PROSE)
def test_no_invented_quotation_survives_in_the_text(engine: LLMAnswerer, stub: StubServer, seed: Article, prose: str) -> None:
    stub.script(ok(_reply(DENIAL, answer=prose, translation="„Fake words” as a translation\n> and a fake blockquote")))
    answer = engine.answer("What did Alibaba say?", seed)
    assert answer.engine == "llm"
    assert_every_quotation_verbatim(answer.text, seed)
    assert not re.search(r"[„“«]", answer.text.replace(f"„{DENIAL}”", "")), answer.text
