"""Attribution patterns: who said what in one sentence, as raw spans.

Covers a speaker before or after the quote, inverted attribution ("…, podał
„FT”" / "…, the ministry said"), dash-introduced speech ("„…” – taką odpowiedź
cytował „FT”"), ``że``/``that`` clauses, via-phrases ("cytowany przez „FT”",
"Reuters cited Alibaba's statement"), pronoun and pro-drop references to the
previous speaker, and ``według``/``zdaniem``/``w ocenie``/``according to``.
"""

from __future__ import annotations

from knowledge.lexicon import SPEECH_NOUNS
from knowledge.phrases import Phrase, Raw, is_agent, is_name, make_phrase, phrase_after, phrase_before
from knowledge.sources import source_claims
from knowledge.verbs import Verb, cited_participle, is_conjunction_that, reporting_verb
from knowledge.words import CLAUSE_MARKS, Tok

_DASHES = {"–", "—", "-"}
_NOBODY = Phrase(())  # a verb whose subject is there but names no one we can use
_REQUEST_LINKS = {"pl": {"by", "aby", "żeby", "o"}, "en": {"to", "for"}}


def _speech_object(toks: list[Tok], i: int, floor: int) -> bool:
    """ "„…” – taką odpowiedź cytował „FT”": a statement noun (no name) between the clause mark and the verb."""
    j = i - 1
    while j >= floor and toks[j].text not in CLAUSE_MARKS and toks[j].quote is None:
        if any(lem in SPEECH_NOUNS[toks[j].lang] for lem in toks[j].lemmas):
            return not any(is_name(t, False) for t in toks[j:i])
        j -= 1
    return False


def _trim_end(toks: list[Tok], j: int) -> int:
    """Offset after the last word-or-quote token at or before ``toks[j]``."""
    while j >= 0 and toks[j].text in CLAUSE_MARKS | {".", "!", "?"} and toks[j].quote is None:
        j -= 1
    return toks[j].end


def _number(t: Tok) -> str | None:
    """Grammatical number of a Polish verb form ("sg"/"pl"), None when unmarked (participles, English)."""
    r = t.reading("fin", "praet", "bedzie")
    return r.tag.split(":")[1] if r is not None else None


def _clause_end(toks: list[Tok], k: int, v: Verb) -> int:
    """Index of the last token of the speech starting at ``k``: before the speaker's next reporting verb.

    "zarzucając … i zapewniając, że …": a participle, or a verb agreeing in number
    with this one, continues the speaker; "… zgadza się … i apelują o …" is still
    inside the reported clause (other subject).
    """
    j = k
    while j < len(toks):
        nxt = reporting_verb(toks, j) if toks[j].quote is None else None
        if nxt is not None and toks[j - 1].text in {",", "i", "and", "oraz"} | _DASHES:
            num = _number(toks[j])
            if nxt.form == "participle" or num is None or num == _number(toks[v.index]):
                return j - 2
        j += 1
    return len(toks) - 1


def _span(toks: list[Tok], k: int, last: int, text: str) -> tuple[int, int, bool]:
    """Content from ``toks[k]`` to ``toks[last]``: a lone quotation is direct speech, inner span."""
    start, end = toks[k].start, _trim_end(toks, last)
    first, final = toks[k].quote, toks[last].quote or (toks[last - 1].quote if last > k else None)
    outside = [t for t in toks[k : last + 1] if t.quote is None and t.is_word]
    if first is not None and final is not None and first.start == start and final.end == end and not outside:
        return first.inner_start, final.inner_end, True  # one quotation, or several in a row
    return start, end, False


def _forward(toks: list[Tok], v: Verb, text: str) -> tuple[int, int, bool, int, Phrase | None] | None:
    """Speech after the verb: a quotation close by, or a że/that clause.

    Returns (start, end, direct, last token index, via): via is a party met on the way,
    "powiedziała PAP, że …", "told Reuters that …", "said in a statement quoted by Reuters that …".
    """
    words = 0
    via = _recipient(toks, v)
    for j in range(v.index + 1, min(len(toks), v.index + 14)):
        t = toks[j]
        if t.quote is not None:
            if words <= 3 or toks[j - 1].text == ":":
                q = t.quote
                last = max(k for k in range(j, len(toks)) if toks[k].quote == q)
                return q.inner_start, q.inner_end, True, last, via
            return None
        if is_conjunction_that(t) and j + 1 < len(toks):
            last = _clause_end(toks, j + 1, v)
            if last <= j:
                return None
            s, e, direct = _span(toks, j + 1, last, text)
            return s, e, direct, last, via
        if cited_participle(t) and j + 1 < len(toks) and toks[j + 1].text.lower() in ("przez", "by"):
            stop = next((k for k in range(j + 2, len(toks)) if is_conjunction_that(toks[k]) or toks[k].text in CLAUSE_MARKS), len(toks))
            via = make_phrase(toks[j + 2 : stop]) or via
            continue
        if t.text in ".!?" and toks[j - 1].text not in ("ds", "br", "r", "m", "in"):
            return None
        if reporting_verb(toks, j) and reporting_verb(toks, j).form != "impersonal":  # type: ignore[union-attr]
            return None
        words += t.is_word
    return None


def _backward(toks: list[Tok], v: Verb, floor: int, subject_start: int) -> tuple[int, int, bool] | None:
    """Speech before the verb (and its subject): "„…” – podał X", "…, the ministry said" (start, end, direct)."""
    j = min(v.index, subject_start) - 1
    while j >= floor and toks[j].text not in CLAUSE_MARKS and toks[j].quote is None:
        j -= 1
    if j < floor:
        return None
    q = toks[j].quote
    if q is not None:
        return q.inner_start, q.inner_end, True
    if toks[j].text not in _DASHES | {","}:
        return None
    k = j - 1
    if k >= floor and toks[k].quote is not None and toks[k].quote.end == toks[k].end:  # type: ignore[union-attr]
        q = toks[k].quote
        assert q is not None
        return q.inner_start, q.inner_end, True
    if k - floor < 3 or not _inverted(toks, v, j, subject_start):
        return None
    return toks[floor].start, _trim_end(toks, k), False


