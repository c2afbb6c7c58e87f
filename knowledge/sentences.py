"""Sentence boundaries inside one paragraph, as exact character offsets.

The boundaries come from ``sentence-splitter`` (the Moses/Koehn splitter with
per-language non-breaking-prefix lists: ``m.in.``, ``br.``, ``ds.``,
``prof.``, ``Dr.``, ``Jan.``, single-letter initials …).  On top of it we do
only what it cannot:

- the Polish opening quote „ is Unicode "open punctuation", which the
  splitter does not accept as a sentence opener, so ``…informacjom. „Twierdzenia``
  would never split; we show it “ instead (same length, offsets unchanged);
- a few prefixes its Polish list lacks and that we saw split wrongly
  (``ok. 200``, ``mjr. Bolesława``, ``hebr. Megillat``; see bench/segmentation.py),
  and none that are everyday nouns (``lek.``, ``kult.``);
- the library breaks after its own prefixes when a quotation follows
  (``pt. „Tytuł”``, ``por. „Agatona”``); we join those back;
- a Polish clause with only a date before ``r.`` (``…, że w 2024 r. Drewmax kupił``)
  goes on past it;
- a Polish dash after a full stop opens a sentence (``…jest zły. – Rząd nie wie``);
- Polish ordinals before a capitalised word (``w 18. Konkursie``,
  ``lat 90. XX wieku``) are not sentence ends;
- never split inside a quotation that opens and closes in the paragraph,
  nor after the "1." of a numbered paragraph.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sentence_splitter import SentenceSplitter

# Non-breaking prefixes added to the library's own list (one per line, the
# library's file format).  Each was seen splitting a sentence in two.
_EXTRA_PREFIXES = {
    "pl": (
        "ok",  # ok. 200 żołnierzy (około)
        "Ok",
        "mjr",  # mjr. Bolesława Szajdy (often written with a dot)
        "ppłk",
        "kmdr",
        "abp",
        "hebr",  # (hebr. Megillat Ester)
        "ros",
        "ukr",
        "Ł",  # an initial: Ł. Kowalski (the list has A-Z, Ś, Ć, Ż, Ź but not Ł)
    ),
    "en": (),
}
# Entries of the library's list that are also common nouns ending sentences:
# "…zarejestrowano nowy lek. Ministerstwo…".
_DROPPED_PREFIXES = {"pl": frozenset(("lek", "Lek", "kult")), "en": frozenset()}
# Same-length substitutions shown to the splitter only.
_FOR_SPLITTER = str.maketrans({"„": "“", "‚": "‘"})
# "…jest zły. – Rząd nie wie …": a Polish dash after a sentence's end opens a line of dialogue; the splitter takes
# no dash for a sentence opener, so it is shown an opening quote there (same length)
_DIALOGUE_DASH = re.compile(r"(?<=[.!?…]\s)[–—](?=\s)")
_LAST_WORD = re.compile(r"(?:^|[\s(\[])([\w.\-]+)\.$")
_PL_ORDINAL = re.compile(r"(?:^|\s)(?P<prev>\w+)?\s*\d{1,3}\.$")
_ROMAN_CENTURY = re.compile(r"[IVXLC]+\s+(?:w\.|wiek)")  # lata 90. XX wieku / XX w.
# A number after one of these is an ordinal, not a sentence end: "w 18. Konkursie".
_PL_PREPOSITIONS = frozenset(("w", "we", "na"))
# "…, że w 2024 r. Drewmax kupił …": a clause with nothing but a date before "r." (roku) has no verb yet, so the
# capital after it is a name, not a new sentence; a whole sentence "W 2024 r." is no sentence either
_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
_DATE_WORDS = r"(?:w|we|od|do|z|ze|na|po|przed|około|końca|końcu|początku|połowy|połowie|\d{1,2}|" + _MONTHS.replace(" ", "|") + ")"
_OPEN_DATE_CLAUSE = re.compile(
    r"(?:^|(?:^|[\s,])(?:że|iż|gdy|kiedy|jeśli|jeżeli|bo|ponieważ|choć|chociaż|aby|żeby)\s+)(?:" + _DATE_WORDS + r"\s+)+\d{4}\s+r\.$",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(r"\(?\d{1,3}[.)]")  # "1." opening a numbered paragraph
_PAIRS = {"„": "”“", "“": "”", "«": "»"}


@dataclass(frozen=True)
class _Splitter:
    """The library's splitter plus the prefixes it must never end a sentence on."""

    moses: SentenceSplitter
    prefixes: frozenset[str]


