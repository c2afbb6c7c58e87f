"""Attribution patterns: who said what in one sentence, as raw spans.

Covers a speaker before or after the quote, inverted attribution ("…, podał
„WSJ”" / "…, the ministry said"), dash-introduced speech ("„…” – taką odpowiedź
cytował „WSJ”"), ``że``/``that`` clauses, via-phrases ("cytowany przez „WSJ”",
"Reuters cited Orlen's statement"), pronoun and pro-drop references to the
previous speaker, and ``według``/``zdaniem``/``w ocenie``/``according to``.
The parts live beside it: the subject before a verb in ``knowledge/subjects.py``,
via parties in ``knowledge/via.py``, source phrases in ``knowledge/sources.py``,
the spoken words' span in ``knowledge/speech.py``.
"""

from __future__ import annotations

from knowledge.agreement import agrees, nominative
from knowledge.names import is_agent
from knowledge.phrases import Phrase, Raw, make_phrase, phrase_after, phrase_before
from knowledge.sources import source_claims
from knowledge.speech import backward, forward
from knowledge.speech_object import without_words
from knowledge.subjects import (
    before_apposition,
    coordinated_subject,
    lone_surname,
    participle_subject,
    pro_drop,
    same_gender,
    teller_then_told,
    told_and_teller,
    told_medium,
    without_speech_place,
)
from knowledge.verbs import Verb, reporting_verb
from knowledge.via import owner_after, recipient, speech_object, via_after, via_before
from knowledge.words import CLAUSE_MARKS, Tok

_NOBODY = Phrase(())  # a verb whose subject is there but names no one we can use


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
        before_end, via = via_before(toks, i)
        before = without_speech_place(phrase_before(toks, before_end, floor) or before_apposition(toks, before_end, floor))
        if before is None and (surname := lone_surname(toks, before_end, floor)) is not None:
            before = surname  # "Kowalczyk ocenił, że …": a surname that is also a common noun ("kowalczyk")
        if not nominative(before):
            before = _NOBODY  # "podczas Wieczerzy Pańskiej ani nie odrzucało": not a subject
        speaker: Phrase | None = before
        subject_start = toks.index(before.toks[0]) if before is not None and before.toks else before_end
        relayed = speech_object(toks, before_end, floor)  # the verb is the via party's, not the speaker's
        if relayed:
            speaker = None  # "„…” – taką odpowiedź cytował „WSJ”": the words are the previous speaker's
            via = phrase_after(toks, i + 1)
        elif v.act == "cites" and (owner := owner_after(toks, i)) is not None:
            speaker, via = owner, before
            v = Verb(v.index, "says", v.form, v.lemma)  # the owner's words; the citing is the via party's
        elif v.form == "participle":
            # "…, zaprzeczając informacjom" / "…, saying …": the clause's subject; "X odmówił komentarza, tłumacząc, że …": X's
            speaker = subject or participle_subject(toks, i, floor)
        elif before is None and (shared := coordinated_subject(toks, before_end, floor)) is not None:
            speaker = shared  # "Minister przyjechał do Gdańska i zapowiedział, że …"
        elif before is None and not pro_drop(toks, before_end, floor):
            speaker = _NOBODY
        fwd = forward(toks, v, text)
        if fwd is not None and (speaker is _NOBODY or (speaker is None and v.form == "finite")):
            # "Sprawę skomentował na platformie X szef MSZ Jan Kos: „…”": the subject follows the verb
            after = phrase_after(toks, i + 1)
            after, told = teller_then_told(v, after) if after is not None else (after, None)
            if after is not None and after.toks and after.toks[-1].end <= fwd[0] and nominative(after) and agrees(toks[i], after):
                speaker, via = after, via or told
        if fwd is not None:
            start, end, direct, last = fwd
            raw = Raw(v.act, start, end, direct, speaker, via or recipient(toks, v) or via_after(toks, i))
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
                        # "– … – powiedziała PAP": the previous speaker told the agency; "– powiedział tygodnikowi
                        # jeden z pracowników": the one named after the medium told it
                        speaker, via = told_and_teller(after)
                    elif after is not None:
                        after, told = teller_then_told(v, after)  # "– … – powiedział Nowak PAP"
                        speaker = after if nominative(after) and agrees(toks[i], after) else _NOBODY
                        via = told
                hearer = recipient(toks, v) if before is not None and before is not _NOBODY else None  # not "– powiedział Zalewski"
                raw = Raw(v.act, back[0], back[1], back[2], speaker, via or hearer or via_after(toks, i))
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
