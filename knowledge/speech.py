"""Where the words are: the span of speech around a reporting verb.

After the verb: a quotation close by ("powiedział: „…”", "zarzucając USA „…”"), a
``że``/``iż``/``that`` clause, or an English bare clause ("said the bridge would
close").  Before it: the quotation or clause an inverted attribution follows
("„…” – podał X", "…, the ministry said").  Failing both, a denial's or a
request's object ("zaprzeczając informacjom", "urged the government to …"):
``knowledge/speech_object.py``.
"""

from __future__ import annotations

from knowledge.lexicon import QUOTE_OBJECT, words_of
from knowledge.verbs import Verb, cited_participle, is_conjunction_that, reporting_verb
from knowledge.words import CLAUSE_MARKS, Tok

DASHES = {"–", "—", "-"}
# what a denial may deny: a claim, not "a settlement offer"
CLAIM_NOUNS = words_of(
    "zarzut oskarżenie doniesienie informacja twierdzenie raport insynuacja pogłoska sugestia stanowisko teza wersja "
    "allegation claim accusation report charge suggestion rumour rumor position assertion finding account version"
)
# English verbs whose speech may follow with no "that": "said the bridge would close".
_BARE_CLAUSE_VERBS = {"say", "add", "insist", "argue", "believe", "tell"}  # not "warned the port about …"
# a bare clause has a verb of its own: "said the deal was done", not "estimated the cost at $2 billion"
_FINITE = words_of("is are was were will would could can may might should must has have had did does do")
# what comes right before a reporting verb inside an English reported clause or a coordinated verb
_IN_CLAUSE = words_of("had has have was were is are will would could can may might should never not also and")
_NOT_CLAUSE_STARTS = words_of("to for with about of at by from in on that")
_SUBJECT_PRONOUNS = {"it", "he", "she", "they", "we", "i"}
_SKIPPABLE = words_of(
    "on in late earlier last monday tuesday wednesday thursday friday saturday sunday a an his her its their statement interview"
)
# time words between a verb and its "that": "said last week that", "added this month that"
_DETERMINERS = words_of("a an his her its their")
_TIME_WORDS = words_of("this week month year night morning evening weekend previously repeatedly again also yesterday today")
# irregular past forms that make a bare clause a clause: "said the attackers got in through …"
_PAST_FORMS = words_of(
    "got took came went made gave found left kept told said saw knew thought brought fell rose ran began became "
    "held paid sold bought lost won spent sent built broke stole hit cut put set let shut"
)


def bare_clause(toks: list[Tok], v: Verb) -> tuple[int, int, bool, int] | None:
    """An English clause right after "said"/"told reporters" (time phrases such as "on Friday" skipped)."""
    t = toks[v.index]
    if t.lang != "en" or v.lemma not in _BARE_CLAUSE_VERBS:
        return None  # a finite verb or its participle: "declined to comment, saying a consultation would open"
    prev = toks[v.index - 1] if v.index else None
    if prev is None or prev.quote is not None or (prev.text == "," and v.index > 1 and toks[v.index - 2].quote is not None):
        return None  # '"…," said Mayor Carter': the speaker follows, not the speech
    k = v.index + 1
    if v.lemma == "tell":
        k += 1  # the hearer: "told reporters"
    while k < len(toks) and toks[k].text.lower() in _SKIPPABLE:
        k += 1
    while k > v.index + 1 and toks[k - 1].text.lower() in _DETERMINERS:
        k -= 1  # "saying a consultation would open": the clause's own article, not "in a statement"
    if k >= len(toks) or toks[k].quote is not None:
        return None
    first = toks[k]
    if not first.is_word or first.text.lower() in _NOT_CLAUSE_STARTS:
        return None
    last = clause_end(toks, k, v)
    clause = [x for x in toks[k : last + 1] if x.is_word]
    if any(cited_participle(x) for x in clause):
        return None  # "said in a reply quoted by the Daily Ledger": no speech here
    if len(clause) < 3 or not any(_clause_verb(x) for x in clause[1:]):
        return None
    return toks[k].start, trim_end(toks, last), False, last


def _clause_verb(t: Tok) -> bool:
    """A word that makes a run of words a clause: an auxiliary, a regular or a common irregular past form."""
    low = t.text.lower()
    return low in _FINITE or low in _PAST_FORMS or low.endswith("ed")


