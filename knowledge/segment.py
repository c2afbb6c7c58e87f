"""Segmentation: paragraphs (non-empty lines), headings, the source line, sentences.

Sentence boundaries come from ``sentence-splitter`` (the Moses/Koehn splitter
with per-language non-breaking-prefix lists: ``m.in.``, ``br.``, ``ds.``,
``prof.``, ``Dr.``, ``Jan.``, initials …).  On top of it we only do what it
cannot: never split inside a „…” / “…” quotation, and map every sentence back
to exact character offsets in the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sentence_splitter import SentenceSplitter

from knowledge.article import Article, Paragraph, Sentence, content_id
from knowledge.lang import detect_lang

# A trailing attribution line such as "Źródło: PAP" or "Source:" (empty = unknown).
_SOURCE_RE = re.compile(r"^\s*(?:Źródło|Źródła|Zrodlo|Źródło informacji|Source|Sources)\s*:\s*(?P<value>.*?)\s*$", re.I)
_FINAL_PUNCT = tuple(".!?…:;,")
_CLOSING = "”\"’'»)]"
_HEADING_MAX_CHARS = 120
_HEADING_MAX_WORDS = 16
_TITLE_MAX_CHARS = 140

_OPEN_QUOTES = "„“«"
_CLOSE_QUOTES = "”»"


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


@lru_cache(maxsize=8)
def _splitter(lang: str) -> SentenceSplitter:
    return SentenceSplitter(language=lang if lang in ("pl", "en") else "en")


def _quote_depth(s: str) -> int:
    """How many quotations are left open at the end of ``s`` („…”, “…”, «…», "…")."""
    depth = 0
    for ch in s:
        if ch in _OPEN_QUOTES:
            depth += 1
        elif ch in _CLOSE_QUOTES and depth:
            depth -= 1
    return depth + s.count('"') % 2


def split_sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), as absolute offsets."""
    chunk = text[start:end]
    pieces = _splitter(lang).split(chunk)
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        # the splitter may fold whitespace; find the piece word by word
        words = piece.split()
        first = chunk.find(words[0], pos)
        if first < 0:
            continue
        cur = first
        for w in words:
            idx = chunk.find(w, cur)
            if idx < 0:
                break
            cur = idx + len(w)
        spans.append((first, cur))
        pos = cur
    if not spans:
        return [(start, end)]
    # glue spans that break inside an open quotation
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and _quote_depth(chunk[merged[-1][0] : s]) > 0:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    # the paragraph's tail (rare: text the splitter dropped) joins the last sentence
    last_s, last_e = merged[-1]
    if chunk[last_e:].strip():
        merged[-1] = (last_s, len(chunk.rstrip()))
    return [(start + s, start + e) for s, e in merged]


def _title(text: str, paragraphs: list[Paragraph], sentences: list[Sentence]) -> str:
    if paragraphs and paragraphs[0].heading:
        p = paragraphs[0]
        return text[p.start : p.end]
    if not sentences:
        return ""
    first = text[sentences[0].start : sentences[0].end]
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
    if spans:
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