def _inverted(toks: list[Tok], v: Verb, mark: int, subject_start: int) -> bool:
    """Attribution after the words: "…, podał X" (verb right after the mark) or "…, the ministry said." (clause end)."""
    if mark == v.index - 1:
        return True
    if toks[v.index].lang == "pl" or mark != subject_start - 1:
        return False
    rest = [t for t in toks[v.index + 1 :] if t.is_word]
    return toks[v.index].lang == "en" and len(rest) <= 4 and all(t.text not in CLAUSE_MARKS for t in toks[v.index + 1 :])


_TELLING = {"powiedzieć", "mówić", "przekazać", "przekazywać", "odpowiedzieć", "oświadczyć", "tell", "confirm", "write"}


def _recipient(toks: list[Tok], v: Verb) -> Phrase | None:
    """A named party right after a verb of telling passes the words on: "powiedziała PAP", "told Reuters"."""
    if v.lemma not in _TELLING:
        return None
    j = v.index + 1
    while j < len(toks) and toks[j].text in '„“"':
        j += 1
    if j >= len(toks) or not is_name(toks[j], False):
        return None
    k = j
    while k < len(toks) and (is_name(toks[k], False) or toks[k].text in '”"'):
        k += 1
    return make_phrase(toks[v.index + 1 : k])


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


def _before_apposition(toks: list[Tok], end: int, floor: int) -> Phrase | None:
    """The name before an apposition that ends at the verb: "Ellen Marsh, chairwoman of the board, told …"."""
    if end < 2 or toks[end - 1].text != ",":
        return None
    c = end - 2
    while c > floor and toks[c].text != ",":
        c -= 1
    inner = [t for t in toks[c + 1 : end - 1] if t.is_word and t.text.lower() not in ("a", "an", "the")]
    if c <= floor or not inner or not any(is_agent(t) for t in inner[:3]):
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
    """ "cytowała oświadczenie Alibaby": the owner of the statement the verb cites."""
    for j in range(i + 1, min(len(toks), i + 4)):
        if any(lem in SPEECH_NOUNS[toks[j].lang] for lem in toks[j].lemmas):
            owner = phrase_after(toks, j + 1)
            return owner if owner and owner.name else None
    return None


def sentence_claims(toks: list[Tok], text: str, previous: Phrase | None) -> list[Raw]:
    """Every statement attributed in one sentence; ``previous`` is the last speaker before it."""
    found: list[Raw] = source_claims(toks, previous)
    floor = 0
    subject: Phrase | None = None
    for i in range(len(toks)):
        v = reporting_verb(toks, i)
        if v is None or v.form == "impersonal" or i < floor:
            continue
        before_end, via = _via_before(toks, i)
        before = phrase_before(toks, before_end, floor) or _before_apposition(toks, before_end, floor)
        speaker: Phrase | None = before
        subject_start = toks.index(before.toks[0]) if before is not None and before.toks else before_end
        if _speech_object(toks, before_end, floor):
            speaker = None  # "„…” – taką odpowiedź cytował „FT”": the words are the previous speaker's
            via = phrase_after(toks, i + 1)
        elif v.act == "cites" and (owner := _owner_after(toks, i)) is not None:
            speaker, via = owner, before
            v = Verb(v.index, "says", v.form, v.lemma)  # the owner's words; the citing is the via party's
        elif v.form == "participle":
            speaker = subject  # "…, zaprzeczając informacjom" / "…, saying …": the clause's subject
        elif before is None and not _pro_drop(toks, before_end, floor):
            speaker = _NOBODY
        fwd = _forward(toks, v, text)
        if fwd is not None:
            start, end, direct, last, recipient = fwd
            raw = Raw(v.act, start, end, direct, speaker, via or recipient)
            floor = last + 1
        else:
            back = _backward(toks, v, floor, subject_start) if v.form != "participle" else None
            if back is None:
                bare = _without_words(toks, v, speaker, via)
                if bare is None:
                    subject = speaker or subject
                    continue
                raw = bare
            else:
                if (speaker is None or speaker is _NOBODY) and via is None:
                    speaker = phrase_after(toks, i + 1)
                raw = Raw(v.act, back[0], back[1], back[2], speaker, via)
            floor = i + 1
        if raw.speaker is _NOBODY:
            continue
        if raw.speaker is not None and raw.speaker.pronoun:
            raw = Raw(raw.act, raw.start, raw.end, raw.direct, None, raw.via, raw.object_only)
        elif raw.speaker is None and previous is None and subject is None:
            continue
        found.append(raw)
        subject = raw.speaker or subject
    return found


def _without_words(toks: list[Tok], v: Verb, speaker: Phrase | None, via: Phrase | None) -> Raw | None:
    """A denial or request with an object and no speech: "zaprzeczając informacjom", "apelują o ochronę"."""
    if v.act not in ("denies", "requests"):
        return None
    last = _clause_end(toks, v.index + 1, v)
    if v.act == "requests":
        links = _REQUEST_LINKS[toks[v.index].lang]
        k = next((j for j in range(v.index + 1, last + 1) if toks[j].text.lower() in links), None)
        if k is None or k >= last:
            return None
        return Raw(v.act, toks[k + 1].start, _trim_end(toks, last), False, speaker, via)
    if last <= v.index:
        return None
    return Raw(v.act, toks[v.index].start, _trim_end(toks, last), False, speaker, via, object_only=True)
