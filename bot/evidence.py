"""Evidence for a factual question: rank sentences, decide whether the article covers it, keep the fewest.

Whether the article covers a question is read off the retrieval scores:
the names it asks about must occur in the article; in the article's language
enough of its weighted terms must meet the chosen sentence; across languages
the best sentence must fit the question better than generic news does; and
a sentence must hold the kind of answer asked for (a date for "when" ...).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot import ranker
from bot.question import Question, priced_thing
from knowledge.article import Article
from knowledge.countries import polish_blocs, polish_countries
from knowledge.lexicon import MEASURE_TRANSLATIONS, ORGANISATION_ROLES, ROLE_SPELLINGS, WEATHER
from knowledge.search import Hit, SentenceIndex
from knowledge.terms import Term, is_stop, name_matches, terms

# Refusal thresholds: calibrated on PoQuAD dev paragraphs and the fixture articles (see README).
TYPE_DEPTH = 3  # how far down the ranking a sentence of the asked-for type may be
TYPE_RATIO = 0.3  # ... and how close to the best probability it must be
HARD_TYPES = ("time", "number", "amount", "person", "place", "name")  # a reason is not refused for lacking "because"
# same language: the fewer of the question's (IDF-weighted) terms the best sentence holds, the
# more clearly it must fit the question better than generic news does (cosine margin over the best
# background sentence): under 40 % of the terms it must beat it, under 10 % by 0.02 — a paraphrase
# ("Czemu placówka nie ma medyków?" of "brak lekarzy") is answered, the weather is not
WEAK_COVERAGE = 0.4
MIN_MARGIN_SAME = 0.0
MIN_COVERAGE = 0.1
MIN_MARGIN_FEW = 0.02
MIN_MARGIN = -0.02  # best cosine minus best background cosine, when names are all a sentence shares with the question
# other language: the same against generic news in the article's language (``background.vectors_in``), which a
# question fits less well than news in its own language; on the own articles the lowest answerable question is
# at -0.012, an unanswerable one at -0.019
MIN_MARGIN_CROSS = -0.015


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


# English capitalises months and weekdays; they are not names to look for
# the longest measure first: "share price" before "price"
_MEASURE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, MEASURE_TRANSLATIONS), key=len, reverse=True)) + r")s?\b")
_CALENDAR = frozenset(n.lower() for n in (*calendar.month_name[1:], *calendar.day_name))
# "CEO", "CFO": a title written in capitals, which the article may spell out ("Chief Executive X")
_WEATHER_QUESTION = re.compile(r"\bweather\b|\bpogod", re.IGNORECASE)
_TITLES = frozenset(spelling for group in ROLE_SPELLINGS for spelling in group if " " not in spelling)


def question_names(text: str, lang: str, *, whole: bool = False) -> list[list[str]]:
    """Runs of capitalised words (names) in a question, first word excluded (``whole``: a phrase, every word counts)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for i, tok in enumerate(re.finditer(r"[\w’'-]+", text)):
        word = tok.group(0).rstrip("’'").removesuffix("’s").removesuffix("'s")
        is_name = (
            (i > 0 or whole)
            and word[:1].isupper()
            and word.replace("-", "").isalpha()
            and not is_stop(word, lang)
            and word.lower() not in _CALENDAR
            and word.lower() not in _TITLES
        )
        if is_name:
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def names_found(
    text: str, lang: str, vocabulary: frozenset[str], *, whole: bool = False, across: bool = False, blocs: bool = False
) -> bool:
    """False when ``text`` names someone or something the article never mentions. ``across``: the article is in
    the other language, where an institution's English name ("the Ministry of Health") is translated, not spelled;
    ``blocs``: so is "EU" ("fundusze unijne") — for a factual question, not a party that must speak."""
    runs = question_names(text, lang, whole=whole)
    if not (across and lang == "en"):
        return all(any(name_matches(w, vocabulary) for w in run) for run in runs)
    # across languages a country is translated ("Belarusian" -> "Białoruś"), and so is an institution's name
    runs = [run for run in runs if not _institution_name(run, text)]
    return all(
        any(name_matches(n, vocabulary) for w in run for n in (w, *polish_countries(w), *(polish_blocs(w) if blocs else ())))
        for run in runs
    )


def _institution_name(run: Sequence[str], text: str) -> bool:
    """ "Health" in "the Ministry of Health" or "the Health Ministry": the common words of an institution's name."""
    roles = "|".join(sorted(ORGANISATION_ROLES))
    name = r"\s+".join(map(re.escape, run))
    after_role = rf"\b(?:{roles})\s+(?:of|for)\s+(?:the\s+)?{name}\b"
    return run[-1].lower() in ORGANISATION_ROLES or re.search(after_role, text, re.IGNORECASE) is not None


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


