"""Attribution patterns: who said what in one sentence, as raw spans.

Covers a speaker before or after the quote, inverted attribution ("…, podał
„FT”" / "…, the ministry said"), dash-introduced speech ("„…” – taką odpowiedź
cytował „FT”"), ``że``/``that`` clauses, via-phrases ("cytowany przez „FT”",
"Reuters cited Orlen's statement"), pronoun and pro-drop references to the
previous speaker, and ``według``/``zdaniem``/``w ocenie``/``according to``.
"""

from __future__ import annotations

from knowledge.lexicon import SPEECH_NOUNS
from knowledge.names import is_agent, is_name
from knowledge.phrases import Phrase, Raw, agrees, before_acronym, make_phrase, nominative, phrase_after, phrase_before
from knowledge.sources import source_claims
from knowledge.speech import backward, forward, without_words
from knowledge.subjects import lone_surname, same_gender, told_medium
from knowledge.verbs import Verb, cited_participle, is_conjunction_that, reporting_verb
from knowledge.words import CLAUSE_MARKS, Tok

_NOBODY = Phrase(())  # a verb whose subject is there but names no one we can use


def _without_speech_place(phrase: Phrase | None) -> Phrase | None:
    """ "Ministerstwo w przesłanym PAP komunikacie": the subject ends before the statement it spoke in."""
    if phrase is None or not phrase.toks or phrase.toks[0].lang != "pl":
        return phrase
    toks = list(phrase.toks)
    for k, t in enumerate(toks):
        if k and t.is_word and t.has("prep") and any(set(x.lemmas) & (SPEECH_NOUNS["pl"] | _INTERVIEW) for x in toks[k + 1 :]):
            return make_phrase(toks[:k]) or phrase
    return phrase


def _statement_noun(t: Tok) -> bool:
    """A noun naming a statement ("oświadczenie", "odpowiedź", "statement"); a capitalised English noun
    is a name instead ("the Post reported", not "the post said")."""
    named = t.lang == "en" and t.capital and not t.initial
    return not named and any(lem in SPEECH_NOUNS[t.lang] for lem in t.lemmas)


def _speech_object(toks: list[Tok], i: int, floor: int) -> bool:
    """ "„…” – taką odpowiedź cytował „FT”": a statement noun (no name) between the clause mark and the verb."""
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


_TELLING = {"powiedzieć", "mówić", "przekazać", "przekazywać", "odpowiedzieć", "oświadczyć", "poinformować", "informować"}
_TELLING |= {"tell", "confirm", "write"}


def _recipient(toks: list[Tok], v: Verb) -> Phrase | None:
    """A named party right after a verb of telling passes the words on: "powiedziała PAP", "told Reuters"."""
    if v.lemma not in _TELLING:
        return None
    j = v.index + 1
    while j < len(toks) and (toks[j].text in '„“"' or toks[j].text.lower() == "the"):
        j += 1
    if j >= len(toks) or not is_name(toks[j], False):
        return None
    k = j
    while k < len(toks) and (is_name(toks[k], False) or toks[k].text in '”"'):
        k += 1
    return make_phrase(toks[j:k])


def _pro_drop(toks: list[Tok], end: int, floor: int) -> bool:
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


def _before_apposition(toks: list[Tok], end: int, floor: int) -> Phrase | None:
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
    if inner[0].text.lower() in _RELATIVES:
        named = phrase_before(toks, c, floor)
        # "The former employee, who spoke on condition of anonymity, said": a described speaker too
        described = named is not None and bool(named.toks) and is_agent(named.toks[-1])
        return named if named is not None and (named.name or described) else None
    if not any(is_agent(t) for t in inner[:3]):
        return None
    return phrase_before(toks, c, floor)


def _via_before(toks: list[Tok], i: int) -> tuple[int, Phrase | None]:
    """A via-phrase right before the verb ("cytowany przez „FT”"): where the subject ends, and the via party."""
    for p in range(i - 1, max(-1, i - 8), -1):
        if cited_participle(toks[p]) and p + 1 < i and toks[p + 1].text.lower() in ("przez", "by"):
            end = i - 1 if toks[i - 1].text == "," else i
            return (p - 1 if p > 0 and toks[p - 1].text == "," else p), make_phrase(toks[p + 2 : end])
    return i, None


def _owner_after(toks: list[Tok], i: int) -> Phrase | None:
    """ "cytowała oświadczenie Orlenu": the owner of the statement the verb cites."""
    for j in range(i + 1, min(len(toks), i + 4)):
        if _statement_noun(toks[j]):
            owner = phrase_after(toks, j + 1)
            return owner if owner and owner.name else None
    return None


