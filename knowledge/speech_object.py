"""A statement with no words of its own: a denial's, request's or citation's object ("zaprzeczając informacjom",
"apelują o ochronę", "powołując się na notatkę"), found after the reporting verb when no speech is."""

from __future__ import annotations

from knowledge.phrases import Phrase, Raw
from knowledge.speech import CLAIM_NOUNS, clause_end, trim_end
from knowledge.verbs import Verb
from knowledge.words import Tok

# verbs that deny whatever their object is; others ("odrzucić", "reject") deny only claims
_DENIAL_VERBS = {"zaprzeczyć", "zaprzeczać", "zdementować", "dementować", "deny"}
# verbs whose object is what is cited: "powołując się na notatkę", "citing two documents"
_OBJECT_VERBS = {"powołać", "powoływać", "cite"}
_OBJECT_SKIP = {"się", "na", "on"}
_REQUEST_LINKS = {"pl": {"by", "aby", "żeby", "o"}, "en": {"to", "for"}}


def without_words(toks: list[Tok], v: Verb, speaker: Phrase | None, via: Phrase | None) -> Raw | None:
    """A denial, request or citation with an object and no speech: "zaprzeczając informacjom",
    "apelują o ochronę", "powołując się na notatkę Białego Domu"."""
    last = clause_end(toks, v.index + 1, v)
    if v.lemma in _OBJECT_VERBS and last > v.index + 1:
        k = v.index + 1
        while k < last and (toks[k].text.lower() in _OBJECT_SKIP or not toks[k].is_word):
            k += 1  # "się na", "on", "to"
        words = [t for t in toks[k : last + 1] if t.is_word]
        if len(words) >= 2 and toks[k].quote is None:
            return Raw(v.act, toks[k].start, trim_end(toks, last), False, speaker, via)
        return None
    if v.act not in ("denies", "requests"):
        return None
    if v.act == "requests":
        links = _REQUEST_LINKS[toks[v.index].lang]
        link = next((j for j in range(v.index + 1, last + 1) if toks[j].text.lower() in links), None)
        if link is None or link >= last:
            return None
        return Raw(v.act, toks[link + 1].start, trim_end(toks, last), False, speaker, via)
    if last <= v.index or not _denies_a_claim(toks, v, last):
        return None
    return Raw(v.act, toks[v.index].start, trim_end(toks, last), False, speaker, via, object_only=True)


def _denies_a_claim(toks: list[Tok], v: Verb, last: int) -> bool:
    """ "zaprzeczyła informacjom", "denied the allegations", but not "rejected a settlement offer"."""
    if v.lemma in _DENIAL_VERBS:
        return True
    return any(set(t.lemmas) & CLAIM_NOUNS for t in toks[v.index + 1 : last + 1])
