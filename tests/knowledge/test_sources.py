"""Source phrases ("według X", "zdaniem X"): where the source ends and the statement begins."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of


def test_pl_source_ends_before_a_two_noun_object_of_a_negated_verb() -> None:
    claim = ledger_of("Według analityków giełdy spadku kursu nie należy się obawiać przed wiosną.\n").claims[0]
    assert (claim.speaker, claim.text) == ("analityków giełdy", "spadku kursu nie należy się obawiać przed wiosną")


def test_pl_source_keeps_an_agent_noun_before_a_negated_verb() -> None:
    claim = ledger_of("Według doradców fundacji nie należy oczekiwać szybkich zmian.\n").claims[0]
    assert (claim.speaker, claim.text) == ("doradców fundacji", "nie należy oczekiwać szybkich zmian")
