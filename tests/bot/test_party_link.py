"""Linking a question's party to the article's speakers across languages: e5 similarity with a lead over the runner-up."""

from __future__ import annotations

import pytest

from bot import attribution, party_link, party_meaning
from bot.extractive import ExtractiveAnswerer
from knowledge.article import Article
from knowledge.claims import Ledger


@pytest.fixture
def seed_ledger(offline: ExtractiveAnswerer, stored_seed: Article) -> Ledger:
    return offline.prepared(stored_seed)[1]


def _parties(ledger: Ledger) -> tuple[list[str], dict[str, str]]:
    party_of = {n: c.canonical for c in ledger.claims for n in (c.speaker, c.canonical, *c.aliases)}
    return sorted(party_of), party_of


def test_party_named_in_english_links_the_polish_speaker_it_means(stored_seed: Article, seed_ledger: Ledger) -> None:
    found = attribution.from_ledger(seed_ledger, stored_seed, "the Chinese embassy", "en")
    assert found and all("ambasada" in stored_seed.text[s.start : s.end].lower() for s in found)


def test_unrelated_short_name_over_the_cosine_floor_links_nobody(stored_seed: Article, seed_ledger: Ledger) -> None:
    names, party_of = _parties(seed_ledger)
    best = max(score for score, _ in party_meaning.party_scores("the White House", names, party_of).values())
    assert best >= party_meaning.MIN_LINK  # close to everything: only the lead over the runner-up tells
    assert attribution.from_ledger(seed_ledger, stored_seed, "the White House", "en") == []


def test_phrase_about_as_close_to_two_parties_links_neither(seed_ledger: Ledger) -> None:
    names, party_of = _parties(seed_ledger)
    ranked = sorted(party_meaning.party_scores("the embassy", names, party_of).values(), reverse=True)
    assert ranked[0][0] >= party_meaning.MIN_LINK and ranked[0][0] - ranked[1][0] < party_meaning.MIN_LEAD
    assert party_meaning.by_meaning("the embassy", names, party_of) == []


# -- roles: the role a question names must be the speaker's ------------------------------------------

_CLUB = {
    "Rui Costa": "Porto's sporting director, Rui Costa, told Record the club would appeal.",
    "club spokeswoman": "a club spokeswoman said in a statement on Monday.",
    "Northfield": "Northfield denied that any agreement had been reached.",
    "Tom Hale": "Northfield manager Tom Hale told a press conference before the match.",
}


def test_an_english_role_links_the_speaker_introduced_with_it() -> None:
    assert party_link.link("Porto's sporting director", "en", sorted(_CLUB), _CLUB) == ["Rui Costa"]


def test_a_role_no_speaker_holds_does_not_link_a_speaker_known_only_by_another_role() -> None:
    assert party_link.link("the club's chairman", "en", sorted(_CLUB), _CLUB) == []


def test_a_polish_role_asked_of_an_english_article_links_the_speaker_introduced_with_its_english_word() -> None:
    assert party_link.link("trener Northfield", "pl", sorted(_CLUB), _CLUB) == ["Tom Hale"]


def test_a_polish_role_does_not_stand_for_its_neighbours() -> None:
    contexts = {"Jan Nowak": "Obrońca oskarżonego mec. Jan Nowak zapowiedział apelację.", "Anna Lis": "Prokurator Anna Lis oceniła"}
    assert party_link.link("pełnomocnik pokrzywdzonego", "pl", sorted(contexts), contexts) != ["Jan Nowak"]


def test_an_organisation_named_with_its_role_word_is_linked_by_its_name() -> None:
    contexts = {"Nordex": "Nordex stanowczo zaprzeczył doniesieniom.", "Anna Lis": "powiedziała rzeczniczka firmy Anna Lis."}
    assert party_link.link("firma Nordex", "pl", sorted(contexts), contexts) == ["Nordex"]


def test_a_role_in_a_speakers_own_name_beats_one_only_mentioned_near_another_speaker() -> None:
    # "Tygodnik" is the weekly's own name in the ledger; the employee only "powiedział tygodnikowi"
    contexts = {"Tygodnik": "napisał tygodnik „Nordblatt”.", "jeden z pracowników": "– powiedział tygodnikowi jeden z pracowników."}
    party_of = {"Tygodnik": "Nordblatt", "jeden z pracowników": "jeden z pracowników"}
    assert party_link.link("the weekly", "en", sorted(contexts), contexts, party_of) == ["Tygodnik"]


_COUNCIL = {
    "Jan Holt": "Mayor Jan Holt told local radio.",
    "Eva Marsh": "Opposition councillor Eva Marsh said the mayor had ignored the drivers.",
}
_INTRODUCED = {"Jan Holt": "Mayor", "Eva Marsh": "Opposition councillor"}


@pytest.mark.parametrize(("party", "lang"), [("the mayor", "en"), ("burmistrz Leeds", "pl")])
def test_a_role_links_the_speaker_introduced_with_it_not_one_who_speaks_about_it(party: str, lang: str) -> None:
    assert party_link.link(party, lang, sorted(_COUNCIL), _COUNCIL, introductions=_INTRODUCED) == ["Jan Holt"]


def test_a_description_with_a_proper_adjective_links_the_speaker_introduced_with_all_its_words() -> None:
    contexts = {
        "Marta Lind": "EU competition commissioner Marta Lind said in a statement.",
        "Competition lawyer Anna Berg of the University of Leiden": "said the ruling would make an appeal harder.",
    }
    assert party_link.link("the EU competition commissioner", "en", sorted(contexts), contexts) == ["Marta Lind"]


def test_a_polish_organisation_role_with_no_name_links_the_party_whose_name_holds_its_english_word() -> None:
    contexts = {
        "National Dockers Union": "The National Dockers Union said pay was too low.",
        "Jan Holt": "He denied union claims that the port had hidden money.",
    }
    assert party_link.link("związek zawodowy", "pl", sorted(contexts), contexts) == ["National Dockers Union"]


_BOARD = {
    "Lena Vik": "Chief Executive Lena Vik told analysts the order book was full.",
    "Omar Reyes": "Chief Financial Officer Omar Reyes said the dividend would rise.",
    "Dalby": "Dalby said in a statement it would hire 300 engineers.",
}


@pytest.mark.parametrize(("party", "lang", "who"), [("the CEO", "en", "Lena Vik"), ("the CFO", "en", "Omar Reyes")])
def test_an_english_abbreviated_title_links_the_speaker_introduced_with_it_spelled_out(party: str, lang: str, who: str) -> None:
    assert party_link.link(party, lang, sorted(_BOARD), _BOARD) == [who]


def test_a_two_word_polish_title_links_the_speaker_introduced_with_its_english_title() -> None:
    assert party_link.link("dyrektor finansowy Dalby", "pl", sorted(_BOARD), _BOARD) == ["Omar Reyes"]
