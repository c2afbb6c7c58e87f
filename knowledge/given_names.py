"""First names of any origin ("Hendrik", "Priya", "João", "Mateo"), for telling people from organisations.

Morfeusz tags mostly Polish first names (``imię``), and English tokens carry no tags at all, so
"Hendrik Vos" looked like a company. gender-guesser ships an international first-name dictionary
(~48k entries, 50+ countries) inside its wheel; the ~23k names rated above "a handful" are read once,
on first use (~0.1 s, ~5 MiB), and nothing touches the network.
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
_MIN_FREQUENCY = "2"  # hex digits and blanks compare in order as characters: " " < "1" < "9" < "A"


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """The dictionary's first names, lowercased ("joão", "hendrik"), read from the wheel's data file."""
    from importlib.resources import files

    data = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    lines = data.splitlines()
    return frozenset(line.split()[1].lower() for line in lines if line[:1] not in "#=" and max(line[30:-1], default=" ") >= _MIN_FREQUENCY)


@lru_cache(maxsize=4096)
def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name in the dictionary (any country, any gender)."""
    low = word.lower()
    if len(low) < 2 or low in _NOT_GIVEN or not low.isalpha():
        return False
    return low in _names()
