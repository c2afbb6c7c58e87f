from pathlib import Path

import pytest

from knowledge.article import content_id, decode_text, read_text
from knowledge.errors import BadArticle
from knowledge.segment import build_article


def test_utf8_text_is_kept_as_is() -> None:
    assert decode_text("Zażółć gęślą jaźń.\n".encode()) == "Zażółć gęślą jaźń.\n"


def test_crlf_and_cr_line_endings_become_newlines() -> None:
    assert decode_text(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_a_byte_order_mark_is_dropped() -> None:
    assert decode_text(b"\xef\xbb\xbfTekst.") == "Tekst."


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", b"\xef\xbb\xbf  \n"])
def test_empty_text_is_rejected(data: bytes) -> None:
    with pytest.raises(BadArticle, match="empty"):
        decode_text(data, "a.txt")


def test_binary_data_is_rejected() -> None:
    with pytest.raises(BadArticle, match="binary"):
        decode_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.png")


def test_non_utf8_text_is_rejected_with_the_byte_position() -> None:
    with pytest.raises(BadArticle, match=r"not valid UTF-8 \(byte 2\)"):
        decode_text("Zażółć".encode("cp1250"), "a.txt")


def test_read_text_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadArticle, match="no such file"):
        read_text(tmp_path / "nope.txt")


def test_read_text_reports_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BadArticle, match="not a file"):
        read_text(tmp_path)


def test_read_text_equals_the_file_text(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(seed_text.encode())
    assert read_text(path) == seed_text


def test_content_id_is_a_short_stable_hash() -> None:
    assert content_id("a") == content_id("a") != content_id("b")
    assert len(content_id("a")) == 16


def test_paragraph_at_maps_offsets_to_paragraph_numbers(seed_text: str) -> None:
    article = build_article(seed_text)
    for p in article.paragraphs:
        assert article.paragraph_at(p.start) == p.n
        assert article.paragraph_at(p.end - 1) == p.n
    assert article.paragraph_at(article.paragraphs[0].end) == 0  # the newline between ¶1 and ¶2


def test_body_paragraphs_leave_out_headings_and_the_source_line(seed_text: str) -> None:
    article = build_article(seed_text)
    assert [p.n for p in article.body_paragraphs()] == [1, 2, 4, 5, 6, 8, 9, 11, 12, 13, 14]


def test_span_is_the_text_between_offsets(seed_text: str) -> None:
    article = build_article(seed_text)
    s = article.sentences[0]
    assert article.span(s.start, s.end) == article.sentence_text(s) == seed_text[s.start : s.end]