def _determiner_that(toks: list[Tok], j: int) -> bool:
    """ "that claim," / "that account.": an English "that" before a claim noun that ends the clause is a determiner."""
    if toks[j].lang != "en" or j + 1 >= len(toks) or not set(toks[j + 1].lemmas) & CLAIM_NOUNS:
        return False
    return j + 2 >= len(toks) or toks[j + 2].text in CLAUSE_MARKS | {".", "!", "?"}


def _relative_that(toks: list[Tok], v: Verb, j: int) -> bool:
    """ "said muscles that work …": "that" after a noun the say-verb takes as a bare clause's subject is a relative
    pronoun; "said on Tuesday that", "said last week that", "told reporters that", "said in a statement that" open speech."""
    if toks[j].lang != "en" or v.lemma not in _BARE_CLAUSE_VERBS - {"tell"}:
        return False
    between = [t for t in toks[v.index + 1 : j] if t.is_word]
    rest = [t for t in between if t.text.lower() not in _SKIPPABLE | _TIME_WORDS and not t.text.lower().endswith("ly")]
    return bool(rest) and between[0].text.lower() not in _NOT_CLAUSE_STARTS and not between[0].capital


def trim_end(toks: list[Tok], j: int) -> int:
    """Offset after the last word-or-quote token at or before ``toks[j]`` (a bracket it opened stays closed)."""
    while j >= 0 and toks[j].text in CLAUSE_MARKS | {".", "!", "?"} and toks[j].quote is None:
        if toks[j].text == ")" and _opened(toks, j):
            break  # "4.7 million pounds ($6 million)"
        j -= 1
    return toks[j].end


def _opened(toks: list[Tok], j: int) -> bool:
    """Whether the ")" at ``toks[j]`` closes a "(" of the same sentence."""
    depth = 0
    for t in reversed(toks[:j]):
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            if depth == 0:
                return True
            depth -= 1
    return False


def _number(t: Tok) -> str | None:
    """Grammatical number of a Polish verb form ("sg"/"pl"), None when unmarked (participles, English)."""
    r = t.reading("fin", "praet", "bedzie")
    return r.tag.split(":")[1] if r is not None else None


def clause_end(toks: list[Tok], k: int, v: Verb) -> int:
    """Index of the last token of the speech starting at ``k``: before the speaker's next reporting verb.

    "zarzucając … i zapewniając, że …": a participle, or a verb agreeing in number
    with this one, continues the speaker; "… zgadza się … i apelują o …" is still
    inside the reported clause (other subject).
    """
    j = k
    while j < len(toks):
        nxt = reporting_verb(toks, j) if toks[j].quote is None else None
        if nxt is not None and toks[j - 1].text in {",", "i", "and", "oraz"} | DASHES:
            num = _number(toks[j])
            if nxt.form == "participle" or num is None or num == _number(toks[v.index]):
                return j - 2
        j += 1
    return len(toks) - 1


def _span(toks: list[Tok], k: int, last: int, text: str) -> tuple[int, int, bool]:
    """Content from ``toks[k]`` to ``toks[last]``: a lone quotation is direct speech, inner span."""
    start, end = toks[k].start, trim_end(toks, last)
    first, final = toks[k].quote, toks[last].quote or (toks[last - 1].quote if last > k else None)
    outside = [t for t in toks[k : last + 1] if t.quote is None and t.is_word]
    if first is not None and final is not None and first.start == start and final.end == end and not outside:
        return first.inner_start, final.inner_end, True  # one quotation, or several in a row
    return start, end, False


