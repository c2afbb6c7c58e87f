"""Via parties: whom a statement came through, and words relayed rather than spoken.

"cytowany przez „WSJ”" / "quoted by Reuters" before the verb, "powiedział w rozmowie z RMF FM" /
"said in an interview with the BBC" after it, "powiedziała PAP" / "told Reuters" (the one told),
"cytowała oświadczenie Orlenu" (the statement's owner is the speaker), and "„…” – taką odpowiedź
cytował „WSJ”" (the verb is the via party's; the words are the previous speaker's).
"""

from __future__ import annotations

from knowledge.lexicon import INTERVIEW_NOUNS, STATEMENT_NOUNS
from knowledge.names import is_agent, is_name, told_after_person
from knowledge.phrases import Phrase, make_phrase, phrase_after
from knowledge.verbs import Verb, cited_participle, is_conjunction_that
from knowledge.words import CLAUSE_MARKS, Tok


def _statement_noun(t: Tok) -> bool:
    """A noun naming a statement ("oświadczenie", "odpowiedź", "statement"); a capitalised English noun
    is a name instead ("the Post reported", not "the post said")."""
    named = t.lang == "en" and t.capital and not t.initial
    return not named and any(lem in STATEMENT_NOUNS[t.lang] for lem in t.lemmas)


def speech_object(toks: list[Tok], i: int, floor: int) -> bool:
    """ "„…” – taką odpowiedź cytował „WSJ”": a statement noun (no name) between the clause mark and the verb."""
    j = i - 1
    while j >= floor and toks[j].text not in CLAUSE_MARKS and toks[j].quote is None:
        if _statement_noun(toks[j]):
            # only the statement noun, no one named: not "W komunikacie resort podkreślił", nor
            # "Ministerstwo w przesłanym PAP komunikacie zapewniło" (the subject opens the clause)
            k = j - 1
            while k >= floor and toks[k].text not in CLAUSE_MARKS and toks[k].quote is None:
                k -= 1
            opening = [t for t in toks[k + 1 : j] if t.is_word]
            named_first = bool(opening) and (is_name(opening[0]) or is_agent(opening[0])) and not opening[0].has("prep")
            return not named_first and not any(is_name(t, False) or is_agent(t) for t in toks[j + 1 : i])
        j -= 1
    return False


TELLING = {"powiedzieć", "mówić", "przekazać", "przekazywać", "odpowiedzieć", "oświadczyć", "poinformować", "informować"}
TELLING |= {"tell", "confirm", "write"}


def recipient(toks: list[Tok], v: Verb) -> Phrase | None:
    """A named party right after a verb of telling passes the words on: "powiedziała PAP", "told Reuters"."""
    if v.lemma not in TELLING:
        return None
    j = v.index + 1
    while j < len(toks) and (toks[j].text in '„“"' or toks[j].text.lower() == "the"):
        j += 1
    if j >= len(toks) or not is_name(toks[j], False):
        return None
    k = j
    while k < len(toks) and (is_name(toks[k], False) or toks[k].text in '”"'):
        if k > j and told_after_person(toks[k - 1], toks[k]):
            return make_phrase(toks[k : k + 1])  # "Powiedział Jan Nowak PAP, że …": the agency is the one told
        k += 1
    return make_phrase(toks[j:k])


def via_before(toks: list[Tok], i: int) -> tuple[int, Phrase | None]:
    """A via-phrase right before the verb ("cytowany przez „WSJ”"): where the subject ends, and the via party."""
    for p in range(i - 1, max(-1, i - 8), -1):
        if cited_participle(toks[p]) and p + 1 < i and toks[p + 1].text.lower() in ("przez", "by"):
            end = i - 1 if toks[i - 1].text == "," else i
            return (p - 1 if p > 0 and toks[p - 1].text == "," else p), make_phrase(toks[p + 2 : end])
    return i, None


def owner_after(toks: list[Tok], i: int) -> Phrase | None:
    """ "cytowała oświadczenie Orlenu": the owner of the statement the verb cites."""
    for j in range(i + 1, min(len(toks), i + 4)):
        if _statement_noun(toks[j]):
            owner = phrase_after(toks, j + 1)
            return owner if owner and owner.name else None
    return None


def via_after(toks: list[Tok], i: int) -> Phrase | None:
    """The via party in the verb's own clause: "said in a reply quoted by the Daily Ledger",
    "powiedział w rozmowie z RMF FM", "said in an interview with the BBC"."""
    for j in range(i + 1, min(len(toks) - 1, i + 8)):
        if toks[j].text in CLAUSE_MARKS or is_conjunction_that(toks[j]) or toks[j].quote is not None:
            return None
        cited = cited_participle(toks[j]) and toks[j + 1].text.lower() in ("przez", "by")
        interview = bool(set(toks[j].lemmas) & INTERVIEW_NOUNS) and toks[j + 1].text.lower() in ("z", "ze", "dla", "with", "to")
        if cited or interview:
            stop = next((k for k in range(j + 2, len(toks)) if is_conjunction_that(toks[k]) or toks[k].text in CLAUSE_MARKS), len(toks))
            while stop > j + 2 and toks[stop - 1].text in ".!?":
                stop -= 1
            found = make_phrase(toks[j + 2 : stop])
            return found if found is not None and (cited or found.name) else None
    return None
