"""Question understanding, English and Polish: language, intent, the party asked about, answer type.

Intents: ``attribution`` (what did X say / deny / claim, co powiedział X, X's
position), ``who`` (who is X, kim jest X), ``summary``, and ``fact`` for the
rest.  Whether the article covers the question is decided later, on retrieval
scores, not here; what an attribution question asks of its party (a denial, a
response, an admission, a topic) is read in ``bot/question_asks.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.question_asks import ADMIT
from knowledge.lang import detect_lang
from knowledge.morph import nominative_name, nominative_phrase, readings

# speech and stance verbs of attribution questions (stems, both languages)
_EN_SAY = (
    r"say|said|says|deny|denied|denies|claim|claimed|claims|respond|responded|reply|replied|state|stated|tell|told|"
    r"argue|argued|write|wrote|comment|commented|think|thought|allege|alleged|admit|admitted|admits|answer|answered|"
    r"react|reacted|warn|warned|report|reported|assert|asserted|insist|insisted|confirm|confirmed|accuse|accused|"
    r"announce|announced|announces|promise|promised|explain|explained|add|added|stress|stressed|note|noted"
)
_PL_SAY = (
    r"(?:powiedzi[ae]|m[óo]wi|odpowiedzi[ae]|odpowiada|twierdz|twierdzi|o[śs]wiadczy|przekaza|poda|napisa|stwierdzi|zarzuci|zarzuca|"
    r"zaprzeczy|zaprzecza|skomentowa|komentowa|zareagowa|przyzna|przyznaje|ostrzeg|ostrzega|zapewni|zapewnia|oceni|ocenia|"
    r"uwa[żz]a|zdementowa|potwierdzi|odpar|zapowiedzi[ae]|zapowiada|poinformowa|informowa|doda|dodaje|podkre[śs]li|"
    r"podkre[śs]la|zaznaczy|zaznacza|wyja[śs]ni|wyja[śs]nia|t[łl]umaczy|og[łl]osi|obieca|obiecuje|apelowa|apeluje)"
    r"(?:ł|ła|ło|li|ły|a|ą|ją|je|i|e|y)?(?:by)?"
)

_SUMMARY = re.compile(
    r"\b(summar\w*|sum up|tl;?dr|gist|main points|key points|main (?:claim|allegation|point)|what is (?:this|the) (?:article|story) about|"
    r"g[łl][óo]wn\w* (?:teza|tezy|zarzut\w*|twierdzeni\w*)|"
    r"stre[śs][ćc]\w*|podsumuj\w*|podsumowani\w*|streszczeni\w*|o czym jest|najważniejsze)\b",
    re.I,
)
# what the story is about, or its main claim: the lead and its source answer it, not the whole summary
_GIST = re.compile(
    r"\b(gist|main (?:claim|allegation|point)|what is (?:this|the) (?:article|story) about|"
    r"g[łl][óo]wn\w* (?:teza|tezy|zarzut\w*|twierdzeni\w*)|o czym jest)\b",
    re.I,
)
# "who is quoted", "who speaks", "kto jest cytowany", "kto się wypowiada": the article's speakers
_SPEAKERS = re.compile(
    r"^\s*(?:who|which (?:people|parties|sources))\s+(?:is|are|was|were|gets?|got)?\s*(?:quoted|cited|speaks?|spoke|comments?|commented)\b|"
    r"^\s*who\s+(?:said|says)\s+what\b|"
    r"^\s*kto\s+(?:jest|był|była|są|byli|zosta[łl]\w*)?\s*"
    r"(?:cytowan\w*|przytaczan\w*|wypowiada|wypowiedzia\w*|się wypowiada\w*|komentuj\w*|mówi)\b|"
    r"^\s*kto\s+(?:co\s+)?powiedzia[łl]\w*\s+co\b|^\s*czyje wypowiedzi\b",
    re.I,
)
_WHO = [
    re.compile(r"^\s*who\s+(?:is|was|are|were)\s+(?P<party>[^?]+?)\s*\??\s*$", re.I),
    re.compile(r"^\s*(?:kim|kto to)\s+(?:jest|był|była|byli|są)?\s*(?P<party>[^?]+?)\s*\??\s*$", re.I),
    # "Kto jest Marek Wilczewski?" asks about a name; "Kto jest prezesem spółki?" (a role, lowercase) is a factual question
    re.compile(r"^\s*kto\s+(?:jest|był|była)\s+(?P<party>(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[^?]*?)\s*\??\s*$", re.I),
]
_ATTRIBUTION = [
    re.compile(rf"^\s*(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?P<party>.+?)\s+(?:{_EN_SAY})\b", re.I),
    re.compile(rf"^\s*(?:did|does|has|have)\s+(?P<party>.+?)\s+(?:{_EN_SAY})\b", re.I),
    re.compile(rf"\bwhere\s+(?P<party>.+?)\s+(?:{_EN_SAY})\b", re.I),
    re.compile(r"\b(?P<party>[\w .\-’']+?)['’]s?\s+(?:position|response|reaction|statement|stance|view|comment|answer|side)\b", re.I),
    re.compile(r"\b(?:position|response|reaction|statement|stance|comments?)\s+(?:of|from|by)\s+(?P<party>[^?]+)", re.I),
    re.compile(rf"^\s*(?:co|jak|czy|gdzie|czemu|dlaczego)\s+(?P<verb>{_PL_SAY})\s+(?P<party>[^?]+)", re.I),
    # "Co o strajku powiedział premier?": the topic before the verb, the party after it
    re.compile(rf"^\s*(?:co|jak)\s+(?:o|na|w sprawie|na temat|wobec)\s+[^?]+?\s+(?P<verb>{_PL_SAY})\s+(?P<party>[^?]+)", re.I),
    re.compile(rf"^\s*(?:co|jak|czy|gdzie)\s+(?P<party>[^?]+?)\s+(?P<verb>{_PL_SAY})\b", re.I),
    re.compile(
        r"^\s*(?:(?:jakie|jaka|jaki)\s+(?:jest|by[łl][oa]?)\s+)?(?:stanowisko|odpowied[źz]|reakcja|o[śs]wiadczenie|zdanie)\s+"
        r"(?!(?:na|w|we|z|ze|do|o|po|od|przy|dla|wobec)\b)(?P<genitive>[^?]+)",
        re.I,
    ),
]
# "Jak decyzję ocenił konsultant?": an object before the verb, the party after it
_OBJECT_FIRST = re.compile(rf"^\s*(?:co|jak)\s+(?P<object>\w+)\s+(?:{_PL_SAY})\s+(?P<party>[^?]+)", re.I)
_LEADING = re.compile(r"^(?:(?:what|how|where|why|which)\s+(?:is|was|are|were|did|does|do)\s+)?(?:(?:the|a|an)\s+)?", re.I)

# answer types: what a sentence must hold to answer the question
_TYPES = [
    (
        "time",
        re.compile(
            r"^\s*(?:when|since when|what (?:year|date|day|month|time)|kiedy|od kiedy|do kiedy|"
            r"(?:w|od|do|z)\s+(?:którym|jakim|których|jakich)\s+(?:roku|latach|wieku|miesiącu|dniu|okresie)|"
            r"(?:którego|jakiego)\s+dnia|o której)",
            re.I,
        ),
    ),
    (
        "amount",
        re.compile(
            r"\b(?:price|cost|costs|worth|value|salary|revenue|profits?|earnings|cen[aęy]|kosztuje|koszt\w*|warto[śs][ćc]\w*|kurs\w*|"
            r"przych[óo]d\w*)\b",
            re.I,
        ),
    ),
    (
        "number",
        re.compile(r"^\s*(?:how (?:many|much|old|long|far)|ile|ilu|w ilu|na ile|ilo[śs][ćc]|jak(?:a|i)\s+(?:liczb|procent|kwot))", re.I),
    ),
    ("person", re.compile(r"^\s*(?:who|whom|kto|komu|kogo|kim|przez kogo)\b", re.I)),
    (
        "place",
        re.compile(
            r"^\s*(?:where|gdzie|skąd|dokąd|(?:w|z|do)\s+(?:jakim|którym|jakiej|której)\s+(?:mie[śs]cie|kraju|pa[ńn]stwie|miejscu|regionie))",
            re.I,
        ),
    ),
    ("name", re.compile(r"^\s*(?:what (?:is|was) the name|jak (?:się )?nazyw\w*|jak nazwano|jaki tytuł|jaką nazwę|pod jaką nazwą)", re.I)),
    ("reason", re.compile(r"^\s*(?:why|dlaczego|czemu|z jakiego powodu)", re.I)),
]


@dataclass(frozen=True)
class Question:
    """What a question asks: its language, intent, the party it names and the answer type."""

    text: str
    lang: str
    intent: str
    party: str | None = None
    answer_type: str | None = None
    trap: bool = False  # asks for an admission/confirmation the article may not hold
    asks: bool = True  # phrased as a question (not an instruction)
    focus: str | None = None  # the measured thing of an amount question ("price", "koszt")


# what the party is asked about, not the party: "w sprawie cen", "na zarzuty", "o podwyżkach", "about the fine"
_TOPIC = re.compile(r"\s+(?:(?:w sprawie|na temat|odnośnie|about|regarding|concerning|in response to)\b|(?:na|o|wobec|ws\.)\s).*$", re.I)


def asks_gist(text: str) -> bool:
    """A summary question that wants only what the story is about ("What is the story about?", "główny zarzut")."""
    return bool(_GIST.search(text))


def _object_first(text: str) -> str | None:
    """The party after the verb when the word before it cannot be its subject (no nominative reading: "decyzję")."""
    m = _OBJECT_FIRST.search(text)
    if m is None or m.group("object")[:1].isupper():
        return None
    found = readings(m.group("object"), "pl")
    if not found or any(".nom" in r.tag or ":nom" in r.tag for r in found):
        return None  # "Co starosta odpowiedział Katarzynie Dudek?": the subject before the verb
    return _clean_party(m.group("party"))


def _clean_party(raw: str, verb: str | None = None) -> str | None:
    if _TOPIC_FIRST.match(raw):
        return None  # "o strajku" before the verb: what was said about, not who said it
    party = _TOPIC.sub("", raw).strip(" ?.!,:;\"'„”“")
    if _INITIAL.search(party) and _TOPIC.sub("", raw).rstrip(" ?!").endswith(party + "."):
        party += "."  # "Andrzej K.": the initial keeps its full stop
    party = _LEADING.sub("", party).strip()
    if party.split(" ", 1)[0].lower() == "się":
        return None  # "Co dodaje się na koniec?": an impersonal verb, nobody speaks
    return _without_addressee(party, verb) if party and verb else party or None


_INITIAL = re.compile(r"\s[A-ZĄĆĘŁŃÓŚŹŻ]$")
_TOPIC_FIRST = re.compile(r"^\s*(?:o|na|w sprawie|na temat|wobec)\s", re.I)


def _number(verb: str) -> set[str]:
    """The numbers a Polish verb form can have ("zarzuciła": sg; "zarzucili": pl)."""
    return {n for r in readings(verb, "pl") if r.pos in ("praet", "fin") for n in r.tag.split(":")[1].split(".")}


def _addressee(word: str, number: set[str], trailing: bool) -> bool:
    """A noun that cannot be the verb's subject and can be its dative object ("ministerstwu", "prokuraturze",
    "USA" of a singular verb); at the end of the party not a genitive either ("rzecznik Unii")."""
    nouns = [r.tag.split(":") for r in readings(word, "pl") if r.pos in ("subst", "depr")]
    cases = [set(f[2].split(".")) for f in nouns if len(f) > 2]
    subject = any("nom" in c and (not number or set(f[1].split(".")) & number) for f, c in zip(nouns, cases, strict=True))
    return bool(nouns) and not subject and any("dat" in c for c in cases) and not (trailing and any("gen" in c for c in cases))


def _without_addressee(party: str, verb: str) -> str | None:
    """ "Co zarzucił prokuraturze Tomasz Kos?", "Co zarzuciła Górecka ministerstwu?": whom the words were aimed at is
    no part of the party."""
    words = party.split()
    number = _number(verb)
    while len(words) > 1 and _addressee(words[0], number, False):
        words.pop(0)
    while len(words) > 1 and _addressee(words[-1], number, True):
        words.pop()
    return " ".join(words) or None


_INTERROGATIVE = re.compile(
    r"\?\s*$|^\s*(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|"
    r"should|quote|list|name|tell|explain|describe|summar\w*|kto|kogo|komu|kim|co|czego|czym|kiedy|gdzie|dlaczego|czemu|jak\w*|"
    r"któr\w*|ile|ilu|czy|wymie[ńn]|podaj|zacytuj|opisz|wyja[śs]nij)\b",
    re.I,
)


# "Ile kosztuje bilet autobusowy?", "How much does a ticket cost?": the thing whose price is asked
_PRICED = re.compile(
    r"^\s*(?:ile\s+(?:kosztuj\w*|kosztowa\w*|będzie\s+kosztowa\w*|ma\s+kosztowa\w*)\s+(?P<pl>\w+)|"
    r"how\s+much\s+(?:does|did|do|will|would)\s+(?:(?:a|an|the|one)\s+)?(?P<en>\w+)(?:\s+\w+)?\s+cost)",
    re.I,
)


def priced_thing(text: str) -> str | None:
    """The noun whose price a question asks ("bilet" in "Ile kosztuje bilet autobusowy w X?"), or None."""
    m = _PRICED.search(text)
    return (m.group("pl") or m.group("en")) if m else None


def _answer_type(text: str) -> tuple[str | None, str | None]:
    """The answer type, and the word naming what is measured when the type comes from one ("price")."""
    for name, pattern in _TYPES:
        m = pattern.search(text)
        if m:
            return name, (m.group(0) if name == "amount" else None)
    return None, None


def understand(text: str) -> Question:
    """Read a question: language, intent, party and answer type."""
    text = " ".join(text.split())
    lang = detect_lang(text)
    if _SUMMARY.search(text):
        return Question(text, lang, "summary")
    if _SPEAKERS.search(text):
        return Question(text, lang, "speakers", answer_type="person")
    for pattern in _WHO:
        m = pattern.search(text)
        if m and _clean_party(m.group("party")):
            return Question(text, lang, "who", party=_clean_party(m.group("party")), answer_type="person")
    trap = bool(ADMIT.search(text))
    if (party := _object_first(text)) is not None:
        return Question(text, lang, "attribution", party=party, trap=trap)
    for pattern in _ATTRIBUTION:
        m = pattern.search(text)
        groups = m.groupdict() if m else {}
        if groups.get("genitive"):
            # "stanowisko Ministerstwa Edukacji": the party in the nominative, as an answer names it
            raw = _clean_party(groups["genitive"])
            party = raw and (nominative_name(raw) or nominative_phrase(raw, genitive=True) or raw) if lang == "pl" else raw
        else:
            party = _clean_party(groups["party"], groups.get("verb")) if m else None
        if party:
            return Question(text, lang, "attribution", party=party, trap=trap)
    if trap:
        m = re.search(
            r"\b(?:where|that|quote|gdzie|jak|kiedy|że|zacytuj)\s+(?P<party>.+?)\s+(?:admit|confess|acknowledg|przyzna|potwierdz)",
            text,
            re.I,
        )
        if m and _clean_party(m.group("party")):
            return Question(text, lang, "attribution", party=_clean_party(m.group("party")), trap=True)
    answer_type, focus = _answer_type(text)
    return Question(text, lang, "fact", answer_type=answer_type, focus=focus, asks=bool(_INTERROGATIVE.search(text)))
