"""Segmentation: paragraphs (non-empty lines), headings, the source line, sentences.

Sentence boundaries come from :mod:`knowledge.sentences`; every span is a
character offset into the unchanged article text.
"""

from __future__ import annotations

import re

from knowledge.article import Article, Paragraph, Sentence, content_id
from knowledge.dateline import dateline_agency, dateline_end
from knowledge.lang import detect_lang
from knowledge.sentences import split_sentences

# A trailing attribution line such as "Źródło: PAP" or "Source:" (empty = unknown).
_SOURCE_RE = re.compile(r"^\s*(?:Źródło|Źródła|Zrodlo|Źródło informacji|Source|Sources)\s*:\s*(?P<value>.*?)\s*$", re.I)
_FINAL_PUNCT = tuple(".!?…:;,")
_CLOSING = "”\"’'»)]"
_HEADING_MAX_CHARS = 120
_HEADING_MAX_WORDS = 16
_TITLE_MAX_CHARS = 140


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line, whitespace trimmed."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    return spans


def is_heading(line: str) -> bool:
    """A short line without sentence-final punctuation: a headline or crosshead."""
    body = line.strip().rstrip(_CLOSING)
    if not body or len(line) > _HEADING_MAX_CHARS or len(line.split()) > _HEADING_MAX_WORDS:
        return False
    return not body.endswith(_FINAL_PUNCT)


def source_of(line: str) -> str | None:
    """The value of a ``Źródło:``/``Source:`` line, '' when empty, None when not one."""
    m = _SOURCE_RE.match(line)
    return m.group("value") if m else None


def _title(text: str, paragraphs: list[Paragraph], sentences: list[Sentence]) -> str:
    if paragraphs and paragraphs[0].heading:
        p = paragraphs[0]
        return text[p.start : p.end]
    if not sentences:
        return ""
    first = text[dateline_end(text, sentences[0].start) : sentences[0].end]
    if len(first) <= _TITLE_MAX_CHARS:
        return first
    cut = first[:_TITLE_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


def build_article(
    text: str,
    *,
    article_id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    ingested_at: str | None = None,
) -> Article:
    """Segment ``text`` into an :class:`Article` (the text itself is kept byte for byte)."""
    lang = detect_lang(text)
    spans = split_paragraphs(text)
    source_paragraph = None
    found_source: str | None = None
    if len(spans) > 1:  # a lone line is the article, not its attribution
        s, e = spans[-1]
        value = source_of(text[s:e])
        if value is not None:
            source_paragraph = len(spans)
            found_source = value or None
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for n, (s, e) in enumerate(spans, start=1):
        line = text[s:e]
        heading = n != source_paragraph and is_heading(line)
        paragraphs.append(Paragraph(n=n, start=s, end=e, heading=heading))
        if n == source_paragraph:
            continue
        for ss, se in split_sentences(text, s, e, lang):
            sentences.append(Sentence(index=len(sentences), paragraph=n, start=ss, end=se))
    lead = next((x for x in sentences if not paragraphs[x.paragraph - 1].heading), None)
    if found_source is None and lead is not None:
        found_source = dateline_agency(text, lead.start)  # "LONDON, Nov 28 (Reuters) - …" opens the lead
    return Article(
        id=article_id or content_id(text),
        text=text,
        title=title or _title(text, paragraphs, sentences),
        source=source or found_source,
        lang=lang,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        published=published,
        ingested_at=ingested_at,
        source_paragraph=source_paragraph,
    )
