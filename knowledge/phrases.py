"""Speaker phrases: the noun phrase naming who speaks, found around a reporting verb.

A speaker phrase is a run of nominal tokens (names, quoted titles, acronyms,
adjectives, nouns, "ds.", "w Waszyngtonie") that ends at the verb, with leading
conjunctions and time/place adverbials ("Natomiast", "W maju br.") dropped.  It
counts only when it holds a proper name or a noun from ``AGENT_NOUNS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.given_names import is_given_name
from knowledge.lexicon import INTERVIEW_NOUNS, PRONOUNS, words_of
from knowledge.names import EN_LINKS, can_be_nominative, genitive_pair, is_agent, is_name, name_part
from knowledge.roles import LEGAL_FORMS, PERSON_NOUNS
from knowledge.words import CLAUSE_MARKS, TITLE_ABBREVIATIONS, Tok

_NOMINAL_POS = {"subst", "adj", "adjp", "depr", "brev", "num", "ppas"}
_EN_DETERMINERS = words_of("a an the its his her their our this that these those")
_EN_STOPS = words_of("in on at by from with to after before during while when as said says told")
_EN_AUXILIARIES = words_of("had has have was were is are will would could can may might should did does do also not never")
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
        return low in EN_LINKS or low in _EN_DETERMINERS or (low.isalpha() and t.quote is None)
    if not t.known:
        return True  # a word the dictionary lacks is most likely a noun
    return t.has(*_NOMINAL_POS) and (inner or not t.has("praet", "fin", "pcon", "inf", "imps"))


def _people(t: Tok) -> bool:
    """An English plural noun for people ("fishermen", "officials"), whom a place after "in"/"from" only qualifies."""
    return t.lang == "en" and is_agent(t) and bool(set(t.lemmas) & PERSON_NOUNS) and t.text.lower() != t.lemmas[0]


def _seated(before: Tok, after: Tok) -> bool:
    """People or an institution a place after "in"/"from" only qualifies: "Fishermen in …", "The High Court in London"."""
    return _people(before) or (before.lang == "en" and before.capital and is_agent(before) and after.capital)


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
            while j < len(toks) and toks[j].text in LEGAL_FORMS:
                j += 1  # "na Agroubezpieczenia SA": the company's legal form ends its name
            j = _past_recipient(toks, j)
            i = j
            continue
        if t.is_word and t.lang == "pl" and t.has("conj", "adv", "qub", "part") and not t.has("subst", "adj"):
            i += 1
            continue
        if t.lang == "en" and t.text.lower() in ("and", "but", "also", "meanwhile", "however", "which", "who", "whom"):
            i += 1
            continue
        if not t.is_word and t.text not in '„“"':
            i += 1
            continue
        break
    out = toks[i:]
    while out and not out[-1].is_word and out[-1].text not in '”"“':
        out.pop()
    while out and _adverb(out[-1]):
        out.pop()  # "Firma stanowczo zaprzecza": the manner is the verb's, not the speaker's
    # "projekt i rzecznik", "the fine but the union": the subject is the conjunct that names someone
    cut = max(
        (k for k, t in enumerate(out) if t.text.lower() in _COORDINATORS and _heads(out[k + 1 :]) and not genitive_pair(out, k)),
        default=-1,
    )
    return out[cut + 1 :]


def _past_recipient(toks: list[Tok], j: int) -> int:
    """ "W oświadczeniu przesłanym PAP ministerstwo podało": a passive participle after the adverbial's noun and the
    one it was sent to (an acronym or a dative) belong to the adverbial; the subject comes after them."""
    if j + 1 >= len(toks) or not toks[j].has("ppas") or toks[j].capital:
        return j
    told = toks[j + 1]
    acronym = len(told.text) >= 2 and told.text.isupper()
    dative = any(":dat" in r.tag or ".dat" in r.tag for r in told.readings if r.pos == "subst") and not can_be_nominative(told)
    return j + 2 if acronym or dative else j


def _adverb(t: Tok) -> bool:
    return t.is_word and t.lang == "pl" and not t.capital and t.has("adv", "qub", "conj") and not t.has("subst", "adj")


def _heads(toks: list[Tok]) -> bool:
    """A conjunct that is a subject of its own: names someone and opens in the nominative ("rzecznik …"),
    not a genitive going on ("i administracji" in "Minister spraw wewnętrznych i administracji")."""
    words = [t for t in toks if t.is_word]
    if not words or not any(is_agent(t) or is_name(t, False) for t in words):
        return False
    first = words[0]
    return first.lang != "pl" or not first.known or can_be_nominative(first)


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
    return Phrase(tuple(toks), _person_before_affiliation(toks, name_part(toks)))


_AFFILIATIONS = {"of", "at", "from"}


def _person_before_affiliation(toks: list[Tok], name: tuple[Tok, ...]) -> tuple[Tok, ...]:
    """ "Competition lawyer Sophie Brandt of the University of Leiden": an English person's name (a first name
    opening two to four capitalised words) before "of" is the speaker; the institution after it says where they work."""
    if not name or name[0].lang != "en":
        return name
    for i, t in enumerate(toks):
        if t.start >= name[-1].start:
            break
        if not (t.is_word and t.capital and is_given_name(t.text)):
            continue
        j = i + 1
        while j < len(toks) and toks[j].is_word and toks[j].capital and not is_agent(toks[j]):
            j += 1
        if 2 <= j - i <= 4 and j < len(toks) and toks[j].text.lower() in _AFFILIATIONS and toks[j].start < name[-1].start:
            return tuple(toks[i:j])
    return name


def before_acronym(toks: list[Tok], end: int, floor: int = 0) -> int:
    """Where a name ends when its acronym follows in brackets: "the Information Office (ICO) said"."""
    if end - 3 > floor and toks[end - 1].text == ")" and toks[end - 3].text == "(" and toks[end - 2].text.isupper():
        return end - 3
    return end


def phrase_before(toks: list[Tok], end: int, floor: int = 0) -> Phrase | None:
    """The speaker phrase ending just before ``toks[end]`` (search stops at ``floor`` or a clause mark)."""
    if end > 0 and toks[end - 1].text.lower() in _COORDINATORS:
        return None  # "… i zapowiedział": the verb shares the subject before (see attribution)
    while end > floor + 1 and toks[end - 1].lang == "en" and toks[end - 1].text.lower() in _EN_AUXILIARIES:
        end -= 1  # "inspectors had warned", "the ministry has said"
    end = before_acronym(toks, end, floor)
    i = end - 1
    while i >= floor:
        t = toks[i]
        if t.text in CLAUSE_MARKS or (t.quote is not None and t.is_word):
            break
        if t.lang == "pl" and t.is_word and t.has("prep") and i + 1 < end and t.text.lower() in _PL_LINKS:
            i -= 1  # "ambasada w Waszyngtonie"
            continue
        if t.lang == "en" and t.text.lower() in ("in", "from") and floor < i < end - 1 and _seated(toks[i - 1], toks[i + 1]):
            i -= 1  # "Fishermen in the town of X", "Experts from the university", "The High Court in London"
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
    participle = False  # inside "kierująca zespołem": a participle and its object describe the subject to come
    while i < stop and (toks[i].is_word or (toks[i].text == "." and i > begin and _abbreviation(toks, i - 1))):
        t = toks[i]
        if not t.is_word:
            i += 1  # the full stop of a title ("dr hab. Joanna Makowska")
            continue
        if t.lang == "pl" and (t.has("prep") or t.text.lower() == "się"):
            pp_start = i + 1
            i += 1
            continue
        if pp_start >= 0:
            if i > pp_start and (is_agent(t) or is_name(t, False)) and (not t.known or can_be_nominative(t)):
                pp_start = -1  # "… premier Donald Tusk": the subject begins
            else:
                i += 1
                continue
        if is_name(t, False) or is_agent(t) or (t.lang == "en" and t.text.lower() in _EN_DETERMINERS):
            break
        if t.lang == "pl" and not t.has("adv", "prep", "qub", "part") and not any(":dat" in r.tag for r in t.readings):
            # "– powiedziała kierująca zespołem dr hab. Joanna Makowska": a participle with its object, and a title
            participle = participle or t.has("pact")
            if t.has("pact") or _abbreviation(toks, i) or (participle and t.has("subst", "adj")):
                i += 1
                continue
            return None  # only adverbials and the hearer ("dziennikarzom") come between the verb and its subject
        i += 1
    j = i
    while (
        j < stop
        and toks[j].text not in CLAUSE_MARKS
        and (toks[j].text not in ".!?" or (toks[j].text == "." and _abbreviation(toks, j - 1)))
    ):
        if toks[j].is_word and toks[j].lang == "pl" and toks[j].has("praet", "fin", "pcon", "inf") and not toks[j].has("subst"):
            break
        if j > i and toks[j].has("prep") and j + 1 < stop and set(toks[j + 1].lemmas) & INTERVIEW_NOUNS:
            break  # "Nowak w rozmowie z PAP": the speaker ends where the interview begins
        place = toks[j].lang == "pl" and toks[j].has("prep") and toks[j].text.lower() not in _PL_LINKS
        if j > i and place and any(is_name(t) for t in toks[i:j]):
            break  # "burmistrz Jan Nowak podczas spotkania z mieszkańcami": where and when he spoke, not who he is
        j += 1
    return make_phrase(toks[i:j]) if j > i else None


def _abbreviation(toks: list[Tok], i: int) -> bool:
    """A title or other abbreviation before its full stop: "dr", "hab.", "prof.", "inż.", English "Dr.", "Mr."."""
    t = toks[i]
    dotted = i + 1 < len(toks) and toks[i + 1].text == "."
    short = t.text.islower() and len(t.text) <= 4 and dotted
    return t.is_word and (t.has("brev") or short or (dotted and t.text in TITLE_ABBREVIATIONS))


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
