"""The names a question asks about, and whether the article mentions them: a name it never mentions refuses the question."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from knowledge.countries import polish_blocs, polish_countries
from knowledge.roles import ORGANISATION_ROLES, ROLE_SPELLINGS
from knowledge.terms import is_stop, name_matches

# English capitalises months and weekdays; they are not names to look for
_CALENDAR = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))
# "CEO", "CFO": a title written in capitals, which the article may spell out ("Chief Executive X")
_TITLES = frozenset(spelling for group in ROLE_SPELLINGS for spelling in group if " " not in spelling)


def question_names(text: str, lang: str, *, whole: bool = False) -> list[list[str]]:
    """Runs of capitalised words (names) in a question, first word excluded (``whole``: a phrase, every word counts)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for i, tok in enumerate(re.finditer(r"[\w’'-]+", text)):
        word = tok.group(0).rstrip("’'").removesuffix("’s").removesuffix("'s")
        is_name = (
            (i > 0 or whole)
            and word[:1].isupper()
            and word.replace("-", "").isalpha()
            and not is_stop(word, lang)
            and word.lower() not in _CALENDAR
            and word.lower() not in _TITLES
        )
        if is_name:
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def names_found(
    text: str, lang: str, vocabulary: frozenset[str], *, whole: bool = False, across: bool = False, blocs: bool = False
) -> bool:
    """False when ``text`` names someone or something the article never mentions. ``across``: the article is in
    the other language, where an institution's English name ("the Ministry of Health") is translated, not spelled;
    ``blocs``: so is "EU" ("fundusze unijne") — for a factual question, not a party that must speak."""
    runs = question_names(text, lang, whole=whole)
    if not (across and lang == "en"):
        return all(any(name_matches(w, vocabulary) for w in run) for run in runs)
    # across languages a country is translated ("Belarusian" -> "Białoruś"), and so is an institution's name
    runs = [run for run in runs if not _institution_name(run, text)]
    return all(
        any(name_matches(n, vocabulary) for w in run for n in (w, *polish_countries(w), *(polish_blocs(w) if blocs else ())))
        for run in runs
    )


def _institution_name(run: Sequence[str], text: str) -> bool:
    """ "Health" in "the Ministry of Health" or "the Health Ministry": the common words of an institution's name."""
    roles = "|".join(sorted(ORGANISATION_ROLES))
    name = r"\s+".join(map(re.escape, run))
    after_role = rf"\b(?:{roles})\s+(?:of|for)\s+(?:the\s+)?{name}\b"
    return run[-1].lower() in ORGANISATION_ROLES or re.search(after_role, text, re.IGNORECASE) is not None
