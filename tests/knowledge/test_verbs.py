"""Reporting verbs: which words report speech, and with which act."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of


def test_pl_complaining_reports_the_words_of_a_collective_speaker() -> None:
    claim = ledger_of("Mieszkańcy z Wrześni skarżą się, że autobusy spóźniają się co rano.\n").claims[0]
    assert (claim.speaker, claim.act, claim.text) == ("Mieszkańcy z Wrześni", "says", "autobusy spóźniają się co rano")


def test_pl_complaining_farmers_are_speakers() -> None:
    claim = ledger_of("Rolnicy narzekają, że ceny nawozów wciąż rosną.\n").claims[0]
    assert (claim.speaker, claim.text) == ("Rolnicy", "ceny nawozów wciąż rosną")


def test_pl_skarzyc_without_sie_is_an_appeal_not_speech() -> None:
    assert ledger_of("Spółka skarży decyzję wojewody do sądu administracyjnego.\n").claims == ()


def test_pl_reflexive_complaint_is_no_request() -> None:
    claim = ledger_of("Pasażerowie poskarżyli się, że pociąg stał godzinę w polu.\n").claims[0]
    assert claim.act == "says"


def test_en_complaining_reports_speech() -> None:
    claim = ledger_of("Residents of Marlow complained that the bridge had been closed for weeks.\n").claims[0]
    assert (claim.speaker, claim.text) == ("Residents of Marlow", "the bridge had been closed for weeks")
