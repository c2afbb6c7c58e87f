"""Polish subject checks around a speech verb: who can be the speaker the verb's form and the words around it allow.

"– … – powiedziała PAP" is told to the agency; "powiedziała" is no man's verb; "Kowalczyk ocenił" has a
surname for its subject even though the dictionary also knows "kowalczyk" as a common noun.
"""

from __future__ import annotations

from knowledge.names import can_be_nominative, is_agent
from knowledge.phrases import Phrase
from knowledge.verbs import Verb
from knowledge.words import Tok

_MEDIA = {"agencja", "radio", "telewizja", "gazeta", "dziennik", "tygodnik", "portal", "serwis", "stacja"}


def told_medium(v: Verb, phrase: Phrase) -> bool:
    """ "– … – powiedziała PAP", "– mówił RMF FM": after "say", an agency or a medium is the one told, not the speaker."""
    if v.lemma not in ("powiedzieć", "mówić") or not phrase.toks:
        return False
    words = [t for t in phrase.toks if t.is_word]
    acronyms = bool(phrase.name) and all(t.text.isupper() or t.text.isdigit() for t in phrase.name) and len(words) == len(phrase.name)
    return acronyms or any(set(t.lemmas) & _MEDIA for t in words[:1])


def _gender(t: Tok, pos: str, name_class: str | None = None) -> set[str]:
    """The genders a Polish word can have as ``pos`` (Morfeusz tags: praet:sg:f:perf, subst:sg:nom:f),
    as a first name only when ``name_class`` says so ("Jan" is also a woman's surname)."""
    field = 2 if pos == "praet" else 3
    readings = [r for r in t.readings if r.pos == pos and (name_class is None or name_class in r.names)]
    return {g for r in readings for g in r.tag.split(":")[field : field + 1] for g in g.split(".")}


def same_gender(verb: Tok, phrase: Phrase) -> bool:
    """A Polish past-tense verb can have the phrase's person as its subject ("powiedziała" not of "Jan Nowak");
    True when either side's gender is not known."""
    said = _gender(verb, "praet") if verb.lang == "pl" else set()
    given = [t for t in phrase.name if "imię" in t.name_classes()]
    agents = [t for t in phrase.toks if is_agent(t)]
    spoken = _gender(given[0], "subst", "imię") if given else _gender(agents[0], "subst") if agents else set()
    masculine = {"m1", "m2", "m3"}
    if not said or not spoken or said & spoken:
        return True
    return bool(said & masculine and spoken & masculine)


def lone_surname(toks: list[Tok], end: int, floor: int) -> Phrase | None:
    """A capitalised surname alone before the verb at the start of a sentence, which ``is_name`` leaves
    out when the dictionary also has it as a common noun ("Kowalczyk", "Kowal", "Krawiec")."""
    words = [t for t in toks[floor:end] if t.is_word]
    if floor != 0 or len(words) != 1 or words[0].lang != "pl" or not words[0].capital:
        return None
    t = words[0]
    return Phrase((t,), (t,)) if "nazwisko" in t.name_classes() and can_be_nominative(t) else None
