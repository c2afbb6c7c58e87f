"""Which of the article's speakers a party phrase from a question refers to: by name, by description, by meaning."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

from knowledge import embed
from knowledge.morph import words
from knowledge.terms import fold, name_matches, terms

MIN_LINK = 0.86  # e5 cosine of party phrase and speaker name that links them across languages
# ... and the linked party must lead every other party by MIN_LEAD: short names score
# 0.80-0.89 against anything, so an unrelated phrase can clear MIN_LINK ("the White
# House" 0.881 against "amerykańskiego wywiadu", 0.859 against "grupa członków Kongresu").
# Measured with bench/party_link.py on the seed and the test fixtures: of the phrases
# that reach e5 and clear MIN_LINK, the right ones lead the next party by 0.028-0.108,
# the wrong ones by at most 0.022; 0.025 lies between (a narrow gap, from 23 such phrases).
MIN_LEAD = 0.025


def mentions(party_words: Sequence[str], text: str) -> list[int]:
    """Word positions in ``text`` where a word of the party occurs."""
    found = []
    for i, tok in enumerate(words(text)):
        vocab = frozenset([fold(tok.text)])
        if any(name_matches(p, vocab) for p in party_words):
            found.append(i)
    return found


def names_all(party_words: Sequence[str], text: str) -> bool:
    """Every word of the party occurs in ``text`` (names by spelling, others by lemma)."""
    return all(mentions([w], text) for w in party_words)


@lru_cache(maxsize=4096)
def _name_vector(name: str) -> np.ndarray:
    """A speaker name's e5 vector, embedded once per process (names recur on every question)."""
    return embed.embed_passages([name])[0]


def link(
    party: str,
    lang: str,
    names: Sequence[str],
    contexts: Mapping[str, str] | None = None,
    party_of: Mapping[str, str] | None = None,
) -> list[str]:
    """The names (speakers, entities) the party phrase refers to; empty when none fits.

    First by the words of the names themselves; then by the words around a
    speaker's statements ("said Tom Reed, who speaks for the fishermen");
    then, across languages, by e5 similarity of the phrase and the names, when
    one party (``party_of`` a name; each name its own by default) is clearly closest.
    """
    party_words = [t.text for t in terms(party, lang)]
    if not party_words or not names:
        return []
    lexical = [n for n in names if names_all(party_words, n)]
    if lexical:
        return lexical
    # a description ("the spokeswoman", "fishermen"), not a name: the words around the speaker's statements
    if not any(w[:1].isupper() for w in party_words):
        described = [n for n in names if contexts and names_all(party_words, contexts.get(n, ""))]
        if described:
            return described
    return by_meaning(party, names, party_of or {})


def party_scores(party: str, names: Sequence[str], party_of: Mapping[str, str]) -> dict[str, tuple[float, str]]:
    """Each party's e5 cosine with the phrase and the name that scores it (the best of its names;
    ``party_of`` a name, else the name itself)."""
    scores = np.array([_name_vector(n) for n in names]) @ embed.embed_query(party)
    best: dict[str, tuple[float, str]] = {}
    for name, score in zip(names, scores, strict=True):
        key = party_of.get(name, name)
        if key not in best or float(score) > best[key][0]:
            best[key] = (float(score), name)
    return best


def by_meaning(party: str, names: Sequence[str], party_of: Mapping[str, str]) -> list[str]:
    """The name closest in meaning to the phrase, when it clears MIN_LINK and its party leads the next by MIN_LEAD."""
    ranked = sorted(party_scores(party, names, party_of).values(), reverse=True)
    best, name = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else -1.0
    return [name] if best >= MIN_LINK and best - runner_up >= MIN_LEAD else []
