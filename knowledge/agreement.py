"""Whether a Polish speaker phrase can be the subject of its verb: a nominative head that agrees in number."""

from __future__ import annotations

from knowledge.names import can_be_nominative, is_agent, is_name
from knowledge.phrases import Phrase
from knowledge.words import Tok


def nominative(phrase: Phrase | None) -> bool:
    """A Polish subject must be able to be nominative: its agent noun or its name ("szef", "Chiny", "WSJ")."""
    if phrase is None or not phrase.toks or phrase.pronoun or phrase.toks[0].lang != "pl":
        return True
    return any(not t.known or can_be_nominative(t) for t in _subject_heads(phrase))


def _subject_heads(phrase: Phrase) -> list[Tok]:
    """The words a Polish subject's case and number show on: its agent noun ("szef"), the noun a name after a
    preposition qualifies ("Delegacja" in "Delegacja z Chin"), else the name."""
    before_name = [t for t in phrase.toks if not phrase.name or t.end <= phrase.name[0].start]
    agent = next((t for t in before_name if is_agent(t)), None)
    if agent is not None:
        return [agent]
    words = [t for t in before_name if t.is_word]
    if len(words) >= 2 and words[-1].has("prep") and words[-2].has("subst") and not is_name(words[-2]):
        return [words[-2]]
    return list(phrase.name)


def agrees(verb: Tok, phrase: Phrase) -> bool:
    """A Polish subject agrees in number with its verb ("Domagali się od premiera Jana Kowalskiego": no)."""
    r = verb.reading("fin", "praet", "bedzie")
    if r is None or verb.lang != "pl" or phrase.pronoun:
        return True
    number = set(r.tag.split(":")[1].split("."))
    for t in _subject_heads(phrase):
        if not t.known:
            return True
        for x in t.readings:
            fields = x.tag.split(":")
            if len(fields) > 2 and "nom" in fields[2] and set(fields[1].split(".")) & number:
                return True
    return False