@lru_cache(maxsize=8)
def _splitter(lang: str) -> _Splitter:
    lang = lang if lang in _EXTRA_PREFIXES else "en"
    listed = resources.files("sentence_splitter").joinpath("non_breaking_prefixes", f"{lang}.txt").read_text(encoding="utf-8")
    dropped = _DROPPED_PREFIXES[lang]
    lines = [line for line in listed.splitlines() if line.split("#")[0].strip() not in dropped] + list(_EXTRA_PREFIXES[lang])
    # the library reads its list from a file path only
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{lang}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        moses = SentenceSplitter(language=lang, non_breaking_prefix_file=str(path))
    always = frozenset(w for line in lines if "#NUMERIC_ONLY#" not in line and (w := line.split("#")[0].strip()))
    return _Splitter(moses, always)


def quotations(chunk: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation that opens and closes inside ``chunk``."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    straight: int | None = None
    for i, ch in enumerate(chunk):
        if stack and ch in _PAIRS[stack[-1][0]]:
            spans.append((stack.pop()[1], i + 1))
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
    return spans


def _align(chunk: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Offsets in ``chunk`` of the splitter's pieces (it folds runs of spaces)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        words = piece.split()
        if not words:
            continue
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
    return spans


def _ends_on_prefix(left: str, prefixes: frozenset[str]) -> bool:
    """True when ``left`` ends in an abbreviation such as ``pt.`` or ``m.in.``.

    The library breaks after any ``.`` that a quotation mark follows
    (``pt. „Tytuł”``), even after its own non-breaking prefixes.
    """
    m = _LAST_WORD.search(left)
    return m is not None and m.group(1) in prefixes


def _pl_ordinal_before(left: str, right: str) -> bool:
    """True when ``left`` ends in a Polish ordinal that ``right`` continues.

    Polish writes ordinals as "18."; before a capital they name an event or
    a unit ("wygrała 18. Konkurs Piosenki", "lat 90. XX wieku", "w 63. Konkursie").
    """
    m = _PL_ORDINAL.search(left)
    if not m:
        return False
    prev = m.group("prev") or ""
    if _ROMAN_CENTURY.match(right) or prev.lower() in _PL_PREPOSITIONS:
        return True
    name = right.split()[:2]
    return prev.isalpha() and prev.islower() and len(name) == 2 and all(w[0].isupper() for w in name)


def split_sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), as absolute offsets."""
    chunk = text[start:end]
    shown = chunk.translate(_FOR_SPLITTER)
    if lang == "pl":
        shown = _DIALOGUE_DASH.sub("“", shown)
    split = _splitter(lang)
    spans = _align(shown, split.moses.split(shown))
    if not spans:
        return [(start, end)]
    quotes = quotations(chunk)
    merged: list[tuple[int, int]] = [spans[0]]
    for s, e in spans[1:]:
        prev_s, prev_e = merged[-1]
        inside_quote = any(qs < s < qe for qs, qe in quotes)
        left = chunk[prev_s:prev_e]
        if (
            inside_quote
            or _LIST_MARKER.fullmatch(left)
            or _ends_on_prefix(left, split.prefixes)
            or (lang == "pl" and _pl_ordinal_before(left, chunk[s:e]))
            or (lang == "pl" and _OPEN_DATE_CLAUSE.search(left.strip()) is not None)
        ):
            merged[-1] = (prev_s, e)
        else:
            merged.append((s, e))
    # text the splitter dropped at the paragraph's end (rare) joins the last sentence
    last_s, last_e = merged[-1]
    if chunk[last_e:].strip():
        merged[-1] = (last_s, len(chunk.rstrip()))
    return [(start + s, start + e) for s, e in merged]
