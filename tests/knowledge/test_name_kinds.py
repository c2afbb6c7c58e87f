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


def test_en_name_before_a_place_noun_is_no_organisation() -> None:
    text = "Heavy rain flooded roads across Rio Claro state on Tuesday, the Pelican Water Authority said.\n"
    assert [e.name for e in ledger_of(text).entities] == ["Pelican Water Authority"]


def test_en_name_after_the_town_of_is_no_organisation() -> None:
    assert ledger_of("The storm reached the town of Vila Serena late on Friday.\n").entities == ()


def test_pl_foreign_place_after_a_place_noun_is_no_organisation() -> None:
    assert ledger_of("Ulewy nawiedziły w sobotę stan Rio Claro i miejscowość Porto Azul.\n").entities == ()


def test_en_sentence_opening_preposition_is_no_part_of_a_name() -> None:
    text = "Under Danish rules, the Harbour Board must publish its accounts every year.\n"
    assert "Under Danish" not in [e.name for e in ledger_of(text).entities]


def test_en_dateline_place_is_no_organisation() -> None:
    text = "PORTO ALEGRE, Nov 3 (Reuters) - The Guaiba Ferry Company said on Monday it would cut fares.\n"
    assert "PORTO ALEGRE" not in [e.name for e in ledger_of(text).entities]


def test_en_people_in_a_place_speak_as_a_whole_phrase() -> None:
    claim = ledger_of("Farmers in the valley of Serra Azul said the harvest was lost.\n").claims[0]
    assert (claim.speaker, claim.text) == ("Farmers in the valley of Serra Azul", "the harvest was lost")


def test_en_government_of_a_place_is_the_speaker_not_the_place() -> None:
    claim = ledger_of("The regional government of Alto Verde said the roads would reopen on Monday.\n").claims[0]
    assert claim.speaker == "The regional government of Alto Verde"
