"""Assembling the model's request within a token budget."""

from __future__ import annotations

from bot import context, prompts
from knowledge.article import Article, Sentence
from knowledge.claims import Claim, Ledger

ENC = "o200k_base"


def _user(ctx: context.Context) -> str:
    return ctx.messages[-1]["content"]


def test_current_openai_models_use_o200k_base() -> None:
    assert context.encoding_for("gpt-4.1-mini", "cl100k_base") == "o200k_base"


def test_unknown_model_names_use_the_configured_fallback() -> None:
    assert context.encoding_for("llama3.1:8b-instruct", "cl100k_base") == "cl100k_base"


def test_passages_are_numbered_in_article_order(seed: Article) -> None:
    spans = [seed.sentences[5], seed.sentences[1]]
    ctx = context.build("What?", seed, spans, Ledger(), (), budget=3000, encoding=ENC)
    assert [p.start for p in ctx.passages] == sorted(s.start for s in spans)
    assert f"[1] (¶{seed.sentences[1].paragraph})" in _user(ctx)


def test_budget_holds_when_passages_and_history_overflow(seed: Article) -> None:
    history = tuple(f"Earlier question or answer number {i} " + "about the article " * 40 for i in range(12))
    ctx = context.build("What did the embassy say?", seed, seed.sentences, Ledger(), history, budget=900, encoding=ENC)
    assert ctx.tokens <= 900
    assert context.count_messages(ctx.messages, ENC) == ctx.tokens
    assert ctx.passages, "some passages still fit"


def test_history_is_trimmed_oldest_first(seed: Article) -> None:
    history = tuple(f"turn-{i} " + "words " * 60 for i in range(10))
    ctx = context.build("And then?", seed, seed.sentences[:3], Ledger(), history, budget=1000, encoding=ENC)
    user = _user(ctx)
    assert 0 < ctx.history_turns < 10
    assert "turn-9" in user and "turn-0" not in user


def test_article_text_travels_only_inside_the_tagged_data_block(seed: Article) -> None:
    ctx = context.build("Who?", seed, seed.sentences[:2], Ledger(), (), budget=3000, encoding=ENC)
    system, user = ctx.messages[0]["content"], _user(ctx)
    first = seed.sentence_text(seed.sentences[0])
    assert system == prompts.SYSTEM and first[:40] not in system
    opening = user.index("<data-")
    closing = user.index("</data-")
    assert opening < user.index(" ".join(first.split())) < closing


def _nowak_says(article: Article, s: Sentence) -> Claim:
    """A direct statement by Jan Nowak: the whole sentence ``s``."""
    return Claim(
        speaker="Jan Nowak",
        canonical="Jan Nowak",
        act="says",
        start=s.start,
        end=s.end,
        paragraph=s.paragraph,
        text=article.sentence_text(s),
        direct=True,
    )


def test_data_tag_differs_between_requests(seed: Article) -> None:
    a = context.build("Who?", seed, seed.sentences[:1], Ledger(), (), budget=3000, encoding=ENC)
    b = context.build("Who?", seed, seed.sentences[:1], Ledger(), (), budget=3000, encoding=ENC)
    assert _user(a).split("\n", 1)[0] != _user(b).split("\n", 1)[0]


def test_claims_by_the_person_asked_about_are_included_and_numbered_after_passages(seed: Article) -> None:
    s = seed.sentences[2]
    claim = _nowak_says(seed, s)
    ctx = context.build("What did Nowak say?", seed, seed.sentences[:2], Ledger(claims=(claim,)), (), budget=3000, encoding=ENC)
    assert ctx.passages[-1].n == 3 and ctx.passages[-1].start == s.start
    assert "[3] (¶" in _user(ctx) and "claim: Jan Nowak says" in _user(ctx)


def test_a_claim_inside_a_passage_labels_it_instead_of_repeating_it(seed: Article) -> None:
    s = seed.sentences[1]
    claim = _nowak_says(seed, s)
    ctx = context.build("What did Nowak say?", seed, seed.sentences[:2], Ledger(claims=(claim,)), (), budget=3000, encoding=ENC)
    assert len(ctx.passages) == 2
    assert f"[2] (¶{s.paragraph}, claim: Jan Nowak says)" in _user(ctx)


def test_claims_about_others_outside_the_passages_are_left_out(seed: Article) -> None:
    s = seed.sentences[-2]
    claim = _nowak_says(seed, s)
    ctx = context.build("When was it dated?", seed, seed.sentences[:2], Ledger(claims=(claim,)), (), budget=3000, encoding=ENC)
    assert "claim:" not in _user(ctx)
