"""The claims ledger: who said, denied, warned … what, with verbatim spans.

(Interface first; extraction is filled in by the claims-ledger work.)
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from knowledge.article import Article

ACTS = ("says", "reports", "denies", "warns", "assesses", "cautions", "requests", "cites", "accuses", "assures")
STANCES = ("supports", "denies", "neutral")


@dataclass(frozen=True)
class Claim:
    """One attributed statement: ``article.text[start:end]`` is its verbatim span."""

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
    via: str | None = None


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


@dataclass(frozen=True)
class Ledger:
    """Every claim and entity of one article."""

    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = field(default=())

    def to_bytes(self) -> bytes:
        """Serialise for the store."""
        return json.dumps(
            {"claims": [asdict(c) for c in self.claims], "entities": [asdict(e) for e in self.entities]}, ensure_ascii=False
        ).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Ledger:
        """Read back what :meth:`to_bytes` wrote."""
        raw = json.loads(data)
        claims = tuple(Claim(**{**c, "aliases": tuple(c.get("aliases", ()))}) for c in raw.get("claims", ()))
        entities = tuple(Entity(**{**e, "aliases": tuple(e.get("aliases", ()))}) for e in raw.get("entities", ()))
        return cls(claims=claims, entities=entities)


def extract(article: Article) -> Ledger:
    """Build the ledger of an article (deterministic, offline)."""
    return Ledger()
