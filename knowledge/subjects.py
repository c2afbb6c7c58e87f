"""Subject checks around a speech verb: who can be the speaker the verb's form and the words around it allow.

"– … – powiedziała PAP" is told to the agency; "powiedziała" is no man's verb; "Kowalczyk ocenił" has a
surname for its subject even though the dictionary also knows "kowalczyk" as a common noun; "– dodała."
has none of its own (pro-drop); "Ellen Marsh, chairwoman of the board, said" has the name before the
apposition; "Minister przyjechał … i zapowiedział" shares the first verb's subject.
"""

from __future__ import annotations

from knowledge.agreement import agrees, nominative
from knowledge.lexicon import STATEMENT_NOUNS
from knowledge.names import can_be_nominative, is_agent, is_name, told_after_person
from knowledge.phrases import Phrase, before_acronym, make_phrase, phrase_before
from knowledge.verbs import Verb
from knowledge.via import INTERVIEW_NOUNS, TELLING
from knowledge.words import CLAUSE_MARKS, Tok

_MEDIA = {"agencja", "radio", "telewizja", "gazeta", "dziennik", "tygodnik", "portal", "serwis", "stacja"}


def told_medium(v: Verb, phrase: Phrase) -> bool:
    """ "– … – powiedziała PAP", "– mówił RMF FM": after "say", an agency or a medium is the one told, not the speaker."""
    if v.lemma not in ("powiedzieć", "mówić") or not phrase.toks:
        return False
    words = [t for t in phrase.toks if t.is_word]
    acronyms = bool(phrase.name) and all(t.text.isupper() or t.text.isdigit() for t in phrase.name) and len(words) == len(phrase.name)
    return acronyms or any(set(t.lemmas) & _MEDIA for t in words[:1])


def told_and_teller(phrase: Phrase) -> tuple[Phrase | None, Phrase]:
    """ "– powiedział tygodnikowi jeden z byłych pracowników": the medium told first, then who told it (speaker, medium);
    (None, phrase) when the phrase is the medium alone ("– powiedziała PAP")."""
    words = [k for k, t in enumerate(phrase.toks) if t.is_word]
    first = phrase.toks[words[0]] if words else None
    dative = first is not None and any("dat" in r.tag for r in first.readings if r.pos == "subst")
    if first is None or len(words) < 2 or first.capital or not set(first.lemmas) & _MEDIA or not dative:
        return None, phrase
    teller = make_phrase(list(phrase.toks[words[0] + 1 :]))
    medium = make_phrase([first])
    if teller is None or medium is None or not teller.toks or not can_be_nominative(teller.toks[0]):
        return None, phrase
    return teller, medium


def teller_then_told(v: Verb, phrase: Phrase) -> tuple[Phrase, Phrase | None]:
    """ "– … – powiedział Nowak PAP": a name, then the agency told in its acronym (speaker, medium); (phrase, None)
    when the phrase does not end that way ("rzecznik MEN", "Jan Nowak")."""
    words = [t for t in phrase.toks if t.is_word]
    if v.lemma not in TELLING or len(words) < 2 or not told_after_person(words[-2], words[-1]):
        return phrase, None
    last = words[-1]
    teller = make_phrase(list(phrase.toks[: phrase.toks.index(last)]))
    medium = make_phrase([last])
    return (teller, medium) if teller is not None and teller.name else (phrase, None)


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


def without_speech_place(phrase: Phrase | None) -> Phrase | None:
    """ "Ministerstwo w przesłanym PAP komunikacie": the subject ends before the statement it spoke in."""
    if phrase is None or not phrase.toks or phrase.toks[0].lang != "pl":
        return phrase
    toks = list(phrase.toks)
    for k, t in enumerate(toks):
        if k and t.is_word and t.has("prep") and any(set(x.lemmas) & (STATEMENT_NOUNS["pl"] | INTERVIEW_NOUNS) for x in toks[k + 1 :]):
            return make_phrase(toks[:k]) or phrase
    return phrase


def pro_drop(toks: list[Tok], end: int, floor: int) -> bool:
    """A Polish verb with no subject of its own ("– dodała.", "Podkreślił, że …"): nothing nominal before it in its clause."""
    if toks[end - 1 if end else 0].lang != "pl":
        return False
    j = end - 1
    while j >= floor and toks[j].text not in CLAUSE_MARKS and toks[j].quote is None:
        t = toks[j]
        if t.is_word and t.has("subst", "adj", "ppron3") and not t.has("adv", "conj", "qub", "part"):
            return False
        if t.is_word and not t.known:
            return False
        j -= 1
    return True


_RELATIVES = {"who", "which", "który", "która", "którzy", "które"}


def _in_number(toks: list[Tok], c: int) -> bool:
    """ "1,800": a thousands separator, not a clause comma."""
    return 0 < c < len(toks) - 1 and toks[c - 1].end == toks[c].start and toks[c + 1].start == toks[c].end and toks[c + 1].text.isdigit()


