"""Reading the model's JSON reply tolerantly."""

from __future__ import annotations

import pytest

from bot.reply import MalformedReply, parse

GOOD = '{"answered": true, "answer": "Yes [1].", "quotes": [{"passage": 2, "quote": "abc def", "translation": null}]}'


def test_parses_plain_json() -> None:
    reply = parse(GOOD)
    assert reply.answered and reply.answer == "Yes [1]." and reply.quotes[0].passage == 2


def test_parses_json_inside_a_code_fence_with_prose_around() -> None:
    assert parse(f"Here you go:\n```json\n{GOOD}\n```\nHope it helps.").quotes[0].quote == "abc def"


def test_parses_json_after_leading_prose_without_fence() -> None:
    assert parse(f"Sure! {GOOD}").answered


def test_reads_passage_numbers_written_as_text() -> None:
    reply = parse('{"answered": true, "answer": "x", "quotes": [{"passage": "[3]", "quote": "abc def"}]}')
    assert reply.quotes[0].passage == 3 and reply.quotes[0].translation is None


def test_rejects_text_without_json() -> None:
    with pytest.raises(MalformedReply):
        parse("The article says that the minister resigned.")


def test_rejects_json_missing_fields() -> None:
    with pytest.raises(MalformedReply):
        parse('{"answer": "x"}')


def test_rejects_truncated_json() -> None:
    with pytest.raises(MalformedReply):
        parse('{"answered": true, "answer": "x", "quotes": [{"passage": 1, "quote": "abc')
