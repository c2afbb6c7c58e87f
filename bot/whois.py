"""Who is X: the ledger's role for the person, or the sentence that first introduces them."""

from __future__ import annotations

from bot.party_link import words_of_party
from knowledge.article import Article
from knowledge.claims import Ledger
from knowledge.morph import words
from knowledge.search import SentenceIndex
from knowledge.terms import fold, name_matches


def _covers(party_words: list[str], text: str) -> int:
    vocab = frozenset(fold(t.text) for t in words(text))
    return sum(1 for w in party_words if name_matches(w, vocab))


def introduce(index: SentenceIndex, ledger: Ledger, party: str, lang: str) -> tuple[int, int] | None:
    """The span that says who ``party`` is: the ledger's role sentence, else the first full mention."""
    article: Article = index.article
    party_words = words_of_party(party, lang)
    if not party_words:
        return None
    for e in ledger.entities:
        names = " ".join([e.name, e.canonical, *e.aliases])
        if e.role_start is not None and e.role_end is not None and _covers(party_words, names) == len(party_words):
            inside = [s for s in article.sentences if s.start <= e.role_start < s.end]
            if inside:
                return inside[0].start, inside[0].end
    # "the mayor of X": a role the article never gives is not found by naming X alone
    roles = [w for w in party_words if not w[:1].isupper()]
    best: tuple[int, int] | None = None
    best_cover = 0
    for s in index.sentences:
        text = article.sentence_text(s)
        if _covers(roles, text) < len(roles):
            continue
        cover = _covers(party_words, text)
        if cover > best_cover:  # the first sentence naming most of the party
            best, best_cover = (s.start, s.end), cover
        if cover == len(party_words):
            break
    # every word of the name: "Anna Nowak" is not "Ewa Nowak"
    if best is None or best_cover < len(party_words):
        return None
    return best
