"""Speaker phrases: the noun phrase naming who speaks, found around a reporting verb.

A speaker phrase is a run of nominal tokens (names, quoted titles, acronyms,
adjectives, nouns, "ds.", "w Waszyngtonie") that ends at the verb, with leading
conjunctions and time/place adverbials ("Natomiast", "W maju br.") dropped.  It
counts only when it holds a proper name or a noun from ``AGENT_NOUNS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.lexicon import AGENT_NOUNS, PERSON_NOUNS, PRONOUNS, words_of
from knowledge.words import CLAUSE_MARKS, NAME_CLASSES, Tok

_NOMINAL_POS = {"subst", "adj", "adjp", "depr", "brev", "num", "ppas"}
_EN_FUNCTION = words_of("a an the its his her their our this that these those of for and at in on by from with to")
_EN_DETERMINERS = words_of("a an the its his her their our this that these those")
_EN_LINKS = words_of("of for and at in the")
_EN_NOT_NAMES = words_of(
    "i we you it monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december"
)
_EN_STOPS = words_of("in on at by from with to after before during while when as said says told")
_EN_TITLES = words_of("prime mr mrs ms dr sir lord lady dame general colonel captain judge justice rev")
_COORDINATORS = words_of("i oraz a ale lecz and but")
_PL_LINKS = {"w", "z", "ds", "i", "we", "ze"}


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase ``toks`` and the span of its name part (``name``), if it has one."""

    toks: tuple[Tok, ...]
    name: tuple[Tok, ...] = ()
    pronoun: bool = False

    @property
    def start(self) -> int:
        """Offset of the phrase's first character."""
        return self.toks[0].start

    @property
    def end(self) -> int:
        """Offset after the phrase's last character."""
        return self.toks[-1].end


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
        if low in _EN_FUNCTION:
            return False  # "The" after a dateline is still not a name
        return not first or not is_agent(t)  # "Lawyers for Veltron argued"
    if not t.known:
        return True
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


def _nominal(t: Tok, first: bool, inner: bool = False) -> bool:
    """A token that can sit in a speaker phrase; ``inner``: not right before the verb, so "Były szef" is an adjective."""
    if is_name(t) or is_agent(t):
        return True
    if not t.is_word:
        return t.text in '„”“"' or t.text == "."
    if t.lang == "en":
        low = t.text.lower()
        if low in _EN_STOPS or (low.endswith("ed") and t.lemmas[0] != low):
            return False
        return low in _EN_LINKS or low in _EN_DETERMINERS or (low.isalpha() and t.quote is None)
    if not t.known:
        return True  # a word the dictionary lacks is most likely a noun
    return t.has(*_NOMINAL_POS) and (inner or not t.has("praet", "fin", "pcon", "inf", "imps"))


def _title_quote_mark(t: Tok) -> bool:
    return not t.is_word and t.text in '„”“"'


def _trim(toks: list[Tok]) -> list[Tok]:
    """Drop leading conjunctions, adverbs and prepositional adverbials; stray marks at both ends."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.lang == "pl" and t.is_word and t.has("prep") and t.text.lower() not in ("ds",):
            # "W maju br." / "w piątek": the preposition and its object
            j = i + 1
            while j < len(toks) and toks[j].is_word and not is_agent(toks[j]):
                j += 1
                if toks[j - 1].has("subst") or is_name(toks[j - 1], False):
                    break  # "w piątek", "do Gdańska": one noun or name is the object
            while j < len(toks) and (toks[j].text in (".", "br", "r") or toks[j].text.isdigit()):
                j += 1
            i = j
            continue
        if t.is_word and t.lang == "pl" and t.has("conj", "adv", "qub", "part") and not t.has("subst", "adj"):
            i += 1
            continue
        if t.lang == "en" and t.text.lower() in ("and", "but", "also", "meanwhile", "however"):
            i += 1
            continue
        if not t.is_word and t.text not in '„“"':
            i += 1
            continue
        break
    out = toks[i:]
    while out and not out[-1].is_word and out[-1].text not in '”"“':
        out.pop()
    # "projekt i rzecznik", "the fine but the union": the subject is the conjunct that names someone
    cut = max((k for k, t in enumerate(out) if t.text.lower() in _COORDINATORS and _heads(out[k + 1 :])), default=-1)
    return out[cut + 1 :]


def _heads(toks: list[Tok]) -> bool:
    """A conjunct that is a subject of its own: names someone and opens in the nominative ("rzecznik …"),
    not a genitive going on ("i administracji" in "Minister spraw wewnętrznych i administracji")."""
    words = [t for t in toks if t.is_word]
    if not words or not any(is_agent(t) or is_name(t, False) for t in words):
        return False
    first = words[0]
    return first.lang != "pl" or not first.known or _can_be_nominative(first)


def _geo(t: Tok) -> bool:
    classes = t.name_classes()
    return bool(classes) and classes <= {"nazwa_geograficzna", "nazwa_pospolita"} and "nazwa_geograficzna" in classes


def _person_like(t: Tok) -> bool:
    """A word of a person's name: a first name, a surname, or a word the dictionary does not know."""
    if (t.text.isupper() and len(t.text) > 1) or not t.capital:
        return False
    if not t.known or t.has("romandig"):
        return True
    return bool(t.name_classes() & {"imię", "nazwisko"})


