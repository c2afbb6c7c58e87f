"""Sentences that lean on the one before: they open with a pointer back or with a verb whose subject came earlier.

"Rozwiązanie to obniżyło koszty…", "Trafiło do szpitala 12 osób…", "W tym samym
roku…", "It was sunk…": such a sentence says more about what its predecessor
set up, so a question about that setting is often answered there, and a
question it matches is often answered by the setting before it ("W tym
samym roku" holds no year).  Read off the first few words only: a
demonstrative or third-person pronoun among them, a pointer-back adverb, or
(Polish drops its subject pronouns) a finite or past verb first.
"""

from __future__ import annotations

import re

from knowledge.lexicon import words_of
from knowledge.morph import readings, words

HEAD = 3  # how many opening words may hold the pointer back ("W tym samym roku", "Po tych wydarzeniach")
# Polish lemmas (through Morfeusz) that point back: demonstratives, third-person pronouns, "then", "there"
_PL_LEMMAS = words_of("ten tamten taki on wtedy wówczas tam tu tutaj stąd dlatego potem następnie później ponadto")
_PL_NOT = words_of("nie")  # Morfeusz also reads "nie" as a form of "on"
# a time told by the sentence before: "W tym samym roku", "następnego dnia", "the same year", "the following week"
RELATIVE_TIME = re.compile(
    r"\b(?:t(?:ym|ego|ej|ą)\s+sam\w*|następn\w*|kolejn\w*|the\s+same|that|the\s+following|the\s+next)\s+"
    r"(?:rok\w*|dni\w*|dzie[nń]\w*|miesi\w*|tygodni\w*|czas\w*|year|day|month|week|time)\b",
    re.I,
)
# connectives that answer or follow from the sentence before ("W odpowiedzi …", "As a result …")
_CONNECTIVE = re.compile(
    r"(?:w odpowiedzi|w efekcie|w rezultacie|w konsekwencji|z kolei|mimo to|poza tym|oprócz tego|"
    r"in response|as a result|in turn|despite this|in addition|instead)\b",
    re.I,
)
_PL_VERBS = ("fin", "praet", "bedzie", "winien")  # a sentence opening with one of these has its subject before it
_EN_WORDS = words_of(
    "this that these those it its he his him she her they their them there then such thus afterwards later "
    "subsequently consequently meanwhile"
)


def leans_back(text: str, lang: str) -> bool:
    """True when the sentence ``text`` opens by pointing at the sentence before it."""
    head = words(text)[:HEAD]
    if not head:
        return False
    start = text.lstrip()
    if (
        _CONNECTIVE.match(start) or RELATIVE_TIME.match(start) or RELATIVE_TIME.match(start.partition(" ")[2])
    ):  # "The same year", "In the same year"
        return True
    if lang != "pl":
        return any(w.text.lower() in _EN_WORDS for w in head)
    # "Nie stał się przebojem": the verb after a negation opens the clause
    opening = head[1] if head[0].text.lower() in _PL_NOT and len(head) > 1 else head[0]
    first = readings(opening.text, "pl")
    # a word that may also be a noun ("Gra", "Piła") may be the subject itself
    if first and any(r.pos in _PL_VERBS for r in first) and not any(r.pos == "subst" for r in first):
        return True
    return any(w.text.lower() not in _PL_NOT and any(r.lemma.lower() in _PL_LEMMAS for r in readings(w.text, "pl")) for w in head)
