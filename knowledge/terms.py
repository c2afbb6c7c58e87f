"""Content terms of a text: the words that carry meaning, as lemma keys for matching.

A term's keys are its lemmas plus a short prefix key, so that an inflected or
foreign form still meets its base form ("Nokii" ~ "Nokia", "Londynu" ~
"London") across the two languages.  Function words are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from knowledge.morph import lemmas, words

_SPELLING_RATIO = 80  # rapidfuzz ratio for "london" ~ "londyn"
_LONG_RATIO = 75  # names of 8+ letters tolerate one more difference
PREFIX = 5  # letters of the prefix key; shorter words match by lemma only

# The stop-words package's English list also drops content words ("information",
# "million", "state"), so English uses this short list of function words.
_EN_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "without",
        "about",
        "into",
        "onto",
        "over",
        "under",
        "than",
        "then",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "their",
        "theirs",
        "they",
        "them",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "mine",
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "when",
        "where",
        "why",
        "how",
        "whether",
        "if",
        "so",
        "not",
        "no",
        "yes",
        "any",
        "all",
        "some",
        "each",
        "every",
        "such",
        "own",
        "same",
        "other",
        "also",
        "just",
        "only",
        "very",
        "too",
        "more",
        "most",
        "much",
        "many",
        "s",
        "t",
        "tell",
        "told",
        "say",
        "said",
        "says",
        "please",
        "give",
        "show",
        "let",
    ]
)


@lru_cache(maxsize=1)
def _pl_stop() -> frozenset[str]:
    from stop_words import get_stop_words

    return frozenset(get_stop_words("pl")) | {"br", "m", "in", "np", "tzw", "ws"}


def is_stop(word: str, lang: str) -> bool:
    """True for a function word of ``lang`` (or a one-letter word)."""
    low = word.lower()
    if len(low) < 2:
        return True
    if lang != "pl":
        return low in _EN_STOP
    # inflected pronouns ("jaką", "którego", "swoich") are stop words through any of their lemmas
    return low in _pl_stop() or any(lemma in _pl_stop() for lemma in lemmas(low, "pl"))


@dataclass(frozen=True)
class Term:
    """A content word with its offsets and the keys it matches by."""

    text: str
    start: int
    end: int
    keys: tuple[str, ...]


def keys_of(word: str, lang: str) -> tuple[str, ...]:
    """Lemma keys of one word plus its prefix key."""
    found = list(lemmas(word, lang))
    low = word.lower()
    if low not in found:
        found.append(low)
    if len(low) > PREFIX and low[:PREFIX].isalpha():
        found.append(low[:PREFIX] + "~")
    return tuple(found)


def terms(text: str, lang: str) -> list[Term]:
    """The content words of ``text`` (function words dropped)."""
    out = []
    for tok in words(text):
        if is_stop(tok.text, lang) or (tok.text.isdigit() and len(tok.text) < 2):
            continue
        out.append(Term(tok.text, tok.start, tok.end, keys_of(tok.text, lang)))
    return out


_FOLD = str.maketrans("ąćęłńóśźżäöüéèáàíóúñç", "acelnoszzaoueeaaiounc")


def fold(word: str) -> str:
    """Lowercase without diacritics ("Łódzka" -> "lodzka")."""
    return word.lower().translate(_FOLD)


def name_matches(name: str, vocabulary: frozenset[str]) -> bool:
    """True when a name word meets an article word, allowing for inflection and spelling.

    ``vocabulary`` holds folded article words.  "Nokia" meets "nokii",
    "London" meets "londynie", "Lisbon" meets "lizbona"; "Warsaw" does not
    meet "waszyngtonie" (spelling, not translation).  Either both words share a prefix of 4+
    letters that is most of the shorter word, or the name is spelled nearly
    like the article word's beginning (another language's spelling).
    """
    n = fold(name)
    if n in vocabulary:
        return True
    if len(n) < 4:
        return False
    for word in vocabulary:
        common = 0
        while common < min(len(word), len(n)) and word[common] == n[common]:
            common += 1
        if common >= 4 and common >= 0.6 * min(len(word), len(n)):
            return True
        # another language's spelling: "parliament" ~ "parlamentu", "london" ~ "londynie"
        if len(n) >= 6 and len(word) >= len(n) - 1 and fuzz.ratio(n, word[: len(n)]) >= (_SPELLING_RATIO if len(n) < 8 else _LONG_RATIO):
            return True
    return False
