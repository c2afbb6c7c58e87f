"""Question validation: cleaned to one plain line, or refused with a reason the user can act on."""

from __future__ import annotations

import pytest

from bot.guard import BadQuestion, clean_question


def test_whitespace_only_question_is_empty() -> None:
    with pytest.raises(BadQuestion) as err:
        clean_question(" \n\t ", 100)
    assert err.value.reason == "empty"


def test_question_over_the_limit_is_refused_stating_the_limit() -> None:
    with pytest.raises(BadQuestion) as err:
        clean_question("x" * 50_000, 2000)
    assert err.value.reason == "too_long"
    assert "50,000 characters" in str(err.value) and "the limit is 2,000" in str(err.value)


def test_control_characters_become_spaces() -> None:
    assert clean_question("who\x00said\x1b[31m it\u202e?", 100) == "who said [31m it ?"


def test_slack_markup_is_read_as_text_and_the_bot_mention_dropped() -> None:
    raw = "<@UBOT> what did <http://x|Anna Berg> tell <@U123>? <!channel>"
    assert clean_question(raw, 100, slack=True, drop_user="UBOT") == "what did Anna Berg tell @U123? @channel"


def test_mention_alone_is_empty() -> None:
    with pytest.raises(BadQuestion):
        clean_question("<@UBOT>", 100, slack=True, drop_user="UBOT")


def test_cli_refuses_an_over_long_question_stating_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    assert main(["ask", "x" * 50_000]) == 2
    assert "the limit is 2,000" in capsys.readouterr().err
