"""The ledger of the shipped seed article (a Polish story on an FT report about Alibaba)."""

from __future__ import annotations

import pytest

from knowledge.claims import Ledger, extract
from knowledge.segment import build_article


@pytest.fixture(scope="module")
def ledger() -> Ledger:
    from knowledge.library import shipped_text

    return extract(build_article(shipped_text()))


@pytest.fixture(scope="module")
def text() -> str:
    from knowledge.library import shipped_text

    return shipped_text()


def test_alibaba_has_two_denials(ledger: Ledger) -> None:
    claims = ledger.for_party("Alibaba", "en")
    assert [c.paragraph for c in claims] == [6, 13]
    assert all(c.act == "denies" and c.stance == "denies" for c in claims)


def test_alibaba_denial_in_paragraph_6_is_quoted_via_ft(ledger: Ledger) -> None:
    claim = ledger.for_party("alibaba", "pl")[0]
    assert claim.direct and "całkowicie nonsensowne" in claim.text
    assert claim.via == "Financial Times"


def test_alibaba_statement_in_paragraph_13_is_cited_by_reuters(ledger: Ledger) -> None:
    claim = ledger.for_party("Alibaby", "pl")[1]
    assert claim.via == "Reuters"
    assert "kwestionujemy motywację" in claim.text and "złośliwa operacja PR" in claim.text


def test_inflected_and_described_forms_are_aliases_of_one_party(ledger: Ledger) -> None:
    rows = {canonical: aliases for canonical, aliases, _n in ledger.parties()}
    assert "Alibaby" in rows["Alibaba"]
    assert "FT" in rows["Financial Times"]


def test_embassy_accuses_and_assures(ledger: Ledger) -> None:
    claims = ledger.for_party("ambasada", "pl")
    assert [c.act for c in claims] == ["accuses", "assures"]
    assert claims[0].text == "całkowite przekręcenie faktów"
    assert all(c.stance == "denies" for c in claims)


def test_wilder_speaks_via_ft_and_his_assessment_follows_by_pronoun(ledger: Ledger) -> None:
    claims = ledger.for_party("Wilder", "en")
    assert [(c.act, c.via) for c in claims] == [("says", "Financial Times"), ("assesses", None)]
    assert claims[1].text.startswith("Chinom chodzi")


def test_wilder_entity_carries_his_role(ledger: Ledger, text: str) -> None:
    entity = ledger.entity("Dennis Wilder", "en")
    assert entity is not None and entity.kind == "person"
    assert entity.role == "Były szef analiz ds. Chin CIA"
    assert text[entity.role_start : entity.role_end] == entity.role  # type: ignore[misc]


def test_ft_caveat_is_a_caution(ledger: Ledger) -> None:
    caution = [c for c in ledger.for_party("Financial Times", "en") if c.act == "cautions"]
    assert len(caution) == 1 and "nie mógł zweryfikować" in caution[0].text


def test_heading_summarising_a_denial_is_a_claim(ledger: Ledger) -> None:
    heading = [c for c in ledger.claims if c.paragraph == 10]
    assert [(c.speaker, c.act, c.text) for c in heading] == [("Chiny", "denies", "to całkowite przekręcenie faktów")]


def test_every_span_is_verbatim(ledger: Ledger, text: str) -> None:
    assert ledger.claims
    for c in ledger.claims:
        assert text[c.start : c.end] == c.text
    for e in ledger.entities:
        assert text[e.start : e.end] == e.name


def test_ledger_round_trips_through_bytes(ledger: Ledger) -> None:
    assert Ledger.from_bytes(ledger.to_bytes()) == ledger


def test_lead_report_of_a_contested_allegation_supports_it(ledger: Ledger) -> None:
    lead = ledger.claims[0]
    assert (lead.paragraph, lead.canonical, lead.act, lead.stance) == (1, "Financial Times", "reports", "supports")


def test_white_house_canonical_name_is_nominative(ledger: Ledger) -> None:
    entity = ledger.entity("Biały Dom", "pl")
    assert entity is not None and (entity.name, entity.canonical) == ("Białego Domu", "Biały Dom")
