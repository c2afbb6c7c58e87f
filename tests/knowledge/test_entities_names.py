"""Whether a name in an article is a person's or an organisation's (fictional parties)."""

from __future__ import annotations

import pytest

from knowledge.given_names import is_given_name
from tests.knowledge.claims_helpers import ledger_of


def _kind(text: str, name: str, lang: str = "en") -> str:
    entity = ledger_of(text).entity(name, lang)
    assert entity is not None, [e.name for e in ledger_of(text).entities]
    return entity.kind


@pytest.mark.parametrize("word", ["Hendrik", "Priya", "João", "Mateo", "Markus", "Siobhan", "Hiroshi", "Ayşe"])
def test_first_names_of_many_origins_are_known(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["Nordhaven", "Marca", "Information", "General", "Barra", "The", "You"])
def test_institution_words_and_rare_dictionary_names_are_not_first_names(word: str) -> None:
    assert not is_given_name(word)


@pytest.mark.parametrize(
    "name",
    ["Hendrik Vos", "Priya Nair", "Mateo Rossi", "Javier Molina", "Markus Brandt", "Ayşe Demir", "Anna de Vries"],
)
def test_en_a_first_name_of_any_origin_makes_a_person(name: str) -> None:
    text = f"The port expanded its terminal last year. {name} told reporters the cranes were unsafe."
    assert _kind(text, name) == "person"


def test_en_a_courtesy_title_makes_a_person_without_a_known_first_name() -> None:
    assert _kind("Inspectors visited the terminal. Dr Zarqo Tellenby said the cranes were unsafe.", "Zarqo Tellenby") == "person"


def test_en_a_surname_repeated_alone_makes_a_person() -> None:
    text = "Inspectors visited the terminal with Zarqo Tellenby on Monday. Tellenby said the cranes were unsafe."
    assert _kind(text, "Zarqo Tellenby") == "person"


def test_en_an_age_after_the_name_makes_a_person() -> None:
    text = '"We lost everything," said Joao Batista, 56, who has fished on the river for decades.'
    assert _kind(text, "Joao Batista") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Port operator Nordhaven Terminals hid accidents, a newspaper reported.", "Nordhaven Terminals"),
        ("The Spanish sports daily Marca reported the deal was off.", "Marca"),
        ("Staff complained to the Information Commissioner's Office last week.", "Information Commissioner's Office"),
        ("Researchers at Erasmus University Rotterdam said the data was poor.", "Erasmus University Rotterdam"),
        ("Hartwell United denied any deal. Hartwell's owner blocked the transfer.", "Hartwell United"),
    ],
)
def test_en_organisations_stay_organisations(text: str, name: str) -> None:
    assert _kind(text, name) == "organisation"


def test_en_a_first_name_after_a_preposition_of_place_names_a_place() -> None:
    ledger = ledger_of("A dam leaked into a river in Minas Gerais state, the agency said.")
    assert all(e.kind != "person" for e in ledger.entities)


def test_pl_a_polish_person_and_company_keep_their_kinds() -> None:
    text = "Prezes spółki Bursztynex Tomasz Wrona powiedział, że ceny spadną."
    assert _kind(text, "Tomasz Wrona", "pl") == "person"


def test_en_a_long_personal_apposition_gives_the_role_and_makes_a_person() -> None:
    ledger = ledger_of('"It is a breach," said Zarqo Tellenby, a professor of maritime law at Erasmus University Rotterdam.')
    entity = ledger.entity("Zarqo Tellenby", "en")
    assert entity is not None
    assert (entity.kind, entity.role) == ("person", "a professor of maritime law at Erasmus University Rotterdam")


@pytest.mark.parametrize("name", ["Hendrik Vos", "Priya Nair", "Mateo Rossi"])
def test_pl_a_foreign_first_name_makes_a_person(name: str) -> None:
    text = f"Port w Rotterdamie ukrywał wypadki. {name} powiedział, że to poważne naruszenie prawa."
    assert _kind(text, name, "pl") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Firma Nordhaven Terminals zaprzeczyła doniesieniom.", "Nordhaven Terminals"),
        ("Wytwórnia Warner Music Poland wydała płytę.", "Warner Music Poland"),
        ("Spółka BAE Systems nie skomentowała sprawy.", "BAE Systems"),
    ],
)
def test_pl_foreign_organisations_stay_organisations(text: str, name: str) -> None:
    assert _kind(text, name, "pl") == "organisation"


def test_pl_a_foreign_name_after_a_preposition_of_place_names_no_person() -> None:
    ledger = ledger_of("Kopalnia w Minas Gerais zanieczyściła rzekę.")
    assert all(e.kind != "person" for e in ledger.entities)
