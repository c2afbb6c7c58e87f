"""A sentence as analysed tokens: words with lemmas and tags, punctuation, quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from knowledge import morph
from knowledge.quotes import Quote, find_quotes, is_title

_TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
CLAUSE_MARKS = set(",;:–—()") | {"-"}
QUOTE_MARKS = set('„”“‚’«»"')
NAME_CLASSES = {"nazwisko", "imię", "nazwa_firmy", "nazwa_instytucji", "nazwa_organizacji", "marka", "człon_nazwy_firmy"}


@dataclass(frozen=True)
class Tok:
    """A word or punctuation mark of the text, with its dictionary readings."""

    text: str
    start: int
    end: int
    lang: str
    quote: Quote | None = None  # the quotation (not a quoted title) this token sits in
    initial: bool = False  # the first word of its sentence (or of a quotation or line opening it)

    @property
    def is_word(self) -> bool:
        """Letters or digits, not punctuation."""
        return self.text[0].isalnum() or self.text[0] == "_"

    @cached_property
    def readings(self) -> tuple[morph.Reading, ...]:
        """Morfeusz readings (Polish), empty for English and unknown words."""
        return morph.readings(self.text, self.lang) if self.is_word else ()

    @cached_property
    def lemmas(self) -> tuple[str, ...]:
        """Lowercased lemmas; an unknown word is its own lemma."""
        if not self.is_word:
            return (self.text,)
        if self.lang == "pl":
            found = tuple(dict.fromkeys(r.lemma.lower() for r in self.readings))
            return found or (self.text.lower(),)
        return morph.lemmas(self.text, self.lang)

    def has(self, *pos: str) -> bool:
        """Whether some reading has one of these parts of speech (``subst``, ``praet`` …)."""
        return any(r.pos in pos for r in self.readings)

    def reading(self, *pos: str) -> morph.Reading | None:
        """The first reading with one of these parts of speech."""
        return next((r for r in self.readings if r.pos in pos), None)

    @property
    def capital(self) -> bool:
        """Starts with a capital letter."""
        return self.text[0].isupper()

    @property
    def known(self) -> bool:
        """The dictionary knows the word (always true for English, which has no tags)."""
        return self.lang != "pl" or bool(self.readings)

    def name_classes(self) -> set[str]:
        """Proper-name classes the dictionary gives (``nazwisko``, ``nazwa_geograficzna`` …)."""
        return {n for r in self.readings for n in r.names}


def tokenize(text: str, start: int, end: int, lang: str, quotes: bool = True) -> list[Tok]:
    """The tokens of ``text[start:end]``; words inside a quotation (not a quoted name) carry it, unless ``quotes`` is off."""
    found = sentence_quotes(text, start, end) if quotes else []
    out: list[Tok] = []
    qi = 0
    opening = True  # no word yet, or only opening marks/dashes, or a full stop before
    for m in _TOKEN_RE.finditer(text, start, end):
        while qi < len(found) and found[qi].end <= m.start():
            qi += 1
        inside = found[qi] if qi < len(found) and found[qi].start <= m.start() < found[qi].end else None
        word = m.group(0)
        is_word = word[0].isalnum() or word[0] == "_"
        out.append(Tok(word, m.start(), m.end(), lang, inside, initial=opening and is_word))
        if is_word:
            opening = False
        elif (word in ".!?:" and not (len(out) > 1 and is_abbreviation(out[-2].text))) or (word in '„“"«–—' and opening):
            opening = True
    return out


def sentence_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in a span that are speech, not quoted names."""
    return [q for q in find_quotes(text, start, end) if not is_title(text, q)]


# titles longer than three letters that a full stop abbreviates before a name ("prof. Jan Lis", "prok. Anna Lis",
# "insp. Jan Lis", "nadkom. Jan Lis")
_LONG_TITLES = frozenset(["prof", "ppłk", "kmdr", "ppor", "prok", "insp", "podinsp", "nadkom", "podkom", "sierż", "chor", "bryg"])


# capitalised titles a full stop abbreviates before a name ("Dr. Laura Chen", "Prof. Jan Lis", "Mr. Potter")
TITLE_ABBREVIATIONS = frozenset(["Dr", "Mr", "Mrs", "Ms", "Prof", "Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt", "St", "Rev"])


def is_abbreviation(word: str) -> bool:
    """A short lowercase word that a full stop abbreviates ("br.", "ds.", "m.in.", "np.", "prof."), or a title ("Dr.")."""
    return (word.isalpha() and word.islower() and (len(word) <= 3 or word in _LONG_TITLES)) or word in TITLE_ABBREVIATIONS


def units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a segmenter sentence where a full stop outside quotations ends one before „… or a capital.

    The sentence splitter does not break before an opening „, so "… informacjom. „Twierdzenia …”
    – taką odpowiedź cytował „WSJ”." arrives as one sentence.
    """
    quoted = [(q.start, q.end) for q in find_quotes(text, start, end)]
    out: list[tuple[int, int]] = []
    begin = start
    for m in re.finditer(r"[.!?](?=\s+(?:[–—]\s+)?[„“\"«A-ZĄĆĘŁŃÓŚŹŻ])", text[start:end]):
        p = start + m.start()
        if any(s <= p < e for s, e in quoted):
            continue
        before = re.search(r"(\w+)$", text[begin:p])
        if before and is_abbreviation(before.group(1)):
            continue
        out.append((begin, p + 1))
        begin = p + 1
        while begin < end and text[begin].isspace():
            begin += 1
    out.append((begin, end))
    return [(s, e) for s, e in out if text[s:e].strip()]
