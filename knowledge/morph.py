"""Morphology: words with offsets and their lemmas, Polish and English.

Polish uses Morfeusz 2 (the SGJP dictionary ships inside its wheel): every
possible lemma of an inflected form, so "Reutera" -> "reuter", "ambasadzie" ->
"ambasada". English uses simplemma's English dictionary.  Words neither knows
(foreign names such as "Kormeksu") come back as themselves, lowercased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    """A word of a text with its character offsets."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Token]:
    """The words of ``text`` with their offsets (punctuation dropped)."""
    return [Token(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text)]


@lru_cache(maxsize=1)
def _morfeusz():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@lru_cache(maxsize=200_000)
def _pl_lemmas(word: str) -> tuple[str, ...]:
    found: list[str] = []
    for _s, _e, (_form, lemma, tag, _names, _quals) in _morfeusz().analyse(word):
        if tag == "ign":
            continue
        base = lemma.split(":", 1)[0].lower()
        if base and base not in found:
            found.append(base)
    return tuple(found) or (word.lower(),)


@lru_cache(maxsize=65536)
def known(word: str, lang: str) -> bool:
    """True when the language's dictionary (Morfeusz 2's SGJP, simplemma's English) holds ``word``."""
    if lang == "pl":
        return any(tag != "ign" for _s, _e, (_f, _l, tag, _n, _q) in _morfeusz().analyse(word))
    import simplemma

    return bool(simplemma.is_known(word.lower(), lang="en"))


@lru_cache(maxsize=200_000)
def _en_lemmas(word: str) -> tuple[str, ...]:
    import simplemma

    low = word.lower()
    lemma = simplemma.lemmatize(low, lang="en").lower()
    return (lemma,) if lemma == low else (lemma, low)


def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """Every lemma the dictionary gives for ``word`` (the lowercased word if none)."""
    if lang == "pl":
        return _pl_lemmas(word)
    return _en_lemmas(word)


def lemma(word: str, lang: str) -> str:
    """The first (most likely) lemma of ``word``."""
    return lemmas(word, lang)[0]


@dataclass(frozen=True)
class Reading:
    """One dictionary reading of a word: lemma (case kept), part-of-speech tag, name classes."""

    lemma: str
    tag: str
    names: tuple[str, ...] = ()

    @property
    def pos(self) -> str:
        """The part of speech, the tag's first field (``subst``, ``praet``, ``adj`` …)."""
        return self.tag.split(":", 1)[0]


@lru_cache(maxsize=200_000)
def _pl_readings(word: str) -> tuple[Reading, ...]:
    found: list[Reading] = []
    for _s, _e, (_form, lem, tag, names, _quals) in _morfeusz().analyse(word):
        if tag == "ign":
            continue
        reading = Reading(lem.split(":", 1)[0], tag, tuple(names))
        if reading not in found:
            found.append(reading)
    return tuple(found)


def readings(word: str, lang: str) -> tuple[Reading, ...]:
    """Every Morfeusz reading of a Polish word (empty when unknown, and for English)."""
    return _pl_readings(word) if lang == "pl" else ()


@lru_cache(maxsize=1)
def _generator():  # type: ignore[no-untyped-def]
    import morfeusz2

    return morfeusz2.Morfeusz(generate=True, analyse=False, expand_tags=False)


_OBLIQUE = {"gen", "dat", "acc", "inst", "loc"}


def _fields(tag: str) -> list[set[str]]:
    return [set(f.split(".")) for f in tag.split(":")]


def _agrees(tag: str, number: set[str], case: set[str]) -> bool:
    f = _fields(tag)
    return f[0] == {"adj"} and len(f) >= 4 and bool(f[1] & number) and bool(f[2] & case)


def _nominative_form(raw_lemma: str, pos: str, number: set[str], gender: set[str], rest: tuple[str, ...] = ()) -> str | None:
    """The nominative form of a lemma in the given number and gender (Morfeusz's generator); ``rest``: the
    tag's further fields to keep ("pos", so that "Białego Domu" never becomes "Najbielszy Dom")."""
    for form, _lemma, tag, _names, _quals in _generator().generate(raw_lemma):
        f = _fields(tag)
        extra = tuple(tag.split(":")[4:])
        if f[0] == {pos} and len(f) > 3 and f[1] & number and "nom" in f[2] and f[3] & gender and extra[: len(rest)] == rest:
            return form
    return None


