"""Shared helpers for the claims-ledger tests."""

from __future__ import annotations

from pathlib import Path

from knowledge.claims import Claim, Ledger, extract
from knowledge.segment import build_article

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def ledger_of(text: str) -> Ledger:
    """The ledger of an article written inline."""
    return extract(build_article(text))


def only(ledger: Ledger, speaker: str, lang: str = "pl") -> Claim:
    """The single claim of one party (fails when there is none or several)."""
    found = ledger.for_party(speaker, lang)
    assert len(found) == 1, [(c.speaker, c.text) for c in ledger.claims]
    return found[0]
