"""Which of the article's speakers a party phrase from a question refers to: by name, by description, by meaning
(``bot.party_meaning``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from bot.party_meaning import by_meaning
from knowledge.morph import lemmas, words
from knowledge.roles import ORGANISATION_ROLES, ROLE_SPELLINGS, ROLE_TRANSLATIONS
from knowledge.terms import fold, name_matches, terms

# the words that tell two holders of one role apart ("the current mayor" and "the former mayor"), by lemma
TENURES = (
    frozenset({"current", "incumbent", "present", "obecny", "aktualny", "urzędujący"}),
    frozenset({"former", "ex", "previous", "były", "poprzedni", "dawny"}),
)
_ARTICLES = {"the", "a", "an"}


def words_of_party(party: str, lang: str) -> list[str]:
    """The content words of a party phrase, as the asker wrote them."""
    return [t.text for t in terms(party, lang)]


def head_word(party_words: Sequence[str], lang: str) -> str:
    """The head noun of a party phrase: first in Polish ("prezes ciepłowni"), last in English ("the port's spokesman")."""
    return party_words[0] if lang == "pl" else party_words[-1]


@lru_cache(maxsize=65536)
def _lemma_set(word: str) -> frozenset[str]:
    """A word's lemmas in either language (Morfeusz 2, simplemma), lowercased."""
    return frozenset(lem.lower() for lang in ("pl", "en") for lem in lemmas(word, lang))


def _meets(party_word: str, word: str) -> bool:
    """A name meets an article word by spelling ("Orlen" ~ "Orlenu"); a common noun by lemma, since
    spelling would take "prezes" for "prezydenta" and "rada" for "radni"."""
    if party_word[:1].isupper():
        return name_matches(party_word, frozenset([fold(word)]))
    return fold(party_word) == fold(word) or bool(_lemma_set(party_word) & _lemma_set(word.lower()))


def mentions(party_words: Sequence[str], text: str) -> list[int]:
    """Word positions in ``text`` where a word of the party occurs."""
    return [i for i, tok in enumerate(words(text)) if any(_meets(p, tok.text) for p in party_words)]


def names_all(party_words: Sequence[str], text: str) -> bool:
    """Every word of the party occurs in ``text`` (names by spelling, others by lemma)."""
    return all(mentions([w], text) for w in party_words)


def link(
    party: str,
    lang: str,
    names: Sequence[str],
    contexts: Mapping[str, str] | None = None,
    party_of: Mapping[str, str] | None = None,
    introductions: Mapping[str, str] | None = None,
) -> list[str]:
    """The names (speakers, entities) the party phrase refers to; empty when none fits.

    First by the words of the names themselves; then by the words around a
    speaker's statements ("said Tom Reed, who speaks for the fishermen");
    then, across languages, by e5 similarity of the phrase and the names, when
    one party (``party_of`` a name; each name its own by default) is clearly closest.
    ``introductions`` holds the role each name is introduced with ("Obecna burmistrz Lipnicy"): it tells
    apart two parties of one role by tenure ("the current mayor").
    """
    party_words = words_of_party(party, lang)
    if not party_words or not names:
        return []
    lexical = [n for n in names if names_all(party_words, n)]
    if lexical:
        return lexical
    # a description ("the spokeswoman", "fishermen", "the EU competition commissioner": a common noun heads it),
    # not a name: the words around the speaker's statements, every one of them
    lowercase = not any(w[:1].isupper() for w in party_words)
    if lowercase or not party_words[-1][:1].isupper():
        described = [n for n in names if contexts and _described(party_words, contexts.get(n, ""))]
        if described:
            # "the mayor" is Mayor X, not the councillor who "said the mayor had …": a role introducing a speaker
            # outweighs the same word in what another speaker's sentence is about
            introduced = [n for n in described if introductions and names_all(party_words, introductions.get(n, ""))]
            return introduced or described
    if lowercase:
        # "prezes ciepłowni" for "Prezes PEC Radomsko Krzysztof Dudek": the head noun alone, when it
        # describes one party only (the rest of the phrase is the asker's words for what the article names)
        head = head_word(party_words, lang)
        by_head = [n for n in names if contexts and _described([head], contexts.get(n, ""))]
        if len(party_words) > 1 and len({(party_of or {}).get(n, n) for n in by_head}) == 1:
            return by_head
    if lowercase and (owners := _owners(party_words, lang, names, introductions or {})):
        return owners
    roles = role_words(party, lang)
    # "the lawyer for the Coalition for Fair Apps": the role's holders introduced with the organisation it names
    capital = [w for w in party_words if w[:1].isupper()]
    of_named = [
        n for n in names if capital and names_all(capital, n + " " + (contexts or {}).get(n, "")) and _holds_role(roles, n, contexts or {})
    ]
    by_role = _by_role(roles, of_named or names, contexts or {}, party_of or {}, introductions or {}) or _by_tenure(
        party, roles, names, introductions or {}
    )
    if by_role or not roles:
        return by_role or by_meaning(party, names, party_of or {})
    # a role the question names ("the club's president") is not met by a speaker known only by another
    # role ("club spokesman") that is close in meaning: another person (a named one may be introduced elsewhere)
    close = by_meaning(party, names, party_of or {})
    group = {n for n in names if (party_of or {}).get(n, n) in {(party_of or {}).get(c, c) for c in close}}
    described_only = all(not any(w[:1].isupper() for w in n.split()) for n in group)
    return [] if described_only and not any(_holds_role(roles, n, contexts or {}) for n in group) else close


