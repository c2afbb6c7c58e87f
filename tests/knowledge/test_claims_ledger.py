"""The ledger blob: what it stores, and that blobs written by earlier versions still read."""

from __future__ import annotations

import json

from knowledge.claims import Claim, Ledger

CLAIM = Claim("Jan Nowak", "Jan Nowak", "says", 10, 20, 2, "to nieprawda", True)


def test_claims_found_offline_say_so_and_keep_their_source() -> None:
    relayed = Claim("Jan Nowak", "Jan Nowak", "denies", 10, 20, 2, "to nieprawda", True, via="PAP")
    (read,) = Ledger.from_bytes(Ledger(claims=(relayed,)).to_bytes()).claims
    assert (read.origin, read.via) == ("offline", "PAP")


def test_a_claim_from_the_llm_pass_round_trips_with_its_origin() -> None:
    added = Claim("Jan Nowak", "Jan Nowak", "says", 10, 20, 2, "to nieprawda", True, origin="llm")
    assert Ledger.from_bytes(Ledger(claims=(added,)).to_bytes()).claims == (added,)


def test_an_older_blob_marking_the_llm_pass_as_via_reads_as_its_origin_not_a_source() -> None:
    old = json.loads(Ledger(claims=(CLAIM,)).to_bytes())
    for c in old["claims"]:
        del c["origin"]
        c["via"] = "llm"
    (read,) = Ledger.from_bytes(json.dumps(old).encode()).claims
    assert (read.origin, read.via) == ("llm", None)
