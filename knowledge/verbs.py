"""Reporting verbs in a sentence: which token reports speech, and with which act."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.lexicon import NEEDS_OBJECT, QUOTE_OBJECT, REFLEXIVE_REQUESTS, REPORTING_VERBS
from knowledge.words import Tok

# Polish verb forms that carry a statement: finite, past, adverbial participle ("zaprzeczając"),
# impersonal ("napisano").  The infinitive ("ma przekazywać") does not.
_PL_FORMS = {"fin": "finite", "praet": "finite", "pcon": "participle", "imps": "impersonal", "bedzie": "finite"}
_EN_DETERMINERS = set(["a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those"])
_CITED = {"pl": ("cytować",), "en": ("quote", "cite")}


@dataclass(frozen=True)
class Verb:
    """A reporting verb at token ``index``: its act and form (finite, participle, impersonal)."""

    index: int
    act: str
    form: str
    lemma: str


def reporting_verb(toks: list[Tok], i: int) -> Verb | None:
    """The reporting verb at ``toks[i]``, if it is one (outside quotations)."""
    t = toks[i]
    if not t.is_word or t.quote is not None:
        return None
    table = REPORTING_VERBS.get(t.lang, {})
    nxt = next((x for x in toks[i + 1 : i + 3] if x.is_word), None)
    if t.lang == "pl":
        for r in t.readings:
            form = _PL_FORMS.get(r.pos)
            lemma = r.lemma.lower()
            if form is None or lemma not in table:
                continue
            act = table[lemma]
            needed = NEEDS_OBJECT.get(lemma)
            if needed:
                if nxt is None or not set(nxt.lemmas) & set(needed):
                    continue
                if "się" in nxt.lemmas and lemma in REFLEXIVE_REQUESTS:
                    act = "requests"
            if lemma in ("powołać", "powoływać") and (nxt is None or nxt.text != "się"):
                continue
            return Verb(i, act, form, lemma)
        return None
    low = t.text.lower()
    if t.capital and i > 0:
        return None
    lemma = t.lemmas[0]
    if lemma not in table or low == lemma:
        return None
    if lemma in NEEDS_OBJECT and (nxt is None or nxt.text.lower() not in NEEDS_OBJECT[lemma]):
        return None
    if lemma in QUOTE_OBJECT and not any(x.quote is not None for x in toks[i + 1 : i + 5]):
        return None
    prev = toks[i - 1].text.lower() if i else ""
    if low.endswith("s") and not low.endswith("ss") and (prev in _EN_DETERMINERS or prev in ("'s", "’s")):
        return None  # "the reports", "its claims": nouns
    if low.endswith("ed") and nxt is not None and nxt.text.lower() == "by":
        return None  # "quoted by Reuters": a via-phrase, not a statement
    if low.endswith("ing"):
        return Verb(i, table[lemma], "participle", lemma)
    return Verb(i, table[lemma], "finite", lemma)


def cited_participle(t: Tok) -> bool:
    """ "cytowany"/"quoted"/"cited": the participle of a via-phrase ("cytowany przez „WSJ”")."""
    if t.lang == "pl":
        return any(r.pos == "ppas" and r.lemma.lower() in _CITED["pl"] for r in t.readings)
    return t.text.lower() in ("quoted", "cited")


def is_conjunction_that(t: Tok) -> bool:
    """ "że"/"iż"/"that" opening reported speech."""
    if t.quote is not None:
        return False
    if t.lang == "pl":
        return t.text.lower() in ("że", "iż")
    return t.text.lower() == "that"