_OWNER_WORDS = frozenset({"owner", "proprietor", "shopkeeper", "właściciel", "właścicielka"})
# how an article introduces an owner without the word: "Priya Shah, who runs a bakery", "który prowadzi sklep"
_RUNS = re.compile(r"\b(?:who|that)\s+(?:runs|owns|ran|owned|has run|has owned|manages)\b|\bprowadz\w*", re.I)


def _owners(party_words: Sequence[str], lang: str, names: Sequence[str], introductions: Mapping[str, str]) -> list[str]:
    """ "shop owners", "the cafe owner": the speakers introduced as running or owning something."""
    if not _lemma_set(head_word(party_words, lang)) & _OWNER_WORDS:
        return []
    return [n for n in names if _RUNS.search(introductions.get(n, ""))]


def role_translations(party: str, lang: str) -> list[list[str]]:
    """The Polish words for an English party's role noun ("the marshal of the voivodeship" -> [["marszałek"]],
    "the mayor" -> [["burmistrz"], ["prezydent", "miasta"], ["wójt"]]); empty when it names no known role."""
    if lang != "en":
        return []
    key = _english_role(party)
    return [phrase.split() for phrase in ROLE_TRANSLATIONS[key]] if key else []


def _english_role(party: str) -> str | None:
    """The role noun an English party ends in, the longest known one ("the chief financial officer", "Porto's coach")."""
    head = re.split(r"\s+(?:of|for|at|in|from)\s+", party.strip().lower(), maxsplit=1)[0].split()
    return next((k for k in (" ".join(head[-n:]) for n in (3, 2, 1)) if k in ROLE_TRANSLATIONS), None)


def _spellings(key: str) -> list[list[str]]:
    """The English title written the other ways ("ceo" -> chief executive …), the key itself first."""
    group = next((g for g in ROLE_SPELLINGS if key in g), (key,))
    return [key.split(), *(k.split() for k in group if k != key)]


def role_words(party: str, lang: str) -> list[list[str]]:
    """The words that may name the party's role in either language: "the club's president" -> president,
    prezydent, prezes; "trener drużyny" -> trener, manager, coach; empty when it names no known role."""
    if lang == "en":
        english = role_translations(party, lang)
        if not english:
            return []
        key = _english_role(party) or ""
        return english if key in ORGANISATION_ROLES else [*_spellings(key), *english]
    first = [w for w in words(party) if not _tenure_of(w.text)][:2]  # "obecna burmistrz": the role is the noun
    if not first:
        return []
    # a two-word title ("dyrektor finansowy") is its own role, not any "dyrektor"
    pair = [w.text for w in first]
    titled = [k for k, polish in ROLE_TRANSLATIONS.items() if any(_same_words(p.split(), pair) for p in polish)]
    if titled:
        return [pair, *(k.split() for k in titled)]
    first = first[:1]
    head = _lemma_set(first[0].text) | {first[0].text.lower()}
    named = any(w.text[:1].isupper() for w in words(party))
    keys = [
        k
        for k, polish in ROLE_TRANSLATIONS.items()
        # an organisation's role word links by its name ("firma Koltrans"), unless the phrase names none ("związek zawodowy")
        if (k not in ORGANISATION_ROLES or not named) and any(len(p.split()) == 1 and _lemma_set(p) & head for p in polish)
    ]
    # the Polish word itself and its English ones, not its Polish neighbours ("pełnomocnik" is no "obrońca")
    return [[first[0].text], *(k.split() for k in keys)] if keys else []


