"""Linking a party phrase to a speaker by meaning, across languages: e5 cosine, with a clear lead over the rest."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np

from knowledge import embed

MIN_LINK = 0.86  # e5 cosine of party phrase and speaker name that links them across languages
# ... and the linked party must lead every other party by MIN_LEAD: short names score
# 0.80-0.89 against anything, so an unrelated phrase can clear MIN_LINK ("the White
# House" 0.881 against "amerykańskiego wywiadu", 0.859 against "grupa członków Kongresu").
# Measured with bench/party_link.py on the seed and the test fixtures: of the phrases
# that reach e5 and clear MIN_LINK, the right ones lead the next party by 0.028-0.108,
# the wrong ones by at most 0.022; 0.025 lies between (a narrow gap, from 23 such phrases).
MIN_LEAD = 0.025


@lru_cache(maxsize=4096)
def _name_vector(name: str) -> np.ndarray:
    """A speaker name's e5 vector, embedded once per process (names recur on every question)."""
    return embed.embed_passages([name])[0]


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
