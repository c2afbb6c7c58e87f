"""Block Kit renderers: pure functions, checked without any Slack client."""

from __future__ import annotations

import json

import pytest

from bot import render
from bot.answer import Answer, cite
from bot.render_text import answer_text, quote_line
from knowledge.article import Article
from knowledge.claims import Claim
from knowledge.segment import build_article

TEXT = (
    "Mayor opens bridge\n\n"
    "The mayor opened the new bridge on Friday, the city said.\n"
    '"It cost <!channel> & more than planned," said engineer Jan Kowalski <@U1>.\n'
)


@pytest.fixture
def article() -> Article:
    return build_article(TEXT, source="City Wire")


def answer_for(article: Article, *sentences: int, text: str | None = None) -> Answer:
    citations = tuple(cite(article, article.sentences[i].start, article.sentences[i].end) for i in sentences)
    return Answer(question="q", answered=True, text=text or answer_text("en", citations), citations=citations, article_id=article.id)


def shown(messages: list[render.Message]) -> str:
    return json.dumps(messages, ensure_ascii=False)


def test_answer_has_lead_blockquotes_with_paragraph_and_a_source_line(article: Article) -> None:
    [message] = render.answer_messages(answer_for(article, 1), title=article.title, source=article.source)
    texts = [b["text"]["text"] for b in message["blocks"] if b["type"] == "section"]
    assert texts[0] == "The article says:"
    assert texts[1].startswith("> „The mayor opened") and texts[1].endswith("” ¶2")
    assert message["blocks"][-1]["elements"][0]["text"] == "*Mayor opens bridge* · City Wire"
    assert "The mayor opened the new bridge" in message["text"]


def test_missing_source_is_stated(article: Article) -> None:
    [message] = render.answer_messages(answer_for(article, 1), title="T", source=None)
    assert message["blocks"][-1]["elements"][0]["text"] == "*T* · source not given"


def test_article_markup_is_escaped_in_blocks_and_fallback(article: Article) -> None:
    out = shown(render.answer_messages(answer_for(article, 2), title=article.title, source=article.source))
    assert "<!channel>" not in out and "<@U1>" not in out
    assert "&lt;!channel&gt; &amp; more" in out


def test_refusal_renders_its_text(article: Article) -> None:
    refusal = Answer(question="q", answered=False, text="The article doesn't say.")
    [message] = render.answer_messages(refusal, title="T", source="S")
    assert message["blocks"][0]["text"]["text"] == "The article doesn't say."


def test_huge_answer_is_split_within_slack_limits_and_trimmed_with_a_note(article: Article) -> None:
    answer = answer_for(article, *([1, 2] * 400))
    messages = render.answer_messages(answer, title=article.title, source=article.source, tail=[render.feedback_block("q", article.id)])
    assert len(messages) == render.MAX_PARTS
    for m in messages:
        assert len(m["blocks"]) <= render.MAX_BLOCKS and len(m["text"]) <= 4000
        assert all(len(b["text"]["text"]) <= 3000 for b in m["blocks"] if b["type"] == "section")
    last = messages[-1]["blocks"]
    assert "Trimmed" in shown([last[-3]]) and last[-1]["type"] == "context_actions"


def test_very_long_quote_is_cut_into_sections_under_3000_chars() -> None:
    long_article = build_article("Headline here\n\n" + "Word and more words. " * 400 + "\n")
    citation = cite(long_article, long_article.paragraphs[1].start, long_article.paragraphs[1].end)
    blocks = render.quote_blocks(citation)
    assert len(blocks) > 1
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks)
    assert blocks[0]["text"]["text"].startswith("> „") and blocks[-1]["text"]["text"].endswith("” ¶2")


def test_chunks_never_cut_an_entity() -> None:
    text = "a" * 95 + "&amp;" + "b" * 50
    pieces = render.chunks(text, 98)
    assert all(not p.endswith(("&", "&a", "&am", "&amp")) for p in pieces)
    assert "".join(pieces) == text


def test_feedback_buttons_carry_the_question_within_slack_value_limit() -> None:
    block = render.feedback_block("Q" * 5000, "a1")
    element = block["elements"][0]
    for button in (element["positive_button"], element["negative_button"]):
        assert len(button["value"]) <= 2000
        assert json.loads(button["value"])["a"] == "a1"
    assert json.loads(element["positive_button"]["value"])["v"] == "up"


def test_share_button_carries_only_the_key_of_its_kept_reply() -> None:
    (button,) = render.share_block("k3y")["elements"]
    assert button["action_id"] == render.SHARE_ACTION and button["value"] == "k3y"


def test_claims_render_speaker_act_and_verbatim_quote(article: Article) -> None:
    quote = "It cost <!channel> & more than planned,"
    start = article.text.index(quote)
    claim = Claim("Jan Kowalski", "Jan Kowalski", "says", start, start + len(quote), 3, quote, True)
    [message] = render.claims_messages([claim], title=article.title, source=None)
    body = message["blocks"][0]["text"]["text"]
    assert body.startswith("*Jan Kowalski* says:\n> „It cost &lt;!channel&gt; &amp; more")
    assert body.endswith("” ¶3")


def test_an_oversized_message_is_halved_between_blocks_before_its_text_is_split() -> None:
    two = {"text": "abcd", "blocks": [render.section("one"), render.section("two")]}
    assert [m["blocks"] for m in render.halve(two)] == [[render.section("one")], [render.section("two")]]
    one = {"text": "abcd", "blocks": [render.section("abcdef")]}
    assert [m["text"] for m in render.halve(one)] == ["abc", "def"]


def test_notice_is_one_section() -> None:
    assert render.notice("hello")["blocks"] == [render.section("hello")]


def test_a_bulleted_answer_keeps_each_label_above_its_quote() -> None:
    article = build_article("Minister says bridge is safe\nThe minister said the bridge was safe. The union said it was not.\n")
    first, second = (cite(article, s.start, s.end) for s in article.sentences[1:3])
    text = "\n".join(["Speakers:", "• minister", quote_line(first), "• union", quote_line(second)])
    answer = Answer(question="q", answered=True, text=text, citations=(first, second))
    shown = [
        b["text"]["text"] for m in render.answer_messages(answer, title="t", source=None) for b in m["blocks"] if b["type"] == "section"
    ]
    assert [s.split(" ")[0] for s in shown] == ["Speakers:", "•", ">", "•", ">"]
    assert "minister" in shown[1] and "bridge was safe" in shown[2] and "union" in shown[3] and "it was not" in shown[4]
