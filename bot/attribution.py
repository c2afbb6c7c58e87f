"""Who said what: link the party a question names to the article's statements.

The claims ledger is the source: the party is linked to its speakers across
languages and inflections (lemma keys and spelling for names, e5 vectors for
"the French embassy" ~ "Ambasada Francji w Warszawie"), and every claim
of the linked speaker is returned.  When the ledger holds nothing for the
party, sentences are read directly: the party named next to a speech verb,
plus the quoted sentences that continue it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from knowledge import embed
from knowledge.article import Article, Sentence
from knowledge.claims import Claim, Ledger
from knowledge.morph import words
from knowledge.search import SentenceIndex
from knowledge.terms import fold, keys_of, name_matches, terms

MIN_LINK = 0.86  # e5 cosine of party phrase and speaker name that links them across languages
# ... and the linked party must lead every other party by MIN_LEAD: short names score
# 0.80-0.89 against anything, so an unrelated phrase can clear MIN_LINK ("the White
# House" 0.881 against "amerykańskiego wywiadu", 0.859 against "grupa członków Kongresu").
# Measured with bench/party_link.py on the seed and the test fixtures: of the phrases
# that reach e5 and clear MIN_LINK, the right ones lead the next party by 0.028-0.108,
# the wrong ones by at most 0.022; 0.025 lies between.
MIN_LEAD = 0.025
NEAR = 5  # words between the party and a speech verb in the same sentence
_QUOTES = '„“”"«»'
SPEECH = frozenset(
    [
        "say",
        "tell",
        "state",
        "deny",
        "claim",
        "respond",
        "reply",
        "add",
        "argue",
        "warn",
        "write",
        "quote",
        "comment",
        "accuse",
        "insist",
        "allege",
        "admit",
        "confirm",
        "statement",
        "response",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "according",
        "dismiss",
        "reject",
        "powiedzieć",
        "mówić",
        "odpowiedzieć",
        "odpowiadać",
        "oświadczyć",
        "oświadczenie",
        "zaprzeczać",
        "zaprzeczyć",
        "twierdzić",
        "twierdzenie",
        "cytować",
        "zacytować",
        "stwierdzić",
        "zapewnić",
        "zapewniać",
        "zarzucić",
        "zarzucać",
        "ostrzec",
        "ostrzegać",
        "przekazać",
        "podać",
        "zastrzec",
        "zastrzegać",
        "podkreślić",
        "zaznaczyć",
        "wskazać",
        "przypomnieć",
        "poinformować",
        "ogłosić",
        "zapowiedzieć",
        "zaapelować",
        "apelować",
        "wyjaśnić",
        "note",
        "stress",
        "announce",
        "explain",
        "emphasise",
        "emphasize",
        "caution",
        "napisać",
        "dodać",
        "ocenić",
        "oceniać",
        "uważać",
        "skomentować",
        "komentarz",
        "zdementować",
        "odpowiedź",
        "według",
        "zdanie",
        "przyznać",
        "potwierdzić",
        "odrzucić",
        "kwestionować",
        "rzecznik",
        "rzeczniczka",
    ]
)
DENIAL = frozenset(
    [
        "deny",
        "dismiss",
        "reject",
        "refute",
        "nonsense",
        "false",
        "baseless",
        "untrue",
        "zaprzeczać",
        "zaprzeczyć",
        "zdementować",
        "odrzucić",
        "odrzucać",
        "kwestionować",
        "nonsensowny",
        "bezpodstawny",
        "nieprawdziwy",
        "fałszywy",
        "przekręcenie",
        "manipulować",
        "manipulacja",
        "oczerniać",
    ]
)
SPEECH_NOUNS = frozenset(["statement", "according", "response", "oświadczenie", "komunikat", "według", "zdanie", "odpowiedź", "stanowisko"])
# passive participles ("cytowany przez X") and adverbial ones ("…, zarzucając X") carry
# another subject's act: the finite verb of the clause is the speech act
_NOT_THE_ACT = re.compile(r"(?:[aeiy]ny|[aeiy]na|[aeiy]ne|[aeiy]ni|ty|ta|te|eni|ąc)$")
_QUOTED = re.compile(r"[”\"]\s*[,–—-]?\s*$")  # the verb closes a quote: „…” – powiedziała X
_REPORTED = re.compile(r"[,–—-]\s*$")  # … or a reported clause: …, said X; … – podał X
AFTER_CLAUSE = 3  # words between such a verb and its speaker after a clause (not a quote)
_PREPOSITIONS = frozenset(
    [
        "przez",
        "na",
        "do",
        "od",
        "z",
        "ze",
        "w",
        "we",
        "o",
        "u",
        "dla",
        "przed",
        "po",
        "przy",
        "wobec",
        "by",
        "to",
        "from",
        "with",
        "for",
        "on",
        "at",
        "about",
        "against",
        "of",
    ]
)
ADMISSION = frozenset(["admit", "confirm", "acknowledge", "concede", "przyznać", "potwierdzić", "przyznawać", "potwierdzać"])


@dataclass(frozen=True)
class Statement:
    """A span of the article in which the party speaks (whole sentences)."""

    start: int
    end: int
    stance: str  # "denies" | "supports" | "neutral"
    via: bool = False  # reported through the party (a news agency), not said by it


def _stance(text: str, lang: str) -> str:
    keys = {k for t in terms(text, lang) for k in t.keys}
    if keys & DENIAL:
        return "denies"
    if keys & ADMISSION:
        return "supports"
    return "neutral"


def _sentences_over(article: Article, start: int, end: int) -> list[Sentence]:
    return [s for s in article.sentences if s.start < end and start < s.end]


def _statement(article: Article, sentences: Sequence[Sentence], stance: str | None = None) -> Statement:
    start, end = sentences[0].start, sentences[-1].end
    return Statement(start, end, stance or _stance(article.text[start:end], article.lang))


def _mentions(party_words: Sequence[str], text: str) -> list[int]:
    """Word positions in ``text`` where a word of the party occurs."""
    found = []
    for i, tok in enumerate(words(text)):
        vocab = frozenset([fold(tok.text)])
        if any(name_matches(p, vocab) for p in party_words):
            found.append(i)
    return found


def _names_all(party_words: Sequence[str], text: str) -> bool:
    """Every word of the party occurs in ``text`` (names by spelling, others by lemma)."""
    return all(_mentions([w], text) for w in party_words)


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
    lexical = [n for n in names if _names_all(party_words, n)]
    if lexical:
        return lexical
    # a description ("the spokeswoman", "fishermen"), not a name: the words around the speaker's statements
    if not any(w[:1].isupper() for w in party_words):
        described = [n for n in names if contexts and _names_all(party_words, contexts.get(n, ""))]
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


def from_ledger(ledger: Ledger, article: Article, party: str, lang: str) -> list[Statement]:
    """Every claim of the speaker the party links to, as whole sentences."""
    speakers: dict[str, set[str]] = {}
    contexts: dict[str, str] = {}
    for c in ledger.claims:
        names = [c.speaker, c.canonical, *c.aliases]
        speakers.setdefault(c.canonical, set()).update(names)
        # the claim's sentences without the claim itself: how the article introduces the speaker
        sentences = _sentences_over(article, c.start, c.end)
        around = " ".join(article.text[s.start : c.start] + " " + article.text[c.end : s.end] for s in sentences)
        for name in names:
            contexts[name] = contexts.get(name, "") + " " + around
    names = sorted({n for group in speakers.values() for n in group})
    party_of = {n: canonical for canonical, group in speakers.items() for n in group}
    sources = sorted({c.via for c in ledger.claims if c.via})
    party_words = [t.text for t in terms(party, lang)]
    # a source named outright ("what did Reuters report") beats a loose cross-language speaker match
    named_source = not any(_names_all(party_words, n) for n in names) and any(_names_all(party_words, s) for s in sources)
    linked = set() if named_source else set(link(party, lang, names, contexts, party_of))
    if not linked:
        # "what did the agency report": the claims the article cites through that source
        via = set(link(party, lang, sources))
        return [replace(st, via=True) for st in _grouped(article, [c for c in ledger.claims if c.via in via])]
    return _grouped(article, [c for c in ledger.claims if linked & speakers[c.canonical]])


def _grouped(article: Article, claims: Sequence[Claim]) -> list[Statement]:
    """Claims as whole sentences, in article order; adjacent sentences of one paragraph make one passage."""
    groups: list[tuple[list[Sentence], str | None]] = []
    for c in sorted(claims, key=lambda c: c.start):
        sentences = [s for s in _sentences_over(article, c.start, c.end) if not groups or s.index > groups[-1][0][-1].index]
        if not sentences:
            continue  # inside a statement already taken
        stance = c.stance if c.stance != "neutral" else None
        last = groups[-1][0][-1] if groups else None
        if last is not None and sentences[0].index == last.index + 1 and sentences[0].paragraph == last.paragraph:
            groups[-1] = (groups[-1][0] + sentences, groups[-1][1] or stance)  # one passage: "…" – he said. "…"
        else:
            groups.append((sentences, stance))
    return [_statement(article, sentences, stance) for sentences, stance in groups]


def continues(article: Article, s: Sentence, previous: Sentence) -> bool:
    """A quoted sentence right after ``previous`` in the same paragraph carries on its quote."""
    text = article.sentence_text(s).lstrip()
    return s.paragraph == previous.paragraph and s.index == previous.index + 1 and text[:1] in _QUOTES


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
        reported = bool(_REPORTED.search(before))
        noun = bool(set(keys_of(tokens[v].text, "pl")) & SPEECH_NOUNS or tokens[v].text.lower() in SPEECH_NOUNS)
        for m in mentions:
            after_preposition = m > 0 and tokens[m - 1].text.lower() in _PREPOSITIONS
            if 0 < v - m <= NEAR and not after_preposition:
                return True
            if 0 < m - v <= (NEAR if quoted else AFTER_CLAUSE if reported else 0):
                return True
            # "oświadczenie spółki", "according to the agency", "statement of the ministry"
            if noun and (m - v == 1 or (m - v == 2 and tokens[v + 1].text.lower() in ("to", "of"))):
                return True
    return False


def named_in(index: SentenceIndex, party: str, lang: str) -> bool:
    """True when every word of the party phrase appears together in one sentence of the article."""
    party_words = [t.text for t in terms(party, lang)]
    return bool(party_words) and any(all(_mentions([w], index.article.sentence_text(s)) for w in party_words) for s in index.sentences)


def from_sentences(index: SentenceIndex, party: str, lang: str) -> list[Statement]:
    """Statements read from sentences: the party next to a speech verb, and the quotes that continue it."""
    article = index.article
    headings = {p.n for p in article.paragraphs if p.heading}
    body = [s for s in index.sentences if s.paragraph not in headings]
    party_words = [t.text for t in terms(party, lang)]
    spoken: list[Sentence] = []
    for s in body:
        text = article.sentence_text(s)
        # every word of the party named in the sentence, one of them as the speaker
        if all(_mentions([w], text) for w in party_words) and _speaks(
            text, _mentions(party_words, text), _speech_positions(text, article.lang)
        ):
            spoken.append(s)
    statements: list[Statement] = []
    for s in spoken:
        group = [s]
        for nxt in body:
            if continues(article, nxt, group[-1]):
                group.append(nxt)
        if not any(st.start <= s.start < st.end for st in statements):
            statements.append(_statement(article, group))
    return statements


def merged(article: Article, *found: Sequence[Statement]) -> list[Statement]:
    """Statements from several readings as passages: overlapping or adjacent sentences of a paragraph join."""
    spans = sorted((st for group in found for st in group), key=lambda st: st.start)
    out: list[Statement] = []
    for st in spans:
        if out:
            last = out[-1]
            between = [x for x in article.sentences if last.end <= x.start < st.start]
            if st.start < last.end or (not between and article.paragraph_at(st.start) == article.paragraph_at(last.start)):
                stance = last.stance if last.stance != "neutral" else st.stance
                out[-1] = Statement(last.start, max(last.end, st.end), stance, last.via or st.via)
                continue
        out.append(st)
    return out
