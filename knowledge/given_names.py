"""First names of any origin ("Hendrik", "Priya", "João", "Mateo"), for typing names in English text.

Morfeusz knows Polish first names (``imię``) only, and English tokens carry no tags at all, so an
English article's "Hendrik Vos" looked like a company. gender-guesser ships an international
first-name dictionary (~40k names, 50+ countries) inside its wheel; it is read once, on first use
(~0.1 s), and never touches the network.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge.lexicon import PRONOUNS, words_of
from knowledge.names import EN_FUNCTION

# dictionary first names that are far more often institution or place words in a name:
# "General Motors", "Santa Clara", "Key West", and English function words the dictionary lists ("The", "You")
_NOT_GIVEN = words_of("general santa san saint st grand royal union national key slim you we it") | EN_FUNCTION | PRONOUNS["en"]


# the dictionary rates each name's frequency per country from 1 (a handful of bearers) to 13 ("D"); a name
# rated 1 everywhere is too rare to outweigh a place or a brand ("Barra", "Marca", "Erasmus")
_MIN_FREQUENCY = 2


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """The dictionary's first names, lowercased ("joão", "hendrik"), read from the wheel's data file."""
    from importlib.resources import files

    found = set()
    data = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line[:1] in ("#", "=", "") or len(line) < 31:
            continue
        rated = [int(c, 16) for c in line[30:-1] if c in "0123456789ABCDEFabcdef"]
        if rated and max(rated) >= _MIN_FREQUENCY:
            found.add(line.split()[1].lower())
    return frozenset(found)


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name in the dictionary (any country, any gender)."""
    low = word.lower()
    if len(low) < 2 or low in _NOT_GIVEN or not low.isalpha():
        return False
    return low in _names()
