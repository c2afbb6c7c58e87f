"""The claims ledger: who said, denied, warned … what, with verbatim spans.

``extract(article)`` builds a :class:`Ledger` once at ingest (see
``knowledge/derive.py``); the answer engine reads it back with
``Ledger.from_bytes`` and asks it:

- ``ledger.for_party("Polmarka", "en")`` -> the claims of that party, matched on
  canonical names and aliases, inflection-insensitive ("polmarka" finds "Polmarki");
- ``ledger.parties()`` -> ``[(canonical, aliases, count), …]`` for every speaker;
- ``ledger.entity("Marek Wilczewski", "en")`` -> the :class:`Entity` with the role
  the article gives it (``role``/``role_start``/``role_end``), or None.

Every span is ``article.text[start:end]``, checked at extraction.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from knowledge.article import Article
from knowledge.parties import same_party, stems

ACTS = ("says", "reports", "denies", "warns", "assesses", "cautions", "requests", "cites", "accuses", "assures")
STANCES = ("supports", "denies", "neutral")
ORIGINS = ("offline", "llm")  # who found a claim: the rule-based extractor, or the optional LLM ledger pass


@dataclass(frozen=True)
class Claim:
    """One attributed statement: ``article.text[start:end]`` is its verbatim span (a quote's inner text when ``direct``)."""

    speaker: str
    canonical: str
    act: str
    start: int
    end: int
    paragraph: int
    text: str
    direct: bool
    stance: str = "neutral"
    aliases: tuple[str, ...] = ()
    via: str | None = None  # the party the words came through ("… – podał Reuters")
    context_start: int | None = None  # the whole attributing sentence(s), for citing "who said it"
    context_end: int | None = None
    origin: str = "offline"  # one of ORIGINS

    @property
    def quote(self) -> str | None:
        """The direct speech, or None for reported (indirect) speech."""
        return self.text if self.direct else None

    def to_json(self) -> dict[str, object]:
        """The ``claims --json`` object."""
        return {**asdict(self), "aliases": list(self.aliases), "quote": self.quote}


@dataclass(frozen=True)
class Entity:
    """A person or organisation the article mentions, with the role it gives them."""

    name: str
    canonical: str
    kind: str
    paragraph: int
    start: int
    end: int
    aliases: tuple[str, ...] = ()
    role: str | None = None
    role_start: int | None = None
    role_end: int | None = None


def _matches(query: str, form: str, lang: str) -> bool:
    """Whether a user's name for a party matches one of its forms (any case, any inflection, a part of it)."""
    variants = {query, query.title(), query.upper() if len(query) <= 5 else query}
    if any(same_party(v, form, lang) for v in variants):
        return True
    q, f = stems(query.lower(), lang), stems(form.lower(), lang)
    return bool(q) and len(q) < len(f) and all(any(a == b for b in f) for a in q)


@dataclass(frozen=True)
class Ledger:
    """Every claim and entity of one article."""

    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = field(default=())
    lang: str = "pl"

    def to_bytes(self) -> bytes:
        """Serialise for the store."""
        return json.dumps(
            {"lang": self.lang, "claims": [asdict(c) for c in self.claims], "entities": [asdict(e) for e in self.entities]},
            ensure_ascii=False,
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Ledger:
        """Read back what :meth:`to_bytes` wrote (unknown keys from other versions are ignored)."""
        raw = json.loads(data)
        cnames = {f.name for f in fields(Claim)}
        enames = {f.name for f in fields(Entity)}
        claims = tuple(
            Claim(**{k: v for k, v in _upgraded(c).items() if k in cnames} | {"aliases": tuple(c.get("aliases", ()))})
            for c in raw.get("claims", ())
        )
        entities = tuple(
            Entity(**{k: v for k, v in e.items() if k in enames} | {"aliases": tuple(e.get("aliases", ()))})
            for e in raw.get("entities", ())
        )
        return cls(claims=claims, entities=entities, lang=raw.get("lang", "pl"))

    def _is(self, name: str, forms: tuple[str, ...], lang: str) -> bool:
        name = name.strip()
        return bool(name) and any(_matches(name, f, lg) for f in forms for lg in dict.fromkeys((self.lang, lang)))

    def for_party(self, name: str, lang: str) -> tuple[Claim, ...]:
        """The claims of one party, by any of its names ("polmarka" finds "Polmarki"), in article order."""
        return tuple(c for c in self.claims if self._is(name, (c.canonical, c.speaker, *c.aliases), lang))

    def parties(self) -> list[tuple[str, tuple[str, ...], int]]:
        """(canonical, aliases, number of claims) for every speaker, most claims first."""
        seen: dict[str, tuple[tuple[str, ...], int]] = {}
        for c in self.claims:
            aliases, n = seen.get(c.canonical, ((), 0))
            seen[c.canonical] = (tuple(dict.fromkeys((*aliases, *c.aliases))), n + 1)
        return sorted(((k, a, n) for k, (a, n) in seen.items()), key=lambda row: -row[2])

    def entity(self, name: str, lang: str) -> Entity | None:
        """The person or organisation behind a name, preferring a mention that carries a role."""
        found = [e for e in self.entities if self._is(name, (e.canonical, e.name, *e.aliases), lang)]
        with_role = [e for e in found if e.role]
        best = with_role or found
        return best[0] if best else None


def _upgraded(claim: dict[str, Any]) -> dict[str, Any]:
    """A stored claim in today's fields: ledgers before claims v4 marked the LLM pass's claims ``via="llm"``."""
    if "origin" not in claim and claim.get("via") == "llm":
        return {**claim, "via": None, "origin": "llm"}
    return claim


def extract(article: Article) -> Ledger:
    """Build the ledger of an article (deterministic, offline)."""
    from knowledge.extraction import build_ledger

    return build_ledger(article)
