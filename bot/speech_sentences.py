"""Statements read from the article's sentences directly: the party named next to a speech word, and the quotes that continue it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.party_link import head_word, mentions, names_all, role_translations, words_of_party
from bot.speech_words import PREPOSITIONS, SPEECH, SPEECH_NOUNS
from bot.statement import Statement, statement
from knowledge.article import Article, Sentence
from knowledge.morph import Token, words
from knowledge.search import SentenceIndex
from knowledge.terms import keys_of, terms

NEAR = 5  # words between the party and a speech verb in the same sentence
_QUOTES = '„“”"«»'
# passive participles ("cytowany przez X") and adverbial ones ("…, zarzucając X") carry
# another subject's act: the finite verb of the clause is the speech act
_NOT_THE_ACT = re.compile(r"(?:[aeiy]ny|[aeiy]na|[aeiy]ne|[aeiy]ni|ty|ta|te|eni|ąc)$")
_QUOTED = re.compile(r"[”\"]\s*[,–—-]?\s*$")  # the verb closes a quote: „…” – powiedziała X
_REPORTED = re.compile(r"[,–—-]\s*$")  # … or a reported clause: …, said X; … – podał X
_DIALOGUE_CLOSE = re.compile(r"\s[–—]\s")  # "– Nie zamykamy… – powiedział starosta": the dash before the speaker
_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i", "on", "ona", "ono", "oni", "one"])
AFTER_CLAUSE = 3  # words between such a verb and its speaker after a clause (not a quote)


def continues(article: Article, s: Sentence, previous: Sentence) -> bool:
    """A quoted sentence right after ``previous`` in the same paragraph carries on its quote."""
    text = article.sentence_text(s).lstrip()
    return s.paragraph == previous.paragraph and s.index == previous.index + 1 and text[:1] in _QUOTES


def mid_quote(article: Article, s: Sentence) -> bool:
    """``s`` opens inside a quote or a line of dialogue begun by an earlier sentence of its paragraph
    (its speaker is named outside it: „Pół roku milczenia to długo. Przewoźnik powinien…” – powiedziała X)."""
    paragraph = article.paragraph(s.paragraph)
    before = article.text[paragraph.start : s.start]
    if _inside_quote(before, len(before)):
        return True
    earlier = [t for t in article.sentences if t.paragraph == s.paragraph and t.index < s.index]
    for t in reversed(earlier):  # the nearest line of dialogue ("– …") opened before s, unless its closing dash came
        line = article.text[t.start : s.start].lstrip()
        if line[:2] in ("– ", "— "):
            return not _DIALOGUE_CLOSE.search(line[2:])
    return False


def _speech_positions(text: str, lang: str) -> list[int]:
    """Word positions of speech verbs and nouns (participles left out)."""
    return [
        i
        for i, tok in enumerate(words(text))
        if set(keys_of(tok.text, lang)) & SPEECH and not (lang == "pl" and _NOT_THE_ACT.search(tok.text.lower()))
    ]


def _speaks(text: str, mentions: Sequence[int], speech: Sequence[int]) -> bool:
    """The party is the speaker of a speech word in ``text``.

    It stands up to NEAR words before it (and not after a preposition: "przez X",
    "by X" are agents of something else); or after it when the verb closes a
    quote or reported clause ("„…” – powiedziała X", "…, said X", "– podał X");
    or right after a speech noun ("oświadczenie spółki", "according to X").
    """
    tokens = words(text)
    for v in speech:
        before = text[: tokens[v].start]
        quoted = bool(_QUOTED.search(before))
        # "X, who leads the group, said the mayor had …": the comma closes a relative clause, not a reported one
        reported = bool(_REPORTED.search(before)) and not _RELATIVE_BEFORE.search(before)
        noun = bool(set(keys_of(tokens[v].text, "pl")) & SPEECH_NOUNS or tokens[v].text.lower() in SPEECH_NOUNS)
        # "…speaking to a doctor, it said": a pronoun right before the verb is its subject, not the party
        pronoun_subject = v > 0 and tokens[v - 1].text.lower() in _PRONOUNS
        # "X nie pojawił się na ogłoszeniu wyroku": a speech noun after a preposition is no act of X's
        governed = v > 0 and tokens[v - 1].text.lower() in PREPOSITIONS and tokens[v - 1].text.lower() != "to"  # "to comment"
        verb_quoted = _inside_quote(text, tokens[v].start)
        for m in mentions:
            if (_inside_quote(text, tokens[m].start) and not verb_quoted) or _in_dialogue_line(text, tokens[m].start):
                continue  # '"… with the Water Board," he said', "– Nowak nie mówi …": named in someone else's words
            after_preposition = m > 0 and tokens[m - 1].text.lower() in PREPOSITIONS
            gap = v - m - _relative_words(text, tokens, m, v)
            ahead = 0 < gap <= NEAR and not after_preposition and not (pronoun_subject and m < v - 1)
            if ahead and not governed and not _reported_subject(text, tokens, m, v):
                return True
            if 0 < m - v <= (NEAR if quoted else AFTER_CLAUSE if reported else 0):
                return True
            # "oświadczenie spółki", "according to the agency", "statement of the ministry"
            if noun and (m - v == 1 or (m - v == 2 and tokens[v + 1].text.lower() in ("to", "of"))):
                return True
    return False


def _inside_quote(text: str, at: int) -> bool:
    """Whether position ``at`` of a sentence lies inside a quotation ("…", „…”, “…”, «…»)."""
    before = text[:at]
    low = before.count("„")  # „…” or „…“: after a low opening mark “ closes; alone (“…”) it opens
    curly = before.count("“") * (-1 if low else 1)
    opened = low + before.count("«") + curly - before.count("”") - before.count("»")
    return before.count('"') % 2 == 1 or opened > 0


def _in_dialogue_line(text: str, at: int) -> bool:
    """Whether position ``at`` lies in a line of dialogue: a sentence opening with a dash, up to the dash that
    closes it ("– Nowak nie mówi, kto zapłaci – dodał Kos": Kos speaks the line, Nowak is named in it)."""
    stripped = text.lstrip()
    if stripped[:2] not in ("– ", "— "):
        return False
    opening = len(text) - len(stripped)
    closing = re.search(r"\s[–—]\s", text[opening + 2 :])
    return opening < at < (opening + 2 + closing.start() if closing else len(text))


# ", who gave evidence in March,": a relative clause between the party and its verb says who they are
_RELATIVE = re.compile(r",\s*(?:who|which|whose|kt[óo]r[yaez]\w*)\b[^,]*,", re.I)
_RELATIVE_BEFORE = re.compile(_RELATIVE.pattern + r"\s*$", re.I)


def _relative_words(text: str, tokens: Sequence[Token], m: int, v: int) -> int:
    """How many of the words between the party and the verb are in a relative clause about the party."""
    if v <= m:
        return 0
    between = text[tokens[m].end : tokens[v].start]
    return sum(len(words(c.group())) for c in _RELATIVE.finditer(between))


_THAT = re.compile(r"\b(?:że|iż|that)\s+(?:\w+\s+){0,2}$", re.I)


def _reported_subject(text: str, tokens: Sequence[Token], m: int, v: int) -> bool:
    """The party opens a reported clause that ends before the verb ("uważa, że X był dobry, inni mówią …"):
    it is what someone said, not the verb's speaker."""
    return "," in text[tokens[m].end : tokens[v].start] and bool(_THAT.search(text[: tokens[m].start]))


