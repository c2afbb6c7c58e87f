"""Source phrases: "według X", "zdaniem X", "w ocenie X", "W jego ocenie", "according to X"."""

from __future__ import annotations

from knowledge.lexicon import STATEMENT_NOUNS
from knowledge.names import can_be_nominative, genitive_pair, is_agent, is_name
from knowledge.phrases import Phrase, Raw, make_phrase
from knowledge.verbs import cited_participle
from knowledge.words import CLAUSE_MARKS, Tok

_DOCUMENTS = {"pl": {"raport", "komunikat", "dane", "wspomnienie"}, "en": {"report", "statement", "data", "figure"}}
_POSSESSIVES = {"pl": {"jego", "jej", "ich"}, "en": {"his", "her", "their"}}
_VIEW_NOUNS = {
    "pl": {"ocena": "assesses", "opinia": "assesses", "przekonanie": "assesses"},
    "en": {"view": "assesses", "opinion": "assesses"},
}


def _trigger(toks: list[Tok], i: int) -> tuple[str, int, bool] | None:
    """(act, index where the source's name starts, pronoun?) when ``toks[i]`` opens a source phrase."""
    t = toks[i]
    low = t.text.lower()
    nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if t.lang == "pl":
        if low == "według":
            return "says", i + 1, nxt in ("niego", "niej", "nich")
        if low == "zdaniem":
            pron = i > 0 and toks[i - 1].text.lower() in _POSSESSIVES["pl"]
            return "assesses", i + 1, pron
        if low == "w" and i + 1 < len(toks):
            k = i + 2 if nxt in _POSSESSIVES["pl"] else i + 1
            if k < len(toks) and (act := next((_VIEW_NOUNS["pl"][lem] for lem in toks[k].lemmas if lem in _VIEW_NOUNS["pl"]), None)):
                return act, k + 1, k == i + 2
        return None
    if low == "according" and nxt == "to":
        return "says", i + 2, False
    if low == "in" and nxt in _POSSESSIVES["en"] and i + 2 < len(toks) and toks[i + 2].text.lower() in _VIEW_NOUNS["en"]:
        return "assesses", i + 3, True
    return None


def _genitive(t: Tok) -> bool:
    if t.lang != "pl":
        return True
    if is_name(t, False):
        return True
    return any(":gen" in r.tag or r.pos in ("brev",) for r in t.readings) or t.text == "."


def _source_end(toks: list[Tok], k: int) -> int:
    j = k
    while j < len(toks) and toks[j].text not in CLAUSE_MARKS and toks[j].quote is None and toks[j].text not in "!?":
        if j > k and toks[j].text == "i" and genitive_pair(toks, j):
            j += 1  # "Ministerstwa Spraw Wewnętrznych i Administracji": the name's genitive conjuncts are joined
            continue
        if toks[j].text == "." and (j + 1 == len(toks) or not toks[j - 1].text.islower()):
            break
        if not _genitive(toks[j]) or j - k > 7 or (j > k and _preposition(toks, j)):
            break
        if j > k and (_subject_of_next_verb(toks, j) or _negated_object(toks, j)):
            break  # "Według przewoźnika utrudnienia dotkną …": the clause's own subject, not the source
        j += 1
    return j


def _preposition(toks: list[Tok], j: int) -> bool:
    """A preposition before a number opens a time adverbial, not more of the source: "Według resortu od 2029 r. …"
    ("rzecznika z ministerstwa" goes on)."""
    t = toks[j]
    return t.lang == "pl" and t.has("prep") and j + 1 < len(toks) and toks[j + 1].text[:1].isdigit()