def _institution_word(t: Tok, run: list[Tok]) -> bool:
    """A capitalised first word opening a multiword name ("Ministerstwo Spraw Zagranicznych"), not "Agencja Reutera"."""
    if t.has("prep", "conj", "comp", "adj"):
        return False
    # the rest are capitalised common words ("Spraw", "Rynku"), not an unknown or proper name ("Reutera")
    return all(x.known and (x.lang == "en" or any(r.lemma[:1].islower() for r in x.readings)) for x in run)


def _runs(toks: list[Tok]) -> list[list[Tok]]:
    """Runs of name words in a phrase (quoted titles without their marks; "of"/"and" inside English names)."""
    words = [t for t in toks if t.is_word]
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        link = cur and t.text.lower() in _EN_LINKS - {"the", "in", "at"} and nxt is not None and is_name(nxt, False)
        if t.is_word and (is_name(t) or link):
            cur.append(t)
        elif t.initial and t.capital and nxt is not None and is_name(nxt, False) and t.is_word and t.text.lower() not in _EN_FUNCTION:
            cur.append(t)  # sentence-initial first word of a multiword name; checked below
        elif _title_quote_mark(t) and not (cur and t.text in "„“"):
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


def _without_title(run: list[Tok]) -> list[Tok]:
    """ "Prime Minister Keir Starmer" -> "Keir Starmer": capitalised title words before a name are its role.

    A name that ends in such a word ("Health Ministry", "Coastal Safety Board") or links on with
    "of" ("Bank of England") is an institution's and stays whole.
    """
    if run[0].lang != "en" or any(not t.capital for t in run):
        return run
    last = max((i for i, t in enumerate(run) if t.text.lower() in _EN_TITLES or set(t.lemmas) & PERSON_NOUNS), default=-1)
    return run[last + 1 :] if 0 <= last < len(run) - 1 else run


def _modifier(run: list[Tok], toks: list[Tok]) -> bool:
    """ "Opposition councillors argued": a sentence-initial capitalised word before an agent noun qualifies it."""
    if len(run) != 1 or not run[0].initial or run[0].lang != "en":
        return False
    k = toks.index(run[0])
    return k + 1 < len(toks) and is_agent(toks[k + 1]) and not toks[k + 1].capital


def _name_part(toks: list[Tok]) -> tuple[Tok, ...]:
    """The proper name of a phrase: a person's name if it has one ("Dennis Wilder" in "szef analiz ds. Chin
    CIA Dennis Wilder", "Tomasz Gralak" in "Ekonomista Tomasz Gralak z Uniwersytetu Gdańskiego"), else the
    name that ends the phrase ("Alibaba" in "grupa Alibaba", a quoted title, an acronym)."""
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
        suffix = run[k:]  # "Chin CIA Dennis Wilder" -> "Dennis Wilder"
        given = next((i for i, t in enumerate(suffix) if "imię" in t.name_classes() and not t.has("adj")), None)
        if given is not None and given < len(suffix) - 1:
            people.append(suffix[given:])
        elif len(suffix) >= 2 and suffix[0].lang == "pl":
            people.append(suffix)
    if people:
        return tuple(people[-1])
    return tuple(runs[-1])


def make_phrase(toks: list[Tok]) -> Phrase | None:
    """A speaker phrase from candidate tokens, or None when it names no one."""
    toks = _trim(toks)
    words = [t for t in toks if t.is_word]
    if not words:
        return None
    if len(words) == 1 and any(lem in PRONOUNS.get(words[0].lang, ()) for lem in words[0].lemmas):
        return Phrase(tuple(toks), pronoun=True)
    if words[0].lang == "en" and words[0].text.lower() in PRONOUNS["en"]:
        return None
    has_name = any(is_name(t) for t in words)
    if not has_name and not any(is_agent(t) for t in words):
        return None
    if len(words) > 9:
        return None
    return Phrase(tuple(toks), _name_part(toks))


