"""The ledger of two agency-style stories written for these tests (fictional people and firms)."""

from __future__ import annotations

import pytest

from knowledge.article import read_text
from knowledge.claims import Ledger, extract
from knowledge.segment import build_article
from tests.knowledge.claims_helpers import FIXTURES


def _ledger(name: str) -> tuple[Ledger, str]:
    text = read_text(FIXTURES / name)
    return extract(build_article(text)), text


@pytest.fixture(scope="module")
def pl() -> tuple[Ledger, str]:
    return _ledger("pl_port.txt")


@pytest.fixture(scope="module")
def en() -> tuple[Ledger, str]:
    return _ledger("en_ferry.txt")


@pytest.mark.parametrize("name", ["pl_port.txt", "en_ferry.txt"])
def test_every_fixture_span_is_verbatim(name: str) -> None:
    ledger, text = _ledger(name)
    assert len(ledger.claims) >= 8
    assert all(text[c.start : c.end] == c.text for c in ledger.claims)
    assert all(text[e.start : e.end] == e.name for e in ledger.entities)


def test_pl_company_name_inflections_file_under_one_party(pl: tuple[Ledger, str]) -> None:
    ledger, _ = pl
    claims = ledger.for_party("Bursztynex", "pl")
    assert {c.speaker for c in claims} == {"Bursztynex", "Spółka", "Bursztyneksu"}
    assert claims[-1].via == "Reuters"


def test_pl_ceo_denies_via_paper_then_quote_by_surname(pl: tuple[Ledger, str]) -> None:
    ledger, _ = pl
    claims = ledger.for_party("Zalewski", "pl")
    assert [(c.act, c.direct, c.via) for c in claims] == [("denies", False, "Dziennik Bałtycki"), ("denies", True, None)]
    assert claims[0].text == "spółka kiedykolwiek zaniżała opłaty"


def test_pl_spokeswoman_told_agency_then_pro_drop_then_pronoun(pl: tuple[Ledger, str]) -> None:
    ledger, _ = pl
    claims = ledger.for_party("Wiśniewskiej", "pl")
    assert [(c.act, c.direct, c.via) for c in claims] == [("says", False, "PAP"), ("says", True, None), ("assesses", False, None)]


def test_pl_role_of_spokeswoman(pl: tuple[Ledger, str]) -> None:
    ledger, _ = pl
    entity = ledger.entity("Anna Wiśniewska", "pl")
    assert entity is not None and entity.role == "Rzeczniczka Urzędu Morskiego w Gdyni"


def test_en_chairwoman_in_apposition_speaks_then_pronoun(en: tuple[Ledger, str]) -> None:
    ledger, _ = en
    claims = ledger.for_party("Ellen Marsh", "en")
    assert [c.direct for c in claims] == [True, False]
    assert claims[1].text == "the company had failed to act on the reports"


def test_en_the_board_refers_to_the_named_board(en: tuple[Ledger, str]) -> None:
    ledger, _ = en
    assert [c.speaker for c in ledger.for_party("Coastal Safety Board", "en")] == ["Coastal Safety Board", "the board"]


def test_en_denial_and_quote_by_pronoun_are_one_statement(en: tuple[Ledger, str]) -> None:
    ledger, _ = en
    claim = ledger.for_party("Okafor", "en")
    assert [(c.act, c.stance, c.direct) for c in claim] == [("denies", "denies", True)]


def test_en_statement_quoted_by_agency(en: tuple[Ledger, str]) -> None:
    ledger, _ = en
    claim = ledger.for_party("Harbor Lines", "en")[-1]
    assert claim.via == "Reuters" and "passenger safety first" in claim.text


def test_en_roles_in_apposition_and_before_the_name(en: tuple[Ledger, str]) -> None:
    ledger, _ = en
    marsh, okafor = ledger.entity("Marsh", "en"), ledger.entity("Daniel Okafor", "en")
    assert marsh is not None and marsh.role == "chairwoman of the board" and marsh.kind == "person"
    assert okafor is not None and okafor.role == "Harbor Lines chief executive"