def _subject_of_next_verb(toks: list[Tok], j: int) -> bool:
    """A Polish word that can be a nominative right before a finite verb ("opóźnienia obejmą"); a verb form that is
    also a noun ("obejmą", "obejma") counts unless that noun could be a genitive going on with the source."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    t = toks[j]
    if t.lang != "pl" or nxt is None or not nxt.has("fin", "praet", "bedzie") or not can_be_nominative(t):
        return False
    return not any(":gen" in r.tag or ".gen" in r.tag for r in nxt.readings if r.pos in ("subst", "adj"))


def _negated_object(toks: list[Tok], j: int) -> bool:
    """A Polish genitive object, of one or a few nouns, governed by a negated verb after it ("podwyżek nie będzie",
    "wzrostu cen nie należy oczekiwać"): the clause's content starts; an agent noun ("banku") is the source's still."""
    if toks[j].lang != "pl" or toks[j].capital or is_agent(toks[j]):
        return False
    m = j + 1
    while m < min(len(toks), j + 2) and _common_genitive(toks[m]) and toks[m].text.lower() != "nie":
        m += 1  # "wzrostu cen": the object's own genitive goes with it
    if m + 1 >= len(toks) or not toks[m].has("qub", "part") or toks[m].text.lower() != "nie":
        return False
    verb, after = toks[m + 1], (toks[m + 2] if m + 2 < len(toks) else None)
    if after is not None and any(":gen" in r.tag for r in after.readings if r.pos == "subst"):
        return False  # "rzecznika ministerstwa zdrowia nie będzie podwyżek": the verb has its own object; the name goes on
    return verb.has("fin", "praet", "bedzie", "pred", "inf") and not verb.has("subst", "adj")


def _common_genitive(t: Tok) -> bool:
    """A lower-case Polish noun that can be a genitive ("cen", "paliwa")."""
    return t.is_word and not t.capital and any(":gen" in r.tag for r in t.readings if r.pos in ("subst", "ger"))


def _statement_owner(toks: list[Tok]) -> list[Tok]:
    """ "komunikatu policji" -> "policji", "a statement from the ministry" -> "the ministry": whose statement it is."""
    words = [i for i, t in enumerate(toks) if t.is_word and t.text.lower() not in ("a", "an", "the")]
    last = toks[words[-1]] if words else None
    if last is not None and len(words) >= 2 and set(last.lemmas) & _DOCUMENTS[last.lang]:
        owner = toks[words[-2]]
        if owner.text.endswith(("'s", "’s")):
            return toks[: words[-1]]  # "the authority's report" -> "the authority's"
    if not words or not any(lem in STATEMENT_NOUNS[toks[words[0]].lang] | _DOCUMENTS[toks[words[0]].lang] for lem in toks[words[0]].lemmas):
        return toks
    rest = toks[words[0] + 1 :]
    if rest and rest[0].text.lower() in ("from", "by", "of", "z", "ze"):
        rest = rest[1:]
    return rest


def source_claims(toks: list[Tok], previous: Phrase | None) -> list[Raw]:
    """Statements attributed with a source phrase rather than a verb."""
    found: list[Raw] = []
    for i, t in enumerate(toks):
        if t.quote is not None or not t.is_word:
            continue
        trig = _trigger(toks, i)
        if trig is None:
            continue
        act, k, pronoun = trig
        first = i - 1 if pronoun and toks[i].text.lower() == "zdaniem" else i
        if pronoun:
            name_end = k + 1 if toks[i].text.lower() == "według" else k
            speaker = None
        else:
            name_end = _source_end(toks, k)
            speaker = make_phrase(_statement_owner(toks[k:name_end]))
            if speaker is None:
                continue
        if first > 0 and toks[first - 1].text == "(":
            continue  # "(według Cockrofta-Gaulta)": a reference, not a statement
        at_start = first == 0 or toks[first - 1].text in CLAUSE_MARKS
        rest, via = _after_source(toks, name_end)
        words_after = [x for x in toks[rest:] if x.is_word]
        if at_start and len(words_after) >= 3:
            end = toks[-1].end if toks[-1].is_word or toks[-1].quote else toks[-2].end
            found.append(Raw(act, toks[rest].start, end, False, speaker, via))
        elif first > 2 and toks[first - 1].text == "," and not words_after:
            found.append(Raw(act, toks[0].start, toks[first - 2].end, False, speaker))
    return found


_APPOSITION = 12  # tokens an apposition about a source may run to, its closing comma included


def _after_source(toks: list[Tok], k: int) -> tuple[int, Phrase | None]:
    """Where the statement starts after a source phrase ending at ``k``, skipping ", cytowanych przez X," and an
    apposition or relative clause about the source ("Zdaniem dr Anny Nowak, specjalistki od prawa, …",
    "Według ekspertów, z którymi rozmawialiśmy, …")."""
    if k < len(toks) and toks[k].text == ",":
        k += 1
        relative = any("który" in t.lemmas for t in toks[k : k + 2])
        # the apposition in the source's case ("specjalistki"), not the clause's subject ("kierowca")
        if k < len(toks) and ((toks[k].lang == "pl" and is_agent(toks[k]) and _genitive(toks[k])) or relative):
            close = next((j for j in range(k + 1, min(len(toks), k + _APPOSITION)) if toks[j].text == ","), None)
            if close is not None and sum(t.is_word for t in toks[close:]) >= 3:
                k = close + 1
    if k + 1 < len(toks) and cited_participle(toks[k]) and toks[k + 1].text.lower() in ("przez", "by"):
        stop = next((j for j in range(k + 2, len(toks)) if toks[j].text in CLAUSE_MARKS), len(toks))
        return (stop + 1 if stop < len(toks) else stop), make_phrase(toks[k + 2 : stop])
    return k, None