_INTERVIEW = {"rozmowa", "wywiad", "interview"}


def _via_after(toks: list[Tok], i: int) -> Phrase | None:
    """The via party in the verb's own clause: "said in a reply quoted by the Daily Ledger",
    "powiedział w rozmowie z RMF FM", "said in an interview with the BBC"."""
    for j in range(i + 1, min(len(toks) - 1, i + 8)):
        if toks[j].text in CLAUSE_MARKS or is_conjunction_that(toks[j]) or toks[j].quote is not None:
            return None
        cited = cited_participle(toks[j]) and toks[j + 1].text.lower() in ("przez", "by")
        interview = bool(set(toks[j].lemmas) & _INTERVIEW) and toks[j + 1].text.lower() in ("z", "ze", "dla", "with", "to")
        if cited or interview:
            stop = next((k for k in range(j + 2, len(toks)) if is_conjunction_that(toks[k]) or toks[k].text in CLAUSE_MARKS), len(toks))
            while stop > j + 2 and toks[stop - 1].text in ".!?":
                stop -= 1
            found = make_phrase(toks[j + 2 : stop])
            return found if found is not None and (cited or found.name) else None
    return None


_AND = {"i", "oraz", "a", "ale", "lecz", "and", "but"}


def _coordinated_subject(toks: list[Tok], end: int, floor: int) -> Phrase | None:
    """The subject a verb after "i"/"and" shares with the verb before it in the same sentence."""
    if end == 0 or toks[end - 1].text.lower() not in _AND:
        return None
    for j in range(end - 2, floor - 1, -1):
        t = toks[j]
        if t.quote is not None or t.text in ".!?;":
            return None
        verb = t.has("fin", "praet") if t.lang == "pl" else (t.text.lower().endswith("ed") and t.lemmas[0] != t.text.lower())
        if verb:
            subject = phrase_before(toks, j, floor)
            ok = subject is not None and subject.toks and nominative(subject) and agrees(toks[end], subject)
            return subject if ok else None
    return None


def _as_clause(toks: list[Tok], i: int) -> Raw | None:
    """ "Jak poinformował rzecznik X, sprawca został zatrzymany" / "…, jak podała policja.": the rest of the sentence."""
    v = reporting_verb(toks, i)
    if v is None or i == 0 or toks[i - 1].text.lower() not in ("jak", "as") or (toks[i].lang == "en" and v.form != "finite"):
        return None
    comma = next((k for k in range(i + 1, len(toks)) if toks[k].text in CLAUSE_MARKS), len(toks))
    speaker = phrase_after(toks, i + 1, comma)
    if speaker is None and toks[i].lang == "pl" and all(t.has("adv", "qub", "part") for t in toks[i + 1 : comma]):
        pass  # "Jak dodał, …": the previous speaker (None)
    elif speaker is None or not nominative(speaker) or not agrees(toks[i], speaker):
        return None
    if i == 1 or (toks[i - 2].text in CLAUSE_MARKS and i - 2 == 0):
        words = [t for t in toks[comma + 1 :] if t.is_word]
        if comma >= len(toks) or len(words) < 3:
            return None
        last = max(k for k, t in enumerate(toks) if t.is_word or t.quote is not None)
        return Raw(v.act, toks[comma + 1].start, toks[last].end, False, speaker)
    if i >= 3 and toks[i - 2].text == "," and comma >= len(toks) - 1:
        return Raw(v.act, toks[0].start, toks[i - 3].end, False, speaker)
    return None


def heading_claim(toks: list[Tok]) -> Raw | None:
    """A headline that gives a party's words after a colon: "Opozycja: to bubel prawny"."""
    colon = next((k for k, t in enumerate(toks) if t.text == ":" and t.quote is None), None)
    if colon is None or colon == 0 or any(reporting_verb(toks, k) for k in range(colon)):
        return None
    before = [t for t in toks[:colon] if t.is_word]
    clause = any(t.has("fin", "praet", "inf") or (t.lang == "en" and not (t.capital or is_agent(t))) for t in before)
    if not 1 <= len(before) <= 4 or clause:
        return None  # only a name or a short description before the colon, no clause
    speaker = make_phrase(toks[:colon])
    words = [t for t in toks[colon + 1 :] if t.is_word]
    if speaker is None or speaker.pronoun or not nominative(speaker) or len(words) < 2:
        return None
    first, last = toks[colon + 1], toks[-1]
    if first.quote is not None and first.quote.start == first.start and first.quote.end == last.end:
        return Raw("says", first.quote.inner_start, first.quote.inner_end, True, speaker)
    return Raw("says", first.start, last.end, first.quote is not None, speaker)