def before_apposition(toks: list[Tok], end: int, floor: int) -> Phrase | None:
    """The name before an apposition that ends at the verb: "Ellen Marsh, chairwoman of the board, told …",
    "Tomas Reyd, who chairs the cooperative, said …" (a relative clause about a named speaker)."""
    if end < 2 or toks[end - 1].text != ",":
        return None
    c = end - 2
    while c > floor and (toks[c].text != "," or _in_number(toks, c)):
        c -= 1
    close = before_acronym(toks, end - 1, c)  # ", the Information Commissioner's Office (ICO), said"
    inner = [t for t in toks[c + 1 : close] if t.is_word and t.text.lower() not in ("a", "an", "the", "'s", "’s")]
    if c <= floor or not inner:
        return None
    if all(is_name(t, False) for t in inner) and len(inner) <= 4:
        # "its director general, Tomas Berg, said": the name in apposition is the speaker, and the
        # phrase carries the role too, so that the speech is looked for before it
        before = phrase_before(toks, c, floor)
        # "Britain's data protection regulator, the Information Commissioner's Office,": a role that names a country
        described = before is not None and before.toks[-1].text.islower() and is_agent(before.toks[-1])
        if before is None or (before.name and not described):
            return None
        name = make_phrase(toks[c + 1 : close])
        return Phrase((*before.toks, *toks[c:close]), name.name) if name is not None else None
    if _aside(inner):
        # "Tim Gale, 54, told …", "Gale, speaking at a conference, said …", "The firm, citing costs, said": the named
        # or described speaker before an aside
        named = phrase_before(toks, c, floor)
        return named if named is not None and named.toks and (named.name or is_agent(named.toks[-1])) else None
    if inner[0].text.lower() in _RELATIVES:
        named = phrase_before(toks, c, floor)
        # "The former employee, who spoke on condition of anonymity, said": a described speaker too
        described = named is not None and bool(named.toks) and is_agent(named.toks[-1])
        return named if named is not None and (named.name or described) else None
    found = phrase_before(toks, c, floor)
    if not any(is_agent(t) for t in inner[:3]) and not _described_name(toks, c, found):
        return None
    # "Paul Renard, a lawyer who represents X, an industry group of 60 firms, said": appositions in a row, the
    # name before the first one speaks
    k = next((i for i, t in enumerate(toks) if found is not None and found.toks and t.start == found.toks[0].start), 0)
    while k > floor and toks[k - 1].is_word and toks[k - 1].text.lower() in ("a", "an", "the"):
        k -= 1
    if found is not None and k > floor + 1 and toks[k - 1].text == ",":
        outer = before_apposition(toks, c + 1, floor)
        if outer is not None and outer.name:
            return outer
    return found


def _described_name(toks: list[Tok], c: int, found: Phrase | None) -> bool:
    """ "Fairmont Bank, the British online lender, said", "Dr. Laura Chen, an endocrinologist at …, said": an English
    name followed by an apposition that opens with an article describes the name, whatever its noun."""
    return (
        found is not None
        and bool(found.name)
        and c + 1 < len(toks)
        and toks[c + 1].lang == "en"
        and toks[c + 1].text.lower() in ("a", "an", "the")
    )


def _aside(inner: list[Tok]) -> bool:
    """An apposition that only adds an age ("54") or what the speaker was doing ("speaking in Berlin", "przemawiając")."""
    first = inner[0]
    if len(inner) == 1 and first.text.isdigit():
        return True
    if first.lang == "en":
        return first.text.islower() and first.text.endswith("ing") and first.lemmas[0] != first.text
    return first.has("pcon")


_AND = {"i", "oraz", "a", "ale", "lecz", "and", "but"}


def coordinated_subject(toks: list[Tok], end: int, floor: int) -> Phrase | None:
    """The subject a verb after "i"/"and" shares with the verb before it in the same sentence."""
    if end == 0 or toks[end - 1].text.lower() not in _AND:
        return None
    j = _verb_before(toks, end - 2, floor, ".!?;")
    subject = phrase_before(toks, j, floor) if j is not None else None
    return subject if subject is not None and subject.toks and nominative(subject) and agrees(toks[end], subject) else None


def participle_subject(toks: list[Tok], at: int, floor: int) -> Phrase | None:
    """The subject of the finite verb an adverbial participle hangs on ("Urząd odmówił komentarza, tłumacząc, że …",
    "The council declined to comment, saying …"), when that verb is no speech verb: the participle speaks for it."""
    if at == 0 or toks[at - 1].text != ",":
        return None
    j = _verb_before(toks, at - 2, floor, ".!?;:")
    subject = phrase_before(toks, j, floor) if j is not None else None
    return subject if subject is not None and subject.toks and nominative(subject) else None


def _verb_before(toks: list[Tok], start: int, floor: int, stops: str) -> int | None:
    """The nearest finite verb at or before ``start`` in the same clause (a quote or one of ``stops`` ends the search)."""
    for j in range(start, floor - 1, -1):
        t = toks[j]
        if t.quote is not None or t.text in stops:
            return None
        if t.has("fin", "praet") if t.lang == "pl" else (t.text.lower().endswith("ed") and t.lemmas[0] != t.text.lower()):
            return j
    return None
