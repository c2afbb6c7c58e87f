from __future__ import annotations

from bot.files import _trusted, is_text_file

API = "https://slack.com/api/"


def test_a_slack_file_host_over_https_gets_the_token() -> None:
    assert _trusted("https://files.slack.com/files-pri/T1-F1/download/a.txt", API)


def test_a_slack_file_host_over_plain_http_does_not_get_the_token() -> None:
    assert not _trusted("http://files.slack.com/files-pri/T1-F1/download/a.txt", API)


def test_a_foreign_host_does_not_get_the_token() -> None:
    assert not _trusted("https://files.slack.com.evil.example/a.txt", API)


def test_the_configured_api_host_is_trusted_on_any_web_scheme() -> None:
    assert _trusted("http://127.0.0.1:8123/files/a.txt", "http://127.0.0.1:8123/api/")


def test_a_txt_name_marks_a_text_file() -> None:
    assert is_text_file({"name": "Story.TXT"}) and not is_text_file({"name": "story.pdf", "mimetype": "application/pdf"})