def phrase_before(toks: list[Tok], end: int, floor: int = 0) -> Phrase | None:
    """The speaker phrase ending just before ``toks[end]`` (search stops at ``floor`` or a clause mark)."""
    if end > 0 and toks[end - 1].text.lower() in _COORDINATORS:
        return None  # "… i zapowiedział": the verb shares the subject before (see attribution)
    i = end - 1
    while i >= floor:
        t = toks[i]
        if t.text in CLAUSE_MARKS or (t.quote is not None and t.is_word):
            break
        if t.lang == "pl" and t.is_word and t.has("prep") and i + 1 < end and t.text.lower() in _PL_LINKS:
            i -= 1  # "ambasada w Waszyngtonie"
            continue
        if not _nominal(t, i == 0 or toks[i - 1].text in ".:", inner=i < end - 1 and _nominal(toks[i + 1], False)):
            if t.lang == "pl" and t.has("prep", "conj", "adv", "qub", "part"):
                i -= 1  # let _trim drop it together with its object
                continue
            break
        i -= 1
    return make_phrase(toks[i + 1 : end])


def phrase_after(toks: list[Tok], begin: int, limit: int | None = None) -> Phrase | None:
    """The speaker phrase starting at ``toks[begin]`` (after time adverbials), ending at a clause mark."""
    stop = len(toks) if limit is None else limit
    i = begin
    pp_start = -1  # inside "w piątek", "na platformie X", "w rozmowie z PAP" since this index
    while i < stop and toks[i].is_word:
        t = toks[i]
        if t.lang == "pl" and (t.has("prep") or t.text.lower() == "się"):
            pp_start = i + 1
            i += 1
            continue
        if pp_start >= 0:
            if i > pp_start and (is_agent(t) or is_name(t, False)) and (not t.known or _can_be_nominative(t)):
                pp_start = -1  # "… premier Donald Tusk": the subject begins
            else:
                i += 1
                continue
        if is_name(t, False) or is_agent(t) or (t.lang == "en" and t.text.lower() in _EN_DETERMINERS):
            break
        if t.lang == "pl" and not t.has("adv", "prep", "qub", "part") and not any(":dat" in r.tag for r in t.readings):
            return None  # only adverbials and the hearer ("dziennikarzom") come between the verb and its subject
        i += 1
    j = i
    while j < stop and toks[j].text not in CLAUSE_MARKS and toks[j].text not in ".!?":
        if toks[j].is_word and toks[j].lang == "pl" and toks[j].has("praet", "fin", "pcon", "inf") and not toks[j].has("subst"):
            break
        j += 1
    return make_phrase(toks[i:j]) if j > i else None


@dataclass(frozen=True)
class Raw:
    """A statement found in a sentence before speakers are resolved to parties."""

    act: str
    start: int
    end: int
    direct: bool
    speaker: Phrase | None  # None: the previous speaker (pronoun, pro-drop, "taką odpowiedź")
    via: Phrase | None = None
    object_only: bool = False  # "zaprzeczając informacjom": the act and its object, no words of its own


def nominative(phrase: Phrase | None) -> bool:
    """A Polish subject must be able to be nominative: its agent noun or its name ("szef", "Chiny", "FT")."""
    if phrase is None or not phrase.toks or phrase.pronoun or phrase.toks[0].lang != "pl":
        return True
    before_name = [t for t in phrase.toks if not phrase.name or t.end <= phrase.name[0].start]
    agent = next((t for t in before_name if is_agent(t)), None)
    heads = [agent] if agent is not None else list(phrase.name)
    return any(not t.known or _can_be_nominative(t) for t in heads)


def _can_be_nominative(t: Tok) -> bool:
    return any(":nom" in r.tag or ".nom" in r.tag for r in t.readings if r.pos in ("subst", "depr", "ger", "adj"))


def agrees(verb: Tok, phrase: Phrase) -> bool:
    """A Polish subject agrees in number with its verb ("Domagali się od premiera Jana Kowalskiego": no)."""
    r = verb.reading("fin", "praet", "bedzie")
    if r is None or verb.lang != "pl" or phrase.pronoun:
        return True
    number = set(r.tag.split(":")[1].split("."))
    before_name = [t for t in phrase.toks if not phrase.name or t.end <= phrase.name[0].start]
    agent = next((t for t in before_name if is_agent(t)), None)
    heads = [agent] if agent is not None else list(phrase.name)
    for t in heads:
        if not t.known:
            return True
        for x in t.readings:
            fields = x.tag.split(":")
            if len(fields) > 2 and "nom" in fields[2] and set(fields[1].split(".")) & number:
                return True
    return False
