"""Proper names in a phrase: which words are names, and which run of them names the party.

Polish uses Morfeusz's proper-name classes (``imię``, ``nazwisko``,
``nazwa_geograficzna``, ``nazwa_firmy`` …) and whether a word is sentence-initial;
English, which has no tags here, uses capitalisation and a few closed word lists.
"""

from __future__ import annotations

from knowledge.lexicon import PRONOUNS, words_of
from knowledge.roles import AGENT_NOUNS, LEGAL_FORMS, PERSON_NOUNS
from knowledge.words import NAME_CLASSES, Tok

EN_FUNCTION = words_of("a an the its his her their our this that these those of for and at in on by from with to")
EN_LINKS = words_of("of for and at in the")
# particles inside foreign names in English text: "Vale do Cobre", "Anna de Vries", "Ludwig van Beethoven"
NAME_PARTICLES = words_of("da das de del della der di do dos du la van von")
_EN_NOT_NAMES = words_of(
    "i we you it monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december"
)
_PL_HONORIFICS = {"pan", "pani", "państwo"}
_EN_TITLES = words_of("prime mr mrs ms dr sir lord lady dame general colonel captain judge justice rev")
# words that open an English sentence capitalised without being names: "Under British law", "Despite the ban"
_EN_OPENERS = words_of(
    "under over after before during despite since until unless although though while when whereas if because "
    "about above across against along among amid around behind below beside between beyond into like near "
    "through throughout toward towards upon within without following"
)


def is_name(t: Tok, first: bool | None = None) -> bool:
    """A proper-name token: capitalised and either unknown, a dictionary name, or not sentence-initial."""
    first = t.initial if first is None else first
    if not t.is_word or not t.capital or t.quote is not None or len(t.text) < 2:
        return False
    if t.text.isupper() and len(t.text) >= 2:
        return True
    if t.lang == "en":
        low = t.text.lower()
        if low in PRONOUNS["en"] or low in _EN_NOT_NAMES:
            return False
        if low in EN_FUNCTION:
            return False  # "The" after a dateline is still not a name
        if t.initial and low in _EN_OPENERS:
            return False  # "Under British law": a capitalised preposition is no part of a name ("Under Armour" is)
        return not first or not is_agent(t)  # "Lawyers for Veltron argued"
    if not t.known:
        return True
    if set(t.lemmas) & _PL_HONORIFICS and any(r.pos == "subst" and r.lemma.islower() for r in t.readings):
        return False  # "Pan rzecznik zapomina", "Pani Nowak": a courtesy before a role or a name, not a first name
    if first and is_agent(t) and any(r.pos == "subst" and r.lemma.islower() for r in t.readings):
        return False  # sentence-initial "Przewoźnik" is the carrier, as "Rzecznik" is the spokesman, not a place's name
    classes = t.name_classes()
    if first and classes <= {"nazwisko", "nazwa_pospolita"}:
        # sentence-initial "Związek" is the common noun; "Trump", "Kowalski" have no common-noun reading
        return "nazwisko" in classes and not any(r.pos == "subst" and r.lemma.islower() for r in t.readings)
    if classes & (NAME_CLASSES | {"nazwa_geograficzna"}):
        return True
    return not first and (t.has("subst", "adj", "depr") or not t.has("prep", "conj", "comp", "qub", "part"))


def is_agent(t: Tok) -> bool:
    """A common noun that can name a speaker (ministry, spokesman, embassy …)."""
    return t.is_word and any(lem in AGENT_NOUNS.get(t.lang, ()) for lem in t.lemmas)


def title_quote_mark(t: Tok) -> bool:
    return not t.is_word and t.text in '„”“"'


def _person_like(t: Tok) -> bool:
    """A word of a person's name: a first name, a surname, or a word the dictionary does not know."""
    if (t.text.isupper() and len(t.text) > 1) or not t.capital:
        return False
    if not t.known or t.has("romandig"):
        return True
    return bool(t.name_classes() & {"imię", "nazwisko"})


def _institution_word(t: Tok, run: list[Tok]) -> bool:
    """A capitalised first word opening a multiword name ("Ministerstwo Spraw Zagranicznych"), not "Agencja Reutera",
    nor a role set before a name in the same case ("Przewoźnik Koleje Nadmorskie": the carrier is Koleje Nadmorskie)."""
    if t.has("prep", "conj", "comp", "adj") or _apposed_name(t, run[0]):
        return False
    # the rest are capitalised common words ("Spraw", "Rynku"), not an unknown or proper name ("Reutera")
    return all(x.known and (x.lang == "en" or any(r.lemma[:1].islower() for r in x.readings)) for x in run)


def _apposed_name(role: Tok, first: Tok) -> bool:
    """ "Przewoźnik Koleje …", "Spółka Wody …": a Polish agent noun, then a noun that agrees with it in the nominative
    and cannot be its genitive (as "Spraw" in "Ministerstwo Spraw …" is)."""
    if role.lang != "pl" or not is_agent(role) or not first.has("subst"):
        return False
    nominative = any(":nom" in r.tag or ".nom" in r.tag for r in first.readings if r.pos == "subst")
    genitive = any(":gen" in r.tag or ".gen" in r.tag for r in first.readings)
    return nominative and not genitive