def sentence_claims(toks: list[Tok], text: str, previous: Phrase | None, heading: bool = False) -> list[Raw]:
    """Every statement attributed in one sentence; ``previous`` is the last speaker before it."""
    if heading and (headline := heading_claim(toks)) is not None:
        return [headline]
    found: list[Raw] = source_claims(toks, previous)
    floor = 0
    subject: Phrase | None = None
    for i in range(len(toks)):
        v = reporting_verb(toks, i)
        if v is None or v.form == "impersonal" or i < floor:
            continue
        if (as_raw := _as_clause(toks, i)) is not None:
            found.append(as_raw)
            subject, floor = as_raw.speaker, len(toks)
            continue
        before_end, via = _via_before(toks, i)
        before = _without_speech_place(phrase_before(toks, before_end, floor) or _before_apposition(toks, before_end, floor))
        if before is None and (surname := lone_surname(toks, before_end, floor)) is not None:
            before = surname  # "Kowalczyk ocenił, że …": a surname that is also a common noun ("kowalczyk")
        if not nominative(before):
            before = _NOBODY  # "podczas Wieczerzy Pańskiej ani nie odrzucało": not a subject
        speaker: Phrase | None = before
        subject_start = toks.index(before.toks[0]) if before is not None and before.toks else before_end
        relayed = _speech_object(toks, before_end, floor)  # the verb is the via party's, not the speaker's
        if relayed:
            speaker = None  # "„…” – taką odpowiedź cytował „FT”": the words are the previous speaker's
            via = phrase_after(toks, i + 1)
        elif v.act == "cites" and (owner := _owner_after(toks, i)) is not None:
            speaker, via = owner, before
            v = Verb(v.index, "says", v.form, v.lemma)  # the owner's words; the citing is the via party's
        elif v.form == "participle":
            speaker = subject  # "…, zaprzeczając informacjom" / "…, saying …": the clause's subject
        elif before is None and (shared := _coordinated_subject(toks, before_end, floor)) is not None:
            speaker = shared  # "Minister przyjechał do Gdańska i zapowiedział, że …"
        elif before is None and not _pro_drop(toks, before_end, floor):
            speaker = _NOBODY
        fwd = forward(toks, v, text)
        if fwd is not None and (speaker is _NOBODY or (speaker is None and v.form == "finite")):
            # "Sprawę skomentował na platformie X szef MSZ Jan Kos: „…”": the subject follows the verb
            after = phrase_after(toks, i + 1)
            if after is not None and after.toks and after.toks[-1].end <= fwd[0] and nominative(after) and agrees(toks[i], after):
                speaker = after
        if fwd is not None:
            start, end, direct, last = fwd
            raw = Raw(v.act, start, end, direct, speaker, via or _recipient(toks, v) or _via_after(toks, i))
            floor = last + 1
        else:
            back = backward(toks, v, floor, subject_start) if v.form != "participle" else None
            if back is None:
                bare = without_words(toks, v, speaker, via)
                if bare is None:
                    subject = speaker or subject
                    continue
                raw = bare
            else:
                if (speaker is None or speaker is _NOBODY) and via is None:
                    after = phrase_after(toks, i + 1)
                    if after is not None and told_medium(v, after):
                        speaker, via = None, after  # "– … – powiedziała PAP": the previous speaker told the agency
                    elif after is not None:
                        speaker = after if nominative(after) and agrees(toks[i], after) else _NOBODY
                hearer = _recipient(toks, v) if before is not None and before is not _NOBODY else None  # not "– powiedział Zalewski"
                raw = Raw(v.act, back[0], back[1], back[2], speaker, via or hearer or _via_after(toks, i))
            floor = i + 1
        if raw.speaker is _NOBODY:
            continue
        if raw.speaker is not None and raw.speaker.pronoun:
            raw = Raw(raw.act, raw.start, raw.end, raw.direct, None, raw.via, raw.object_only)
        elif raw.speaker is None and previous is None and subject is None:
            continue
        elif raw.speaker is None and subject is None and previous is not None and not relayed and not same_gender(toks[v.index], previous):
            continue  # "– … – powiedziała" after a man's words: someone the patterns did not catch is speaking
        found.append(raw)
        subject = raw.speaker or subject
    return found
