"""``newsroom-bot claims``: the ledger on the command line."""

from __future__ import annotations

import io
import json

from bot.cli import main


def test_claims_json_for_speaker_matches_inflected_forms() -> None:
    out = io.StringIO()
    assert main(["claims", "--speaker", "alibaba", "--json"], out=out) == 0
    claims = json.loads(out.getvalue())
    assert [c["paragraph"] for c in claims] == [6, 13]
    assert {c["canonical"] for c in claims} == {"Alibaba"}
    assert all(c["act"] == "denies" and c["quote"] == c["text"] for c in claims)


def test_claims_text_lists_every_statement_with_its_paragraph() -> None:
    out = io.StringIO()
    assert main(["claims"], out=out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) >= 10 and all(line.startswith("¶") for line in lines)


def test_claims_for_unknown_speaker_says_so() -> None:
    out = io.StringIO()
    assert main(["claims", "--speaker", "Nobody Atall"], out=out) == 0
    assert out.getvalue().startswith("no claims by Nobody Atall")