@lru_cache(maxsize=20_000)
def nominative_phrase(phrase: str, genitive: bool = False) -> str | None:
    """A Polish noun phrase in the nominative ("amerykańskiego wywiadu" -> "amerykański wywiad",
    "Instytutu Badań Rynku" -> "Instytut Badań Rynku"); None when it already is, or cannot tell.
    ``genitive``: the phrase is known to be one ("stanowisko spółki X"), though its head could also be a
    nominative plural ("spółki", "Ministerstwa")."""
    words = phrase.split()
    analyses = [[(lem, tag) for _s, _e, (_f, lem, tag, _n, _q) in _morfeusz().analyse(w) if tag != "ign"] for w in words]
    nouns = [i for i, a in enumerate(analyses) if any(t.startswith(("subst", "depr")) for _l, t in a)]
    # the head noun: the first that cannot be an adjective ("Białego Domu" -> "Domu")
    head = next((i for i in nouns if not any(t.startswith("adj") for _l, t in analyses[i])), nouns[0] if nouns else None)
    if head is None:
        return None
    nominative = any(t.startswith("subst") and len(_fields(t)) > 2 and "nom" in _fields(t)[2] for _l, t in analyses[head])
    if nominative and not genitive:
        return None
    cases = {"gen"} if genitive else _OBLIQUE
    lem, tag = next(
        (lt for lt in analyses[head] if lt[1].startswith("subst") and len(_fields(lt[1])) >= 4 and _fields(lt[1])[2] & cases), ("", "")
    )
    if not lem:
        return None
    _pos, number, case, gender = _fields(tag)[:4]
    out = list(words)
    for i, a in enumerate(analyses):
        if i != head and not (i < head or i == head + 1):
            continue  # only the head, the adjectives before it and one agreeing adjective after it change
        if i == head:
            agreeing: tuple[str, str] | None = (lem, tag)
        else:
            agreeing = next((lt for lt in a if _agrees(lt[1], number, case)), None)
        if agreeing is None:
            if i < head:
                return None
            continue
        form = _nominative_form(agreeing[0], agreeing[1].split(":", 1)[0], number, gender, tuple(agreeing[1].split(":")[4:5]))
        if form is None:
            return None
        out[i] = form[0].upper() + form[1:] if words[i][0].isupper() else form
    return " ".join(out)


_CASE_ORDER = ("gen", "acc", "dat", "inst", "loc")


@lru_cache(maxsize=20_000)
def nominative_name(name: str) -> str | None:
    """A person's name in the nominative ("Krzysztofa Bosaka" -> "Krzysztof Bosak"), reading every word in
    one shared case and gender; None when it already is nominative or the words share no reading."""
    words = name.split()
    options: list[list[tuple[str, str, set[str], set[str], set[str]]]] = []
    for w in words:
        found = []
        for _s, _e, (_f, lem, tag, _n, _q) in _morfeusz().analyse(w):
            f = _fields(tag)
            if f[0] & {"subst", "adj"} and len(f) >= 4:
                found.append((lem, tag.split(":", 1)[0], f[1], f[2], f[3]))
        if not found:
            return None  # a word the dictionary lacks: leave the name as written
        options.append(found)

    def shared(case: str) -> str | None:
        genders = set.intersection(*({g for _l, _p, _n, c, gs in opts if case in c for g in gs} for opts in options))
        return min(genders) if genders else None

    if shared("nom") is not None:
        return None
    case = next((c for c in _CASE_ORDER if shared(c) is not None), None)
    if case is None:
        return None
    gender = shared(case)
    assert gender is not None
    out = []
    for w, opts in zip(words, options, strict=True):
        lem, pos, number, _c, _g = next(o for o in opts if case in o[3] and gender in o[4])
        form = _nominative_form(lem, pos, number, {gender}, ("pos",) if pos == "adj" else ())
        if form is None:
            return None
        out.append(form[0].upper() + form[1:] if w[0].isupper() else form)
    return " ".join(out)
