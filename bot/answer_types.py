"""Answer types: whether a sentence holds the kind of answer a question asks for.

"When" wants a date or a period, "how many" a number, "how much does it
cost" an amount, "who" a name; a sentence without one cannot answer it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.leaning import RELATIVE_TIME
from knowledge.terms import Term, terms

_MONTHS = (
    r"stycz|lut|marz|kwie|maj|czerw|lip|sierp|wrze[śs]|pa[źz]dziern|listopad|grud|"
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
_TIME = re.compile(
    rf"\b(?:\d{{3,4}}|(?:{_MONTHS})\w*|[IVX]+\s*w\b|wiek\w*|centur\w*|lat(?:ach)?|rok\w*|years?|"
    r"poniedziałek|wtorek|środ\w|czwart\w*|piąt\w*|sobot\w|niedziel\w|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"wczoraj|dzisiaj|dziś|jutro|yesterday|today|tomorrow|"
    # a period named by what happened in it: "po II wojnie światowej", "w okresie międzywojennym", "w epoce brązu"
    r"wojn\w*|wojen|okres\w*|epok\w*|"
    # wire-style abbreviated months with a day: "Dec. 8", "Sept 30"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}\b)",
    re.I,
)
_REASON = re.compile(
    r"\b(?:because|since|due|owing|reason|so that|therefore|"
    r"bo|ponieważ|gdyż|dlatego|powod\w*|przyczyn\w*|z uwagi|wskutek|w związku|aby|żeby|wynika\w*|wynikaj\w*|"
    r"results? from|resulted from|caused by|spowodowan\w*)\b",
    re.I,
)
_AMOUNT = re.compile(
    r"[$€£¥]\s*\d|\d[\d\s.,]*\s*(?:zł\w*|złotych|gr\b|usd|pln|eur\w*|dolar\w*|dollars?|euros?|funt\w*|pounds?|juan\w*|yuan|"
    r"proc\w*|percent|%|mln|mld|million|billion|tys\w*|thousand)",
    re.I,
)
_NUMBER = re.compile(
    r"\d|\b(?:jed[eno]\w*|dw[aóu]\w*|trz[ey]\w*|czter\w*|pię[ćc]\w*|sze[śs][ćc]\w*|siedem\w*|osiem\w*|dziewię\w*|dziesię\w*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|"
    r"tysi\w*|milion\w*|miliard\w*|mln|mld|proc)\b",
    re.I,
)

# a year is a date, not a count: "w 2023 r.", "in 2022", "w latach 2021–2023", "od 2029 roku"
_YEAR = re.compile(
    r"\b(?:(?:w|we|od|do|z|ze|po|przed|in|since|by|until|of|from|to|before|after)\s+|(?:"
    + _MONTHS
    + r")\w*\s+(?:\d{1,2},?\s+)?)?(?:1[5-9]|20)\d\d(?:\s*[–-]\s*(?:1[5-9]|20)\d\d)?(?:\s*(?:r\.|rok\w*))?(?!\w)",
    re.I,
)


def _without_years(text: str) -> str:
    """``text`` with its years taken out (a year said as one: after "w", "in", a month, before "r.", in a range)."""
    return _YEAR.sub(lambda m: " " if _is_year(m.group(0)) else m.group(0), text)


def _is_year(found: str) -> bool:
    return bool(re.match(r"\D", found)) or bool(re.search(r"r\.|rok|[–-]", found, re.I))


def holds_type(text: str, answer_type: str | None, asked: Sequence[Term], lang: str) -> bool:
    """True when ``text`` holds the kind of answer asked for (a date, a number, a name ...)."""
    if answer_type == "time":
        return bool(_TIME.search(RELATIVE_TIME.sub(" ", text)))
    if answer_type == "number":
        return bool(_NUMBER.search(_without_years(text)))
    if answer_type == "amount":
        return bool(_AMOUNT.search(text))
    if answer_type == "reason":
        return bool(_REASON.search(text))
    if answer_type in ("person", "place", "name"):
        asked_keys = {k for t in asked for k in t.keys}
        for t in terms(text, lang):
            if t.start > 0 and t.text[:1].isupper() and not asked_keys.intersection(t.keys):
                return True
        return "„" in text or '"' in text
    return True
