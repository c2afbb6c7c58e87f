"""Which language a text is in: Polish or English (the languages the bot serves)."""

from __future__ import annotations

import re

# Letters that only Polish uses among the two languages, and the commonest
# function words of each: enough to tell Polish from English in a question of
# three words, without loading a language-identification model at start-up.
_PL_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_PL_WORDS = frozenset(
    [
        "i",
        "w",
        "we",
        "z",
        "ze",
        "na",
        "do",
        "nie",
        "się",
        "że",
        "to",
        "jest",
        "są",
        "był",
        "była",
        "było",
        "co",
        "kto",
        "jak",
        "czy",
        "o",
        "od",
        "po",
        "za",
        "przez",
        "dla",
        "jaki",
        "jaka",
        "jakie",
        "który",
        "która",
        "które",
        "kiedy",
        "gdzie",
        "dlaczego",
        "ile",
        "ten",
        "ta",
        "także",
        "oraz",
        "ale",
        "lub",
        "mówi",
        "powiedział",
        "powiedziała",
        "według",
        "zdaniem",
    ]
)
_EN_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "in",
        "on",
        "is",
        "are",
        "was",
        "were",
        "what",
        "who",
        "when",
        "where",
        "why",
        "how",
        "which",
        "did",
        "does",
        "do",
        "say",
        "said",
        "says",
        "about",
        "with",
        "for",
        "from",
        "by",
        "that",
        "this",
        "it",
        "its",
        "be",
        "has",
        "have",
        "had",
        "their",
        "they",
    ]
)
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def detect_lang(text: str, default: str = "en") -> str:
    """'pl' or 'en' for ``text``; ``default`` when nothing tells them apart."""
    sample = text[:4000]
    raw = _WORD_RE.findall(sample)
    words = [w.lower() for w in raw]
    if not words:
        return default
    # a capitalised word after the first is a name, and a name's letters ("Łódź", "Wałęsa") tell nothing of the language
    spelled = [w for i, w in enumerate(raw) if i == 0 or not w[:1].isupper()]
    pl = sum(w in _PL_WORDS for w in words) + 2 * sum(ch in _PL_LETTERS for w in spelled for ch in w)
    en = sum(w in _EN_WORDS for w in words)
    if pl == en:
        # no function word tells ("Czego dotyczy rozejm?"): the words only one language's dictionary holds
        pl, en = _dictionary_votes([w.lower() for w in spelled])
    if pl == en:
        return default
    return "pl" if pl > en else "en"


def _dictionary_votes(words: list[str]) -> tuple[int, int]:
    """How many of ``words`` only Polish knows, and how many only English knows."""
    from knowledge.morph import known

    pl = sum(1 for w in words if known(w, "pl") and not known(w, "en"))
    en = sum(1 for w in words if known(w, "en") and not known(w, "pl"))
    return pl, en