@dataclass(frozen=True)
class Evidence:
    """The sentences that answer a question, or why none do."""

    hits: tuple[Hit, ...]
    supported: bool
    reason: str
    margin: float = 0.0
    coverage: float = 0.0


def gather(
    question: Question,
    index: SentenceIndex,
    vector: np.ndarray,
    background: np.ndarray,
    *,
    spoken: frozenset[int] = frozenset(),
    focus: tuple[Question, np.ndarray] | None = None,
) -> Evidence:
    """The fewest sentences likely to hold the answer to a factual question, best first, with the verdict.

    ``spoken``: the sentences where the party the question asks about speaks (see ``ranker.rank``); ``focus``: the
    question (and its vector) to rank the sentences with, when not the question itself (the question without the
    party's name); whether the article covers the question is still judged on the question itself.
    """
    article: Article = index.article
    asked = terms(question.text, question.lang)
    same = question.lang == article.lang
    # across languages names are the only words that meet, so a missing one decides;
    # in the article's language it is one missing term among the others (coverage)
    if not same and not names_found(question.text, question.lang, index.vocabulary, across=True, blocs=True):
        return Evidence((), False, "names a party the article does not mention")
    if _WEATHER_QUESTION.search(question.text) and not index.article_coverage(terms(" ".join(sorted(WEATHER[article.lang])), article.lang)):
        return Evidence((), False, "asks about the weather, which the article never mentions")
    ranking, ranking_vector = focus or (question, vector)
    ranked = ranker.rank(ranking, index, terms(ranking.text, ranking.lang) if focus else asked, ranking_vector, spoken=spoken)
    if not ranked:
        return Evidence((), False, "the article has no sentences")
    fit = float(index.vectors[ranked[0].hit.sentence.index] @ vector)  # the best sentence's cosine to the question itself
    margin = fit - float((background @ vector).max()) if len(background) else 0.0
    # in the article's language the answer type is one ranking feature among others; across
    # languages (and for amounts) it is a gate, since little else tells a fitting sentence apart — except a person
    # asked of a party's own words ("Who does X blame?": "the former manager" is no name, and it is X's words)
    hard = question.answer_type in HARD_TYPES and (not same or question.answer_type in ("amount", "number"))
    hard = hard and not (spoken and question.answer_type == "person")
    if hard:
        # a heading is never the cited answer, so a number in the headline does not let a sentence without one answer
        typed = [r for r in ranked[:TYPE_DEPTH] if r.holds_type and r.hit.sentence.paragraph not in article.headings]
        if not typed or typed[0].p < TYPE_RATIO * ranked[0].p:
            return Evidence((), False, f"no sentence holds a {question.answer_type}", margin, ranked[0].hit.coverage)
        # a count in the article's language only needs one nearby: in the best sentence or next to it, not in another
        # paragraph ("Customers who updated were not affected" does not count the 4.2 million affected)
        best_s, typed_s = ranked[0].hit.sentence, typed[0].hit.sentence
        nearby = ranked[0].holds_type or (best_s.paragraph == typed_s.paragraph and abs(best_s.index - typed_s.index) == 1)
        if not same or question.answer_type == "amount" or not nearby:
            ranked = [typed[0]] + [r for r in ranked if r is not typed[0]]
    best = ranked[0].hit
    if not question.asks and best.coverage < WEAK_COVERAGE:
        return Evidence((), False, "an instruction, not a question about the article", margin, best.coverage)
    if same and asked and best.coverage < MIN_COVERAGE and margin < MIN_MARGIN_FEW:
        return Evidence((), False, "too few of the question's terms", margin, best.coverage)
    if same and asked and best.coverage < WEAK_COVERAGE and margin < MIN_MARGIN_SAME:
        return Evidence((), False, "few of the question's terms, and fits generic news as well", margin, best.coverage)
    # "the share price": what is measured is missing, and little else of the question is there
    if same and question.focus and index.article_coverage(terms(question.focus, question.lang)) == 0.0 and best.coverage < WEAK_COVERAGE:
        return Evidence((), False, f"asks for a {question.focus} the article never mentions", margin, best.coverage)
    # "How many people were injured …?": the event counted is nowhere in the article, so no number there counts it
    event = _counted_event(question.text) if same and question.answer_type == "number" else None
    if event and index.article_coverage(terms(event, question.lang)) == 0.0:
        return Evidence((), False, f"counts what was {event}, which the article never mentions", margin, best.coverage)
    thing = priced_thing(question.text) if same else None
    if thing and index.article_coverage(terms(thing, question.lang)) == 0.0:
        # "Ile kosztuje bilet autobusowy?" of an article that prices only an investment: no ticket, no answer
        return Evidence((), False, f"asks the price of a {thing}, which the article never mentions", margin, best.coverage)
    if not same and question.answer_type == "amount" and _measure_absent(question, index, asked):
        return Evidence((), False, f"asks for a {question.focus} the article never mentions", margin, best.coverage)
    # generic news fits better: refused, unless in the article's language a common word of the question meets the
    # article ("Czego dotyczy rozejm?"), not only a name ("Jaka jest pogoda w Pekinie?")
    if margin < (MIN_MARGIN if same else MIN_MARGIN_CROSS) and (not same or _names_only(asked, index.keys_of(best.sentence))):
        return Evidence((), False, "fits generic news as well as the article", margin, best.coverage)
    # a runner-up without the date or number asked for cannot be the answer
    typed_only = hard or (same and question.answer_type in TYPED_RUNNERS_UP)
    chosen = fewest(article, ranked, CITE_SAME if same else CITE_CROSS, typed_only=typed_only)
    return Evidence(
        _with_type(question, article.headings, ranked, _with_reason(question, ranked, chosen)), True, "supported", margin, best.coverage
    )