def forward(toks: list[Tok], v: Verb, text: str) -> tuple[int, int, bool, int] | None:
    """Speech after the verb: a quotation close by, a że/that clause, or an English bare clause
    ("said the bridge would close"); (start, end, direct, index of its last token)."""
    words = 0
    for j in range(v.index + 1, min(len(toks), v.index + 14)):
        t = toks[j]
        if t.quote is not None:
            if words <= 3 or toks[j - 1].text == ":":
                q = t.quote
                last = max(k for k in range(j, len(toks)) if toks[k].quote == q)
                return q.inner_start, q.inner_end, True, last
            break  # 'said managers called the deals "the real business model"': a quote inside the clause
        if t.lang == "en" and t.text.lower() in _SUBJECT_PRONOUNS:
            break  # "said it would close the plant if that tax …": a bare clause has begun, "that" is no conjunction
        if is_conjunction_that(t) and _determiner_that(toks, j):
            break  # "denied that claim, saying …", "disputed that account": "that" points at the claim denied
        if is_conjunction_that(t) and _relative_that(toks, v, j):
            break  # "said muscles that work soon after a meal take up glucose": a bare clause
        if is_conjunction_that(t) and j + 1 < len(toks):
            last = clause_end(toks, j + 1, v)
            if last <= j:
                return None
            s, e, direct = _span(toks, j + 1, last, text)
            return s, e, direct, last
        if cited_participle(t) and j + 1 < len(toks) and toks[j + 1].text.lower() in ("przez", "by"):
            continue  # "said in a statement quoted by Reuters that …": the via party, found by the caller
        if t.text in ".!?" and toks[j - 1].text not in ("ds", "br", "r", "m", "in"):
            break
        inner = reporting_verb(toks, j)
        if inner is not None and inner.form != "impersonal" and inner.lemma not in QUOTE_OBJECT:
            if t.lang == "en" and words >= 1 and toks[j - 1].text.lower() in _IN_CLAUSE:
                # "said Veradyne had never told it that …": the verb of the reported clause; "said customers would be
                # contacted … and urged them …": the speaker's next verb, where the clause ends
                break
            return None  # 'said managers had called the deals "…"': calling is what was said
        words += t.is_word
    return bare_clause(toks, v)


def backward(toks: list[Tok], v: Verb, floor: int, subject_start: int) -> tuple[int, int, bool] | None:
    """Speech before the verb (and its subject): "„…” – podał X", "…, the ministry said" (start, end, direct)."""
    j = min(v.index, subject_start) - 1
    while j >= floor and toks[j].text not in CLAUSE_MARKS and toks[j].quote is None:
        j -= 1
    if j < floor:
        return None
    q = toks[j].quote
    if q is not None:
        return q.inner_start, q.inner_end, True
    if toks[j].text not in DASHES | {","}:
        return None
    k = j - 1
    if k >= floor and toks[k].quote is not None and toks[k].quote.end == toks[k].end:  # type: ignore[union-attr]
        q = toks[k].quote
        assert q is not None
        return q.inner_start, q.inner_end, True
    if k >= floor and toks[k].text in '”"' and toks[floor].text in '„“"' and _inverted(toks, v, j, subject_start):
        return toks[floor].end, toks[k].start, True  # „Nie” – powiedział: one quoted word, not a title
    if k - floor < 2 or not _inverted(toks, v, j, subject_start):
        return None
    if toks[floor].text in DASHES:  # "– Każda gmina będzie miała plan – zapowiedział": dialogue, direct speech
        return toks[floor + 1].start, trim_end(toks, k), True
    if not _has_verb(toks[floor : k + 1]):
        return None  # "Wszystkie te dzieła, …, napisał Casanova": a fronted object, not speech
    return toks[floor].start, trim_end(toks, k), False


def _has_verb(toks: list[Tok]) -> bool:
    """A clause has a verb form (Polish: by Morfeusz; English: anything, as simplemma gives no tags)."""
    words = [t for t in toks if t.is_word]
    if not words or words[0].lang != "pl":
        return True
    return any(t.has("fin", "praet", "bedzie", "pred", "imps", "winien", "inf") for t in words)


def _inverted(toks: list[Tok], v: Verb, mark: int, subject_start: int) -> bool:
    """Attribution after the words: "…, podał X" (verb right after the mark) or "…, the ministry said." (clause end)."""
    if mark == v.index - 1:
        return True
    if toks[v.index].lang == "pl" or mark != subject_start - 1:
        return False
    after = toks[v.index + 1 :]
    cut = next((n for n, t in enumerate(after) if t.text in CLAUSE_MARKS), len(after))
    if cut < len(after) - 1 and (participle := reporting_verb(after, cut + 1)) is not None and participle.form == "participle":
        after = after[:cut]  # "…, the daily Post reported on Thursday, citing internal emails."
    rest = [t for t in after if t.is_word]
    return toks[v.index].lang == "en" and len(rest) <= 4 and all(t.text not in CLAUSE_MARKS for t in after)