def _same_words(phrase: Sequence[str], party_words: Sequence[str]) -> bool:
    """Whether a phrase and a party's words are the same words, each in any inflection."""
    return len(phrase) == len(party_words) > 1 and all(
        _lemma_set(p) & (_lemma_set(w) | {w.lower()}) for p, w in zip(phrase, party_words, strict=True)
    )


def _holds_role(roles: Sequence[Sequence[str]], name: str, contexts: Mapping[str, str]) -> bool:
    return any(names_all(role, name) or _described(role, contexts.get(name, "")) for role in roles)


# a role word after one of these is whom the speaker spoke to or of, not the speaker ("spotkanie z mieszkańcami")
_GOVERNING = {"z", "ze", "dla", "do", "od", "wśród", "przed", "wobec", "między", "with", "to", "among", "for", "from"}


def _described(role: Sequence[str], context: str) -> bool:
    """Every word of the role in the words around a speaker, the first not as a preposition's object."""
    if not names_all(role, context):
        return False
    toks = words(context)
    return any(i == 0 or toks[i - 1].text.lower() not in _GOVERNING for i in mentions(role[:1], context))


def _by_role(
    roles: Sequence[Sequence[str]],
    names: Sequence[str],
    contexts: Mapping[str, str],
    party_of: Mapping[str, str],
    introductions: Mapping[str, str],
) -> list[str]:
    """A role asked in either language: the one party whose name holds one of its words ("Tygodnik", "tygodnika"
    for the weekly; "związek" -> "Transit Workers Union"), else whose introduction or surrounding words do (not one
    who only "powiedział tygodnikowi"; of several, the one introduced with it: "Mayor X", not the councillor who
    "said the mayor had …")."""

    def one(found: list[str]) -> bool:
        return len({party_of.get(n, n) for n in found}) == 1

    # "wiceprzewodnicząca związku" holds "związek" but is no union: a description names whom its head noun says
    named = [n for n in names if _holds_role(roles, n, {}) and (n[:1].isupper() or any(_meets(role[0], n.split()[0]) for role in roles))]
    if one(named):
        return named
    found = [n for n in names if _holds_role(roles, n, contexts)]
    if one(found):
        return found
    introduced = [n for n in found if any(names_all(role, introductions.get(n, "")) for role in roles)]
    if one(introduced):
        return introduced
    # "the association": the one introduced as "Stowarzyszenie …", not "prezes stowarzyszenia" (its head is another noun)
    headed = [n for n in introduced if any(_meets(role[0], (introductions.get(n, "").split() or [""])[0]) for role in roles)]
    return headed if one(headed) else []


def _tenure_of(word: str) -> frozenset[str] | None:
    """The tenure group a word names ("Obecna", "byłego", "former"), if any."""
    lems = _lemma_set(word) | {word.lower()}
    return next((group for group in TENURES if group & lems), None)


def _by_tenure(party: str, roles: Sequence[Sequence[str]], names: Sequence[str], introductions: Mapping[str, str]) -> list[str]:
    """Two parties hold the role ("burmistrz": the former and the current one): the one introduced with the
    tenure the phrase asks ("the current mayor" -> "Obecna burmistrz Lipnicy Ewa Kubiak"). The introduction
    must open with tenure and role, so "Obrońca byłego burmistrza" (the former mayor's lawyer) is no mayor."""
    asked = {t for t in (_tenure_of(w.text) for w in words(party)) if t}
    if len(asked) != 1:
        return []
    tenure = asked.pop()
    found = []
    for name in names:
        opening = [w.text for w in words(introductions.get(name, "")) if w.text.lower() not in _ARTICLES][:2]
        if len(opening) == 2 and _tenure_of(opening[0]) == tenure and any(_meets(role[0], opening[1]) for role in roles):
            found.append(name)
    return found
