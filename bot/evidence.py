"""Evidence for a factual question: rank sentences, decide whether the article covers it, keep the fewest (bot/citing.py).

Whether the article covers a question is read off the retrieval scores:
the names it asks about must occur in the article; in the article's language
enough of its weighted terms must meet the chosen sentence; across languages
the best sentence must fit the question better than generic news does; and
a sentence must hold the kind of answer asked for (a date for "when" ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot import ranker
from bot.citing import CITE_CROSS, CITE_SAME, TYPED_RUNNERS_UP, fewest, with_reason, with_type
from bot.question import Question, priced_thing
from bot.question_names import names_found
from knowledge.article import Article
from knowledge.lexicon import MEASURE_TRANSLATIONS, WEATHER
from knowledge.search import Hit, SentenceIndex
from knowledge.terms import Term, terms

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

# the longest measure first: "share price" before "price"
_MEASURE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, MEASURE_TRANSLATIONS), key=len, reverse=True)) + r")s?\b")
_WEATHER_QUESTION = re.compile(r"\bweather\b|\bpogod", re.IGNORECASE)


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
    if same and _unmentioned(index, question.focus, question.lang) and best.coverage < WEAK_COVERAGE:
        return Evidence((), False, f"asks for a {question.focus} the article never mentions", margin, best.coverage)
    # "How many people were injured …?": the event counted is nowhere in the article, so no number there counts it
    event = _counted_event(question.text) if same and question.answer_type == "number" else None
    if _unmentioned(index, event, question.lang):
        return Evidence((), False, f"counts what was {event}, which the article never mentions", margin, best.coverage)
    # "Ile kosztuje bilet autobusowy?" of an article that prices only an investment: no ticket, no answer
    thing = priced_thing(question.text) if same else None
    if _unmentioned(index, thing, question.lang):
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
        with_type(question, article.headings, ranked, with_reason(question, ranked, chosen)), True, "supported", margin, best.coverage
    )


def _unmentioned(index: SentenceIndex, phrase: str | None, lang: str) -> bool:
    """True when the question names ``phrase`` (what it measures, counts or prices) and the article never mentions it."""
    return bool(phrase) and index.article_coverage(terms(phrase or "", lang)) == 0.0


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
