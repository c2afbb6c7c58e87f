"""Which ranked sentences answer a factual question: the fewest likely ones, the neighbours that complete them, as passages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot import ranker
from bot.question import Question
from knowledge.article import Article
from knowledge.search import Hit


@dataclass(frozen=True)
class Citing:
    """Which runners-up join the best sentence (``fewest``)."""

    ratio: float  # at least this likely, relative to the best ...
    cost: float = 0.0  # ... and at least this many times the share of the article's characters they add ...
    most: int = 3  # ... up to this many sentences in all ...
    mass: float = 0.8  # ... and no more once those cited (and the headings passed over) hold this much probability


# in the article's language: runners-up 7 % as likely as the best and worth their length (a sentence of
# 40 % of a short text needs 12 %; in a news article the ratio decides), up to four while under 80 %
CITE_SAME = Citing(ratio=0.07, cost=0.3, most=4)
CITE_CROSS = Citing(ratio=0.3)  # across languages the best sentence is right less often: unsure runners-up come along
TYPED_RUNNERS_UP = ("time", "number", "amount")  # in the article's language, runners-up must hold these too


def fewest(article: Article, ranked: Sequence[ranker.Ranked], rule: Citing, *, typed_only: bool = False) -> tuple[Hit, ...]:
    """The best sentence, then runners-up likely enough under ``rule`` until the cited ones hold most of the probability."""
    headings = article.headings
    first = next((i for i, r in enumerate(ranked) if r.hit.sentence.paragraph not in headings), 0)
    top = ranked[first].p
    chosen = [ranked[first].hit]
    mass = sum(r.p for r in ranked[: first + 1])  # a headline above the best body sentence is restated by the body
    size = max(1, len(article.text))
    for r in ranked[first + 1 :]:
        if len(chosen) >= rule.most or mass >= rule.mass:
            break
        share = (r.hit.sentence.end - r.hit.sentence.start) / size
        if r.hit.sentence.paragraph in headings:  # restates the story: never the extra evidence,
            mass += r.p  # but what it is likely to hold, the body says too
        elif r.p >= max(rule.ratio * top, rule.cost * share) and (not typed_only or r.holds_type):
            chosen.append(r.hit)
            mass += r.p
    # "Most wzmocniono stalowymi linami. Rozwiązanie to obniżyło koszty…": the sentence going on from the
    # best one says what it set up; likely enough as a runner-up, it joins even when the best seems sure
    follower = _follower(ranked, ranked[first])
    if follower is not None and follower.hit not in chosen and (not typed_only or follower.holds_type):
        share = (follower.hit.sentence.end - follower.hit.sentence.start) / size
        if follower.p >= max(rule.ratio * top, rule.cost * share):
            chosen.append(follower.hit)
    return tuple(chosen)


def passages(hits: Sequence[Hit]) -> list[tuple[int, int]]:
    """The cited sentences as quotable spans: neighbours in one paragraph join into one passage.

    The answer often runs from one sentence into the next ("He was born in
    Kraków. Two years later the family moved…"); quoted together they read as
    the article wrote them.  A passage keeps the place of its likeliest sentence.
    """
    groups: list[list[Hit]] = []
    for h in sorted(hits, key=lambda h: h.sentence.index):
        last = groups[-1][-1].sentence if groups else None
        if last is not None and last.paragraph == h.sentence.paragraph and last.index + 1 == h.sentence.index:
            groups[-1].append(h)
        else:
            groups.append([h])
    rank = {h.sentence.index: i for i, h in enumerate(hits)}
    groups.sort(key=lambda g: min(rank[h.sentence.index] for h in g))
    return [(g[0].sentence.start, g[-1].sentence.end) for g in groups]


def with_reason(question: Question, ranked: Sequence[ranker.Ranked], chosen: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "Why …?": when the best sentence gives no reason and the next one in its paragraph does ("X uważa, że
    to za mało. Y ocenił, że …, bo …"), the next one is cited with it (the two join into one passage)."""
    if question.answer_type != "reason" or not ranked or ranked[0].holds_type:
        return chosen
    nxt = _neighbour(ranked, ranked[0], 1)
    if nxt is None or not nxt.holds_type or nxt.hit in chosen:
        return chosen
    return (*chosen, nxt.hit)


def _neighbour(ranked: Sequence[ranker.Ranked], of: ranker.Ranked, step: int) -> ranker.Ranked | None:
    """The ranked sentence ``step`` places after (or before) ``of`` in its paragraph."""
    s = of.hit.sentence
    return next((r for r in ranked if r.hit.sentence.index == s.index + step and r.hit.sentence.paragraph == s.paragraph), None)


def _follower(ranked: Sequence[ranker.Ranked], of: ranker.Ranked) -> ranker.Ranked | None:
    """The next sentence of the paragraph when it leans on ``of`` ("Rozwiązanie to…", "Trafiła…"), else None."""
    after = _neighbour(ranked, of, 1)
    return after if after is not None and after.leans_back else None


def with_type(question: Question, headings: frozenset[int], ranked: Sequence[ranker.Ranked], chosen: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "Kiedy odbył się strajk?" best met by "W tym samym roku kolejny strajk…": when the best sentence lacks the
    asked-for kind of answer and leans on the sentence before it, or the next one leans on it ("Trafiło do szpitala 12 osób"),
    that neighbour holding one is cited with it (the two join into one passage)."""
    best = next((r for r in ranked if r.hit.sentence.paragraph not in headings), None)  # a heading is never cited
    if not question.answer_type or best is None or best.holds_type:
        return chosen
    before = _neighbour(ranked, best, -1) if best.leans_back else None
    # a reason in the next sentence is with_reason's, leaning or not
    for r in (before, _follower(ranked, best) if question.answer_type != "reason" else None):
        if r is not None and r.holds_type and r.hit not in chosen:
            return (*chosen, r.hit)
    return chosen
