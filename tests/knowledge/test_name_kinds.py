"""Names as entities: a Polish institution's seat, places kept off organisations."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of


def test_pl_court_and_its_seat_are_one_organisation() -> None:
    ledger = ledger_of("Sąd Rejonowy w Zielonej Górze oddalił w czwartek pozew dewelopera.\n")
    assert [(e.name, e.kind) for e in ledger.entities] == [("Sąd Rejonowy w Zielonej Górze", "organisation")]


def test_pl_seated_name_in_an_oblique_case_has_a_nominative_canonical_form() -> None:
    entity = ledger_of("Pozew trafił w środę do Sądu Okręgowego w Kielcach.\n").entity("Sąd Okręgowy w Kielcach", "pl")
    assert entity is not None and entity.canonical == "Sąd Okręgowy w Kielcach"


def test_pl_seated_institution_speaking_is_the_same_party_as_its_entity() -> None:
    ledger = ledger_of("Prokuratura Rejonowa w Chełmie poinformowała, że śledztwo potrwa do wiosny.\n")
    assert [e.canonical for e in ledger.entities] == [c.canonical for c in ledger.claims] == ["Prokuratura Rejonowa w Chełmie"]


def test_pl_name_of_its_own_takes_no_seat() -> None:
    ledger = ledger_of("Koleje Nadwiślańskie w Toruniu zawiesiły w piątek dwa kursy.\n")
    assert [e.name for e in ledger.entities] == ["Koleje Nadwiślańskie"]
