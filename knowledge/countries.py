"""Country names across languages: "Belarusian" or "Belarus" asked of a Polish article is "Białoruś".

An English question capitalises countries and their adjectives, and across languages names are
checked by spelling, so "the German weekly" would never meet "niemiecki tygodnik" nor "Belarusian
timber" "drewno z Białorusi".  The ISO 3166 names and their Polish translations come from
pycountry; an English adjective is its country's name with a regular ending ("Belarus-ian",
"Chin-ese", "German-(y)", "Ital-(y)-ian", "Swed-(en)-ish").  Irregular ones ("French", "Polish", "Dutch") are not
guessed.
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

_ENDINGS = ("", "n", "an", "ian", "ese", "i", "ish", "ic", "egian")
_DROPPED = ("stan", "en", "ay", "ia", "a", "e", "y")  # Kazakh-stan, Swed-en, Norw-ay, Czech-ia, Chin-a, Ukrain-e, German-y


@lru_cache(maxsize=1)
def _polish_names() -> dict[str, str]:
    """One-word English country names (lowercase) -> their Polish names."""
    polish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["pl"])
    names: dict[str, str] = {}
    for country in pycountry.countries:
        translated = polish.gettext(country.name).split(",")[0]  # "Iran, Islamska Republika"
        for english in {country.name, getattr(country, "common_name", country.name)}:
            if " " not in english and "," not in english and translated != english:
                names[english.lower()] = translated
    return names


# English abbreviations of unions of states and their Polish words ("EU funds" are "fundusze unijne", "środki UE")
_BLOCS = {"eu": ["UE", "Unia", "unijny", "unijnych", "unijne"], "un": ["ONZ"], "us": ["USA"], "uk": ["Wielka", "Brytania"]}


def polish_blocs(word: str) -> list[str]:
    """The Polish words for an English abbreviation of a union of states ("EU" -> "UE", "unijny" …); empty when none."""
    return _BLOCS.get(word.lower(), []) if word.isupper() else []


def polish_countries(word: str) -> list[str]:
    """The Polish names of the countries an English country name or adjective names; empty when none."""
    low = word.lower()
    found = []
    for english, polish in _polish_names().items():
        stems = {english} | {english.removesuffix(end) for end in _DROPPED if english.endswith(end) and len(english) - len(end) >= 4}
        if any(low == stem + ending for stem in stems for ending in _ENDINGS):
            found.append(polish)
    return found
