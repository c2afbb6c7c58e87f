"""The article model: text, paragraphs, sentences, all as character offsets."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from knowledge.errors import BadArticle


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of the article; ``n`` is 1-based (¶N)."""

    n: int
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence span inside paragraph ``paragraph``; ``index`` is 0-based over the article."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A news article and its segmentation; every span is ``text[start:end]``."""

    id: str
    text: str
    title: str
    source: str | None
    lang: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    published: str | None = None
    ingested_at: str | None = None
    source_paragraph: int | None = None

    def span(self, start: int, end: int) -> str:
        """The exact article text between two offsets."""
        return self.text[start:end]

    def paragraph(self, n: int) -> Paragraph:
        """Paragraph ¶n (1-based)."""
        return self.paragraphs[n - 1]

    def paragraph_at(self, offset: int) -> int:
        """The ¶ number holding character ``offset`` (0 when between paragraphs)."""
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p.n
        return 0

    def sentence_text(self, s: Sentence) -> str:
        """The text of one sentence."""
        return self.text[s.start : s.end]

    @cached_property
    def headings(self) -> frozenset[int]:
        """The ¶ numbers of headings (the headline, subheadings)."""
        return frozenset(p.n for p in self.paragraphs if p.heading)

    def body_paragraphs(self) -> tuple[Paragraph, ...]:
        """Paragraphs that carry content: not headings, not the source line."""
        return tuple(p for p in self.paragraphs if not p.heading and p.n != self.source_paragraph)


def content_id(text: str) -> str:
    """A stable article id derived from the text (content hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode_text(data: bytes, name: str = "article") -> str:
    """Decode article bytes as UTF-8 text, normalising line endings; reject junk."""
    if not data.strip():
        raise BadArticle(f"{name} is empty: an article needs some text")
    if b"\x00" in data:
        raise BadArticle(f"{name} looks like a binary file, not a UTF-8 text article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadArticle(f"{name} is not valid UTF-8 (byte {exc.start}); save it as UTF-8 text") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadArticle(f"{name} is empty: an article needs some text")
    return text


def read_text(path: str | Path) -> str:
    """Read an article file from disk as normalised UTF-8 text."""
    p = Path(path)
    if not p.exists():
        raise BadArticle(f"no such file: {p}")
    if not p.is_file():
        raise BadArticle(f"not a file: {p}")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise BadArticle(f"cannot read {p}: {exc.strerror or exc}") from None
    return decode_text(data, name=str(p))
