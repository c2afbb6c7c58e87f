"""Polish agency-style attribution: titles, the agency told, statements sent to it, roles said again (fictional parties)."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of, only


def test_pl_prosecutor_title_does_not_end_the_sentence() -> None:
    claim = only(ledger_of("– Śledztwo jest rozwojowe i nie wykluczamy kolejnych zarzutów – powiedziała prok. Anna Lis."), "Lis")
    assert claim.text == "Śledztwo jest rozwojowe i nie wykluczamy kolejnych zarzutów"


def test_pl_titles_before_a_name_are_not_part_of_the_role() -> None:
    ledger = ledger_of("Rzeczniczka sądu dr hab. Anna Lis powiedziała, że wyrok zapadnie w piątek.")
    entity = ledger.entity("Anna Lis", "pl")
    assert entity is not None and entity.role == "Rzeczniczka sądu"


def test_pl_agency_told_after_the_speakers_name_is_the_via_party() -> None:
    claim = only(ledger_of("– Nie będziemy obiecywać pieniędzy, których nie ma – powiedział Jan Nowak PAP."), "Nowak")
    assert (claim.canonical, claim.via) == ("Jan Nowak", "PAP")


def test_pl_statement_sent_to_the_agency_is_no_part_of_the_subject() -> None:
    ledger = ledger_of("Ministerstwo Zdrowia ma nowy plan. W oświadczeniu przesłanym PAP ministerstwo podało, że płace wzrosły o 33 proc.")
    claim = only(ledger, "Ministerstwo Zdrowia")
    assert claim.text == "płace wzrosły o 33 proc"
    assert not ledger.for_party("PAP", "pl")


def test_pl_statement_passed_to_the_media_leaves_the_company_speaking() -> None:
    ledger = ledger_of("Firma Kormex ma kłopoty. W komunikacie przekazanym mediom spółka podała, że współpracuje z prokuraturą.")
    assert only(ledger, "Kormex").text == "współpracuje z prokuraturą"


def test_pl_deputy_roles_introduce_a_speaker() -> None:
    ledger = ledger_of(
        "Wiceprzewodnicząca partii Joanna Kalinowska dodała, że pierwsze ustawy trafią do Sejmu w styczniu. "
        "Zastępczyni burmistrza Ewa Kordecka dodała, że miasto rozważy zmiany w projekcie."
    )
    assert only(ledger, "Kalinowska").text == "pierwsze ustawy trafią do Sejmu w styczniu"
    assert only(ledger, "Kordecka").text == "miasto rozważy zmiany w projekcie"
    kordecka = ledger.entity("Ewa Kordecka", "pl")
    assert kordecka is not None and kordecka.role == "Zastępczyni burmistrza"


def test_pl_descriptor_meets_the_full_name_of_an_acronym_named_first() -> None:
    ledger = ledger_of(
        "MEN: nie ma pieniędzy\nZwiązek chce podwyżek. Ministerstwo Edukacji Narodowej proponuje 5 proc.\n"
        "Resort zapewnił, że rozmowy pozostają otwarte."
    )
    claim = next(c for c in ledger.claims if "otwarte" in c.text)
    assert claim.canonical == "Ministerstwo Edukacji Narodowej"


def test_pl_role_said_again_after_a_quote_is_the_person_introduced_with_it() -> None:
    ledger = ledger_of(
        "Wiceprzewodnicząca związku Anna Lis zarzuciła resortowi, że pomija inflację. "
        "– Ceny wzrosły o ponad 30 proc. – powiedziała wiceprzewodnicząca związku."
    )
    assert [c.canonical for c in ledger.claims] == ["Anna Lis", "Anna Lis"]


def test_pl_another_word_for_the_same_office_is_the_same_person() -> None:
    ledger = ledger_of(
        "Obrońca oskarżonego mec. Jan Kos powiedział, że jego klient jest niewinny. – Zarzuty są absurdalne – zapowiedział adwokat."
    )
    claim = next(c for c in ledger.claims if "absurdalne" in c.text)
    assert claim.canonical == "Jan Kos"


def test_pl_the_same_role_of_another_institution_is_someone_else() -> None:
    ledger = ledger_of("Rzecznik spółki Jan Kos powiedział, że ceny nie wzrosną. – To nieprawda – odpowiedział rzecznik ministerstwa.")
    claim = next(c for c in ledger.claims if c.text == "To nieprawda")
    assert claim.canonical != "Jan Kos"


def test_pl_courtesy_pan_opening_a_quote_is_no_name() -> None:
    ledger = ledger_of("Anna Lis zarzuciła resortowi, że pomija inflację. – Pan rzecznik zapomina o cenach – powiedziała Lis.")
    assert [e.name for e in ledger.entities] == ["Anna Lis"]


def test_pl_speaker_after_a_quote_ends_before_where_they_spoke() -> None:
    text = "– Chcemy, żeby rynek znów był sercem miasta – powiedział burmistrz Jan Kos podczas spotkania z mieszkańcami w domu kultury."
    assert only(ledger_of(text), "Jan Kos").text == "Chcemy, żeby rynek znów był sercem miasta"


def test_pl_common_noun_acronym_is_no_organisation() -> None:
    ledger = ledger_of("Jan Kos zarzucił rządowi, że w 2023 r. głosował przeciwko obniżce VAT na żywność.")
    assert ledger.entity("VAT", "pl") is None


def test_pl_party_named_with_capitalised_common_words_keeps_its_full_name() -> None:
    ledger = ledger_of("Sojusz Przyszłości (SP) przedstawił w środę program. Rzecznik SP Adam Sroka zapewnił, że podatki nie wzrosną.")
    entity = ledger.entity("SP", "pl")
    assert entity is not None and entity.canonical == "Sojusz Przyszłości"


def test_pl_quoted_name_after_an_institution_noun_is_an_organisation() -> None:
    ledger = ledger_of("Stowarzyszenie „Zielona Wola” zebrało 2 tys. podpisów pod petycją.")
    entity = ledger.entity("Zielona Wola", "pl")
    assert entity is not None and entity.kind == "organisation"


def test_pl_partia_is_the_party_named_last() -> None:
    ledger = ledger_of(
        "Sojusz Przyszłości (SP) przedstawił w środę program gospodarczy.\n"
        "W oświadczeniu przesłanym PAP partia podała, że koszt programu wyniesie 40 mld zł."
    )
    assert only(ledger, "Sojusz Przyszłości").text == "koszt programu wyniesie 40 mld zł"