def named_in(index: SentenceIndex, party: str, lang: str) -> bool:
    """True when every word of the party phrase appears together in one sentence of the article."""
    party_words = words_of_party(party, lang)
    return bool(party_words) and any(names_all(party_words, index.article.sentence_text(s)) for s in index.sentences)


def head_named(index: SentenceIndex, party: str, lang: str) -> bool:
    """False when the article never uses the party's head word ("wojewoda" of "wojewoda łódzki"), or, asked
    in English of a Polish article, any Polish word for its role ("premier" for "the Prime Minister");
    True when it does or when that cannot be told (another language, a role not in the lexicon)."""
    texts = [index.article.sentence_text(s) for s in index.sentences]
    if lang != index.article.lang:
        polish = role_translations(party, lang) if index.article.lang == "pl" else []
        return not polish or any(names_all(words, text) for words in polish for text in texts)
    party_words = words_of_party(party, lang)
    if not party_words:
        return False
    head = head_word(party_words, lang)
    return any(mentions([head], text) for text in texts)


def from_sentences(index: SentenceIndex, party: str, lang: str) -> list[Statement]:
    """Statements read from sentences: the party next to a speech verb, and the quotes that continue it."""
    article = index.article
    body = [s for s in index.sentences if s.paragraph not in article.headings]
    party_words = [t.text for t in terms(party, lang)]
    spoken = _spoken(article, body, party_words)
    if not spoken and _full_name(party_words) and any(all(mentions([w], article.sentence_text(s)) for w in party_words) for s in body):
        # a person introduced by full name is then called by surname: "Daniel Kerr …" … "Kerr declined to comment"
        spoken = _spoken(article, body, party_words[-1:])
    statements: list[Statement] = []
    for s in spoken:
        group = [s]
        for nxt in body:
            if continues(article, nxt, group[-1]):
                group.append(nxt)
        if not any(st.start <= s.start < st.end for st in statements):
            statements.append(statement(article, group))
    return statements


def _spoken(article: Article, body: Sequence[Sentence], party_words: Sequence[str]) -> list[Sentence]:
    """The sentences naming every word of the party, one of them as the speaker of a speech word."""
    spoken: list[Sentence] = []
    for s in body:
        text = article.sentence_text(s)
        if all(mentions([w], text) for w in party_words) and _speaks(
            text, mentions(party_words, text), _speech_positions(text, article.lang)
        ):
            spoken.append(s)
    return spoken


def _full_name(party_words: Sequence[str]) -> bool:
    """Two or three capitalised words: a person's first name and surname ("Daniel Kerr", "Anna Maria Lis")."""
    return 2 <= len(party_words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in party_words)
