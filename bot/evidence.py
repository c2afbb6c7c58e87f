"""Evidence for a factual question: rank sentences, decide whether the article covers it, keep the fewest.

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

import numpy as np

from bot.question import Question
from knowledge.article import Article
from knowledge.search import Hit, SentenceIndex
from knowledge.terms import Term, is_stop, name_matches, terms

# Calibrated on PoQuAD dev paragraphs and the fixture articles (see README).
TYPE_PENALTY = 0.7  # score factor for a sentence lacking the asked-for kind of answer
COVERAGE_WEIGHT = 0.3  # share of term coverage added to the fused score
TYPE_DEPTH = 3  # how far down the ranking a sentence of the asked-for type may be
TYPE_RATIO = 0.6  # ... and how close to the best score it must be
HARD_TYPES = ("time", "number", "amount", "person", "place", "name")  # a reason is not refused for lacking "because"
MIN_COVERAGE = 0.3  # same language: weighted share of question terms the answer must hold
MIN_MARGIN = -0.02  # other language: best cosine minus best background cosine
SECOND_RATIO = 0.85  # a second sentence joins when it scores this close to the first ...
SECOND_GAIN = 0.15  # ... and holds this much more of the question's terms

_MONTHS = (
    r"stycz|lut|marz|kwie|maj|czerw|lip|sierp|wrze[śs]|pa[źz]dziern|listopad|grud|"
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
_TIME = re.compile(
    rf"\b(?:\d{{3,4}}|(?:{_MONTHS})\w*|[IVX]+\s*w\b|wiek\w*|centur\w*|lat(?:ach)?|rok\w*|years?|"
    r"poniedziałek|wtorek|środ\w|czwart\w*|piąt\w*|sobot\w|niedziel\w|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"wczoraj|dzisiaj|dziś|jutro|yesterday|today|tomorrow)",
    re.I,
)
_REASON = re.compile(
    r"\b(?:because|since|due|owing|reason|so that|therefore|"
    r"bo|ponieważ|gdyż|dlatego|powod\w*|przyczyn\w*|z uwagi|wskutek|w związku|aby|żeby)\b",
    re.I,
)
_AMOUNT = re.compile(
    r"[$€£¥]\s*\d|\d[\d\s.,]*\s*(?:zł\w*|złotych|gr\b|usd|pln|eur\w*|dolar\w*|dollars?|euros?|funt\w*|pounds?|juan\w*|yuan|"
    r"proc\w*|percent|%|mln|mld|million|billion|tys\w*|thousand)",
    re.I,
)
_NUMBER = re.compile(
    r"\d|\b(?:jed[eno]\w*|dw[aóu]\w*|trz[ey]\w*|czter\w*|pię[ćc]\w*|sze[śs][ćc]\w*|siedem\w*|osiem\w*|dziewię\w*|dziesię\w*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|"
    r"tysi\w*|milion\w*|miliard\w*|mln|mld|proc)\b",
    re.I,
)


def question_names(text: str, lang: str) -> list[list[str]]:
    """Runs of capitalised words (names) in a question, first word excluded."""
    runs: list[list[str]] = []
    current: list[str] = []
    for i, tok in enumerate(re.finditer(r"[\w’'-]+", text)):
        word = tok.group(0).rstrip("’'").removesuffix("’s").removesuffix("'s")
        is_name = i > 0 and word[:1].isupper() and not is_stop(word, lang)
        if is_name:
            current.append(word)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def names_found(question: Question, vocabulary: frozenset[str]) -> bool:
    """False when the question names someone or something the article never mentions."""
    return all(any(name_matches(w, vocabulary) for w in run) for run in question_names(question.text, question.lang))


def holds_type(text: str, answer_type: str | None, asked: Sequence[Term], lang: str) -> bool:
    """True when ``text`` holds the kind of answer asked for (a date, a number, a name ...)."""
    if answer_type == "time":
        return bool(_TIME.search(text))
    if answer_type == "number":
        return bool(_NUMBER.search(text))
    if answer_type == "amount":
        return bool(_AMOUNT.search(text))
    if answer_type == "reason":
        return bool(_REASON.search(text))
    if answer_type in ("person", "place", "name"):
        asked_keys = {k for t in asked for k in t.keys}
        for t in terms(text, lang):
            if t.start > 0 and t.text[:1].isupper() and not asked_keys.intersection(t.keys):
                return True
        return "„" in text or '"' in text
    return True


@dataclass(frozen=True)
class Evidence:
    """The sentences that answer a question, or why none do."""

    hits: tuple[Hit, ...]
    supported: bool
    reason: str
    margin: float = 0.0
    coverage: float = 0.0


def rank(question: Question, index: SentenceIndex, asked: Sequence[Term], vector: np.ndarray) -> list[tuple[float, Hit]]:
    """Sentences by fused score, term coverage and answer type, best first."""
    article = index.article
    ranked = []
    for hit in index.search(asked, vector, same_language=question.lang == article.lang):
        score = hit.score + COVERAGE_WEIGHT * hit.coverage
        if question.answer_type and not holds_type(article.sentence_text(hit.sentence), question.answer_type, asked, article.lang):
            score *= TYPE_PENALTY
        ranked.append((score, hit))
    ranked.sort(key=lambda p: (-p[0], p[1].sentence.index))
    return ranked


def gather(question: Question, index: SentenceIndex, vector: np.ndarray, background: np.ndarray) -> Evidence:
    """The minimal set of sentences answering a factual question, with the verdict."""
    article: Article = index.article
    asked = terms(question.text, question.lang)
    if not names_found(question, index.vocabulary):
        return Evidence((), False, "names a party the article does not mention")
    ranked = rank(question, index, asked, vector)
    if not ranked:
        return Evidence((), False, "the article has no sentences")
    best_score, best = ranked[0]
    margin = best.dense - float((background @ vector).max()) if len(background) else 0.0
    found = index.article_coverage(asked)
    if question.answer_type and question.answer_type in HARD_TYPES:
        typed = [
            (sc, h)
            for sc, h in ranked[:TYPE_DEPTH]
            if holds_type(article.sentence_text(h.sentence), question.answer_type, asked, article.lang)
        ]
        if not typed or typed[0][0] < TYPE_RATIO * best_score:
            return Evidence((), False, f"no sentence holds a {question.answer_type}", margin, best.coverage)
        best_score, best = typed[0]
        ranked = [typed[0]] + [p for p in ranked if p[1] is not best]
    same = question.lang == article.lang
    if not question.asks and found == 0.0:
        return Evidence((), False, "an instruction, not a question about the article", margin, best.coverage)
    if same and asked and best.coverage < MIN_COVERAGE:
        return Evidence((), False, "too few of the question's terms", margin, best.coverage)
    if not same and found == 0.0 and margin < MIN_MARGIN:
        return Evidence((), False, "fits generic news as well as the article", margin, best.coverage)
    chosen = [best]
    held = {k for t in asked if set(t.keys) & index.keys_of(best.sentence) for k in t.keys}
    for score, hit in ranked[1:3]:
        gain = index.coverage([t for t in asked if not held.intersection(t.keys)], index.keys_of(hit.sentence)) if asked else 0.0
        if score >= SECOND_RATIO * best_score and gain >= SECOND_GAIN:
            chosen.append(hit)
            break
    chosen.sort(key=lambda h: h.sentence.index)
    return Evidence(tuple(chosen), True, "supported", margin, best.coverage)
