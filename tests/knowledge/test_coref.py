"""Descriptor references: a role noun ("przewoźnik", "the carrier") points back at a named party."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of


def test_pl_sentence_opening_role_noun_is_the_role_of_the_name_after_it() -> None:
    ledger = ledger_of("Przewoźnik Koleje Nadmorskie zawiesił w poniedziałek kursy do Łeby.\n")
    assert [(e.name, e.role) for e in ledger.entities] == [("Koleje Nadmorskie", "Przewoźnik")]


def test_pl_role_noun_refers_to_the_party_introduced_with_it() -> None:
    text = "Przewoźnik Koleje Nadmorskie zawiesił w poniedziałek kursy do Łeby.\n\nWedług przewoźnika objazdy potrwają do piątku.\n"
    claim = ledger_of(text).claims[0]
    assert (claim.speaker, claim.canonical) == ("przewoźnika", "Koleje Nadmorskie")


def test_pl_service_noun_refers_to_the_organisation_named_earlier_in_its_paragraph() -> None:
    text = "Koleje Nadwiślańskie poinformowały, że wycofały dwa składy. Według przewoźnika opóźnienia potrwają tydzień.\n"
    assert [c.canonical for c in ledger_of(text).claims] == ["Koleje Nadwiślańskie", "Koleje Nadwiślańskie"]


def test_pl_service_noun_does_not_reach_into_an_earlier_paragraph() -> None:
    text = "Koleje Nadwiślańskie poinformowały, że wycofały dwa składy.\n\nWedług przewoźnika opóźnienia potrwają tydzień.\n"
    assert ledger_of(text).claims[-1].canonical == "przewoźnik"


def test_en_carrier_refers_to_the_company_named_earlier_in_its_paragraph() -> None:
    text = "Northline Trains said on Monday it had cancelled ten services. According to the carrier, delays will last a week.\n"
    assert [c.canonical for c in ledger_of(text).claims] == ["Northline Trains", "Northline Trains"]


def test_pl_resort_refers_to_the_ministry_named_before_it() -> None:
    text = "Ministerstwo Cyfryzacji poinformowało, że aplikacja działa poprawnie. Resort zapowiedział też, że w marcu opublikuje raport.\n"
    assert [c.canonical for c in ledger_of(text).claims] == ["Ministerstwo Cyfryzacji", "Ministerstwo Cyfryzacji"]


def test_pl_company_noun_refers_to_the_organisation_its_paragraph_opens_with() -> None:
    text = (
        "Spółka Alfa kupiła drewno od firmy Betamax.\n"
        "Betamax w oświadczeniu nazwał publikację kłamstwem. Spółka zapewniła, że wszystkie dostawy były legalne.\n"
    )
    assert ledger_of(text).claims[-1].canonical == "Betamax"