_COUNTED_EVENT = re.compile(r"^\s*how many\b[^?]*?\b(?:were|was|have been|has been|had been|got)\s+(?P<event>\w+ed)\b", re.I)


def _counted_event(text: str) -> str | None:
    """The passive participle an English count question counts by ("How many people were injured …" -> injured)."""
    m = _COUNTED_EVENT.search(text)
    return m.group("event") if m else None


def _names_only(asked: Sequence[Term], keys: frozenset[str]) -> bool:
    """True when the question's terms that ``keys`` meet are all names (capitalised after the first word)."""
    return all(t.start > 0 and t.text[:1].isupper() for t in asked if keys.intersection(t.keys))


def _measure_absent(question: Question, index: SentenceIndex, asked: Sequence[Term]) -> bool:
    """An amount question whose measure ("share price", "kurs akcji", "profit") the article, in the other language, never names."""
    article_lang = index.article.lang
    if question.lang == "en" and article_lang == "pl":
        key = max(_MEASURE.findall(question.text.lower()), key=len, default=None)
        phrases = MEASURE_TRANSLATIONS[key] if key else ()
    elif question.lang == "pl" and article_lang == "en":
        phrases = _english_measures(asked)
    else:
        return False
    return bool(phrases) and all(index.article_coverage(terms(phrase, article_lang)) < 1.0 for phrase in phrases)


def _english_measures(asked: Sequence[Term]) -> tuple[str, ...]:
    """The English measures of the longest Polish measure phrase among a question's terms ("kurs akcji" -> share price)."""
    keys = {k for t in asked for k in t.keys}
    held = [p for ps in MEASURE_TRANSLATIONS.values() for p in ps if all(keys.intersection(k) for k in _polish_keys(p))]
    if not held:
        return ()
    words = max(len(p.split()) for p in held)
    longest = {p for p in held if len(p.split()) == words}
    return tuple(key for key, ps in MEASURE_TRANSLATIONS.items() if longest.intersection(ps))


@lru_cache(maxsize=64)
def _polish_keys(phrase: str) -> tuple[tuple[str, ...], ...]:
    """The term keys of a Polish measure phrase, one tuple per word (read once per process)."""
    return tuple(t.keys for t in terms(phrase, "pl"))


def _with_reason(question: Question, ranked: Sequence[ranker.Ranked], chosen: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "Why …?": when the best sentence gives no reason and the next one in its paragraph does ("X uważa, że
    to za mało. Y ocenił, że …, bo …"), the next one is cited with it (the two join into one passage)."""
    if question.answer_type != "reason" or not ranked or ranked[0].holds_type:
        return chosen
    best = ranked[0].hit.sentence
    nxt = next((r for r in ranked if r.hit.sentence.index == best.index + 1), None)
    if nxt is None or not nxt.holds_type or nxt.hit.sentence.paragraph != best.paragraph or nxt.hit in chosen:
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


def _with_type(question: Question, headings: frozenset[int], ranked: Sequence[ranker.Ranked], chosen: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """ "Kiedy odbył się strajk?" best met by "W tym samym roku kolejny strajk…": when the best sentence lacks the
    asked-for kind of answer and leans on the sentence before it, or the next one leans on it ("Trafiło do szpitala 12 osób"),
    that neighbour holding one is cited with it (the two join into one passage)."""
    best = next((r for r in ranked if r.hit.sentence.paragraph not in headings), None)  # a heading is never cited
    if not question.answer_type or best is None or best.holds_type:
        return chosen
    before = _neighbour(ranked, best, -1) if best.leans_back else None
    # a reason in the next sentence is _with_reason's, leaning or not
    for r in (before, _follower(ranked, best) if question.answer_type != "reason" else None):
        if r is not None and r.holds_type and r.hit not in chosen:
            return (*chosen, r.hit)
    return chosen