def _runs(toks: list[Tok]) -> list[list[Tok]]:
    """Runs of name words in a phrase (quoted titles without their marks; "of"/"and" inside English names)."""
    words = [t for t in toks if t.is_word]
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        linking = EN_LINKS - {"the", "in", "at"} | (NAME_PARTICLES if t.lang == "en" else set())
        link = cur and t.text.lower() in linking and nxt is not None and is_name(nxt, False)
        # "High Court in Leeds": an English institution's seat goes on its name
        seat = bool(cur) and is_agent(cur[-1]) and cur[-1].text.lower() in cur[-1].lemmas  # singular: not "Fishermen in X"
        link = link or (seat and t.text.lower() == "in" and nxt is not None and is_name(nxt, False))
        link = link or (bool(cur) and t.text == "i" and nxt is not None and is_name(nxt, False) and genitive_pair(toks, i))
        if t.is_word and cur and told_after_person(cur[-1], t):
            runs.append(cur)  # "powiedział Jan Nowak PAP": the agency told comes after the name, it is no part of it
            cur = [t]
        elif t.is_word and (is_name(t) or link):
            cur.append(t)
        elif (
            t.initial
            and t.capital
            and nxt is not None
            and is_name(nxt, False)
            and t.is_word
            and t.text.lower() not in EN_FUNCTION | _EN_OPENERS
        ):
            cur.append(t)  # sentence-initial first word of a multiword name; checked below
        elif title_quote_mark(t) and not (cur and t.text in "„“"):
            continue
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    for run in runs:
        opens = len(run) > 1 and run[0] is (words[0] if words else None) and not is_name(run[0])
        if opens and not _institution_word(run[0], run[1:]):
            run.pop(0)
    return [r for r in runs if r]


def told_after_person(before: Tok, t: Tok) -> bool:
    """A Polish acronym right after a first name or surname ("Nowak PAP"): a separate name, not the person's
    ("Bursztynex SA" ends in a legal form, "Bank PKO" opens with a common noun)."""
    acronym = len(t.text) >= 2 and t.text.isupper() and t.text not in LEGAL_FORMS
    person = before.capital and not before.text.isupper() and bool(before.name_classes() & {"imię", "nazwisko"})
    return acronym and t.lang == "pl" and person


def _without_title(run: list[Tok]) -> list[Tok]:
    """ "Prime Minister Keir Starmer" -> "Keir Starmer": capitalised title words before a name are its role.

    A name that ends in such a word ("Health Ministry", "Coastal Safety Board") or links on with
    "of" ("Bank of England") is an institution's and stays whole.
    """
    if run[0].lang != "en" or any(not t.capital for t in run):
        return run
    last = max(
        (i for i, t in enumerate(run) if (t.text.lower() in _EN_TITLES or set(t.lemmas) & PERSON_NOUNS) and not _plural_people(t)),
        default=-1,
    )
    return run[last + 1 :] if 0 <= last < len(run) - 1 else run


def _plural_people(t: Tok) -> bool:
    """ "Workers" in "Transit Workers Union": people in the plural name an organisation's members, never a title."""
    low = t.text.lower()
    return low.endswith("s") and bool(set(t.lemmas) & PERSON_NOUNS - {low})


def _modifier(run: list[Tok], toks: list[Tok]) -> bool:
    """ "Opposition councillors argued": a sentence-initial capitalised word before an agent noun qualifies it."""
    if len(run) != 1 or not run[0].initial or run[0].lang != "en":
        return False
    k = toks.index(run[0])
    return k + 1 < len(toks) and is_agent(toks[k + 1]) and not toks[k + 1].capital


def name_part(toks: list[Tok]) -> tuple[Tok, ...]:
    """The proper name of a phrase: a person's name if it has one ("Marek Wilczewski" in "szef analiz ds. Rosji
    w NATO Marek Wilczewski", "Tomasz Gralak" in "Ekonomista Tomasz Gralak z Uniwersytetu Gdańskiego"), else the
    name that ends the phrase ("Polmarka" in "grupa Polmarka", a quoted title, an acronym)."""
    runs = [_without_title(run) for run in _runs(toks) if not _modifier(run, toks)]
    if not runs:
        return ()
    people = []
    for run in runs:
        if any(not t.capital for t in run):
            continue  # "Securities and Exchange Commission": a linked name is an institution's
        k = len(run)
        while k > 0 and _person_like(run[k - 1]):
            k -= 1
        suffix = run[k:]  # "Rosji w NATO Marek Wilczewski" -> "Marek Wilczewski"
        given = next((i for i, t in enumerate(suffix) if "imię" in t.name_classes() and not t.has("adj")), None)
        if given is not None and given < len(suffix) - 1:
            people.append(suffix[given:])
        elif len(suffix) >= 2 and suffix[0].lang == "pl":
            people.append(suffix)
    if people:
        return tuple(people[-1])
    return tuple(runs[-1])


def can_be_nominative(t: Tok) -> bool:
    return any(":nom" in r.tag or ".nom" in r.tag for r in t.readings if r.pos in ("subst", "depr", "ger", "adj"))


def _genitive(t: Tok) -> bool:
    return any(":gen" in r.tag or ".gen" in r.tag for r in t.readings if r.pos in ("subst", "depr", "adj"))


def genitive_pair(toks: list[Tok], k: int) -> bool:
    """ "Ministerstwo Klimatu i Środowiska": the words around "i" are both genitives, and the one before it
    cannot be a nominative, so the conjunct after it goes on the name, not a subject of its own."""
    if k == 0 or k + 1 >= len(toks):
        return False
    left, right = toks[k - 1], toks[k + 1]
    return left.lang == "pl" and left.known and right.known and _genitive(left) and not can_be_nominative(left) and _genitive(right)
