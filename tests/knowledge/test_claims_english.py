"""English wire-story patterns the claims ledger reads (fictional parties)."""

from __future__ import annotations

import pytest

from tests.knowledge.claims_helpers import ledger_of, only


def test_en_denial_after_relative_clause_with_a_number() -> None:
    ledger = ledger_of("Brightwater, which employs 1,800 people in Leeds, rejected the allegations. Nobody was hurt.")
    claim = only(ledger, "Brightwater", "en")
    assert (claim.act, claim.text) == ("denies", "rejected the allegations")


def test_en_speech_tag_after_a_name_is_not_its_role() -> None:
    ledger = ledger_of(
        "Port operator Harbourline hid accidents, the daily Kustbladet reported. "
        "Staff were told not to notify the Transport Inspectorate, the newspaper said."
    )
    inspectorate = ledger.entity("Transport Inspectorate", "en")
    assert inspectorate is not None and inspectorate.role is None
    assert {c.canonical for c in ledger.claims if c.paragraph == 1 and "Staff" in c.text} == {"Kustbladet"}


def test_en_the_company_refers_to_the_party_introduced_as_an_operator() -> None:
    ledger = ledger_of(
        "Port operator Harbourline hid accidents from the Transport Inspectorate, a newspaper reported. "
        "The company said it had ordered an audit."
    )
    claim = next(c for c in ledger.claims if "audit" in c.text)
    assert claim.canonical == "Harbourline"


def test_en_the_union_refers_to_the_union_not_to_its_official() -> None:
    ledger = ledger_of(
        "The dockworkers' union BHV said it had warned for years. "
        '"Nobody listened," said Anna Berg, a union official in Leeds. '
        "According to the union, staff were cut from 62 to 41."
    )
    claim = next(c for c in ledger.claims if "staff were cut" in c.text)
    assert claim.canonical == "BHV"


def test_en_an_unnamed_company_spokeswoman_speaks_for_the_company() -> None:
    ledger = ledger_of('Harbourline rejected the allegations. "We hide nothing," a company spokeswoman said.')
    quote = next(c for c in ledger.claims if c.direct)
    assert (quote.canonical, quote.text) == ("Harbourline", "We hide nothing")


def test_en_a_spokesperson_for_a_named_company_speaks_for_the_company() -> None:
    ledger = ledger_of('Norvale Group cut 400 jobs. "We are not closing any plant," a spokesperson for Norvale said.')
    quote = next(c for c in ledger.claims if c.direct)
    assert (quote.speaker, quote.canonical) == ("spokesperson for Norvale", "Norvale Group")


def test_pl_an_unnamed_company_spokesman_speaks_for_the_company() -> None:
    ledger = ledger_of("Spółka Kormex zamknie zakład w Pile.\n– Nie mamy innego wyjścia – powiedział rzecznik spółki Kormex.")
    company = ledger.entity("Kormex", "pl")
    assert company is not None and [c.canonical for c in ledger.claims] == [company.canonical]


def test_pl_an_ombudsman_named_rzecznik_speaks_for_himself() -> None:
    ledger = ledger_of("Rzecznik Praw Obywatelskich poinformował, że skarga zostanie zbadana.")
    assert ledger.claims[0].canonical == "Rzecznik Praw Obywatelskich"


def test_en_a_national_adjective_before_an_institution_names_the_whole_institution() -> None:
    claim = ledger_of("The Dutch infrastructure ministry said inspectors would visit the terminal.").claims[0]
    assert claim.canonical.endswith("Dutch infrastructure ministry")


def test_en_name_particles_stay_inside_a_name() -> None:
    claim = ledger_of("Mining group Vale do Rio said the dam was stable.").claims[0]
    assert claim.canonical == "Vale do Rio"


def test_en_described_speaker_before_a_relative_clause() -> None:
    claim = ledger_of("The former employee, who asked not to be named, said managers had lied to staff.").claims[0]
    assert claim.speaker == "The former employee"


@pytest.mark.parametrize("verb", ["described the deals as", "called the deals"])
def test_en_reported_clause_may_hold_a_short_quotation(verb: str) -> None:
    claim = ledger_of(f'Ann Holt said managers had {verb} "the real business model".').claims[0]
    assert claim.text == f'managers had {verb} "the real business model"'


def test_en_a_newspaper_named_like_a_statement_noun_is_the_speaker() -> None:
    claim = ledger_of("Harbourline hid accidents from inspectors, the Post reported.").claims[0]
    assert (claim.canonical, claim.act, claim.text) == ("Post", "reports", "Harbourline hid accidents from inspectors")


def test_en_inverted_report_followed_by_citing() -> None:
    ledger = ledger_of("Harbourline hid 14 accidents, the daily Kustbladet reported on Thursday, citing internal emails.")
    assert [(c.act, c.text) for c in ledger.claims] == [("reports", "Harbourline hid 14 accidents"), ("cites", "internal emails")]


def test_en_wire_dateline_is_not_part_of_the_claim() -> None:
    ledger = ledger_of("LEEDS, Nov 27 (Reuters) - Harbourline hid 14 accidents, the Post reported.")
    assert ledger.claims[0].text == "Harbourline hid 14 accidents"


def test_en_company_cut_to_the_first_word_of_its_name_is_one_party() -> None:
    ledger = ledger_of(
        "Ferry operator Brightwater Lines skipped safety drills, the Coast Post reported. "
        "Brightwater rejected the allegations. The company said it had ordered an audit."
    )
    assert {c.canonical for c in ledger.claims if c.canonical != "Coast Post"} == {"Brightwater Lines"}


def test_en_acronym_in_brackets_after_the_speaker() -> None:
    claim = ledger_of("The Maritime Safety Office (MSO) said it was looking into the report.").claims[0]
    assert (claim.canonical, claim.text) == ("Maritime Safety Office", "it was looking into the report")


def test_en_named_apposition_after_a_role_that_names_a_country() -> None:
    claim = ledger_of("Norway's maritime regulator, the Maritime Safety Office, said it was looking into the report.").claims[0]
    assert (claim.canonical, claim.text) == ("Maritime Safety Office", "it was looking into the report")


def test_en_a_bracket_the_claim_opened_is_kept_closed() -> None:
    claim = ledger_of("The contracts were worth 4.7 million pounds ($6 million), the newspaper said.").claims[0]
    assert claim.text == "The contracts were worth 4.7 million pounds ($6 million)"


def test_en_a_claim_inside_anothers_words_does_not_take_the_next_pronoun() -> None:
    ledger = ledger_of(
        'Mayor Jan Holt spoke at a rally on Monday. He denied union claims that the town had hidden money. "There is no money," he said.'
    )
    quote = next(c for c in ledger.claims if c.text == "There is no money")
    assert quote.canonical == "Jan Holt"


def test_en_the_company_is_not_a_named_company_spokeswoman() -> None:
    ledger = ledger_of(
        'Ferry operator Brightwater skipped drills, a newspaper reported. "We take safety seriously," company spokeswoman '
        "Ann Reed said. The company denied that any drill had been skipped."
    )
    denial = next(c for c in ledger.claims if c.stance == "denies")
    assert denial.canonical == "Brightwater"


def test_en_that_after_a_bare_clause_began_is_a_determiner_not_the_conjunction() -> None:
    claim = ledger_of("Westcorp said it would close the plant if that tax went ahead.").claims[0]
    assert claim.text == "it would close the plant if that tax went ahead"


def test_en_plural_people_of_a_kind_are_not_the_one_named_before() -> None:
    ledger = ledger_of("Competition lawyer Anna Berg said the ruling was fair. An appeal would take years, lawyers said.")
    claim = next(c for c in ledger.claims if "appeal" in c.text)
    assert claim.canonical == "lawyers"


def test_en_the_name_before_two_appositions_in_a_row_speaks() -> None:
    claim = ledger_of(
        "Paul Brun, a lawyer who represents the Fair Ports Alliance, a group of about 40 firms, said the fine was small."
    ).claims[0]
    assert (claim.canonical, claim.text) == ("Paul Brun", "the fine was small")


def test_en_calling_something_a_quotation_is_a_statement() -> None:
    claim = ledger_of('Port chief Anna Berg called the ruling "a victory for every dock worker".').claims[0]
    assert (claim.canonical, claim.text) == ("Anna Berg", "a victory for every dock worker")


def test_en_calling_a_strike_is_no_statement() -> None:
    assert ledger_of("The dockworkers' union BHV called a strike for Monday.").claims == ()


def test_en_plural_people_inside_an_organisations_name_are_no_title() -> None:
    claim = ledger_of("The Port Workers Union said pay was too low.").claims[0]
    assert claim.canonical == "Port Workers Union"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Port chief Tim Gale, 54, told analysts on a call that demand was weak.", "Tim Gale"),
        ("Gale, speaking at a conference in Berlin, said demand was weak.", "Gale"),
        ("The company, facing high costs, said demand was weak.", "The company"),
        ("Jan Nowak, przemawiając na konferencji w Gdańsku, powiedział, że popyt spadł.", "Jan Nowak"),
    ],
)
def test_an_age_or_a_participle_between_commas_leaves_the_speaker_before_it(text: str, speaker: str) -> None:
    assert [c.speaker for c in ledger_of(text).claims] == [speaker]


def test_an_adverbial_participle_speaks_for_the_subject_of_its_sentence_not_the_previous_speaker() -> None:
    text = "Ekonomistka Anna Lis oceniła, że ceny wzrosną. Urząd Miasta odmówił komentarza, tłumacząc, że nie ocenia prognoz."
    assert [c.speaker for c in ledger_of(text).claims] == ["Anna Lis", "Urząd Miasta"]


def test_an_interview_after_the_speaker_is_not_part_of_the_speakers_name() -> None:
    text = (
        "Tytuł\nPoseł Jan Nowak ocenił, że plan jest zły.\n"
        "– Banki nie mają pieniędzy. Zapłacą za to klienci – powiedział Nowak w rozmowie z PAP.\n"
    )
    claims = ledger_of(text).claims
    assert [(c.speaker, c.text) for c in claims][-1] == ("Nowak", "Banki nie mają pieniędzy. Zapłacą za to klienci")


def test_en_a_court_rejecting_a_claim_rules_it_does_not_deny() -> None:
    ledger = ledger_of("The court rejected the claim that the dismissals were unlawful.")
    assert [c.stance for c in ledger.claims] == ["neutral"]


def test_pl_a_court_rejecting_the_charges_rules_it_does_not_deny() -> None:
    ledger = ledger_of("Sąd odrzucił zarzuty związku jako bezpodstawne.")
    assert [c.stance for c in ledger.claims] == ["neutral"]


def test_en_a_speaker_introduced_with_a_role_and_an_affiliation_files_under_the_name() -> None:
    ledger = ledger_of("Trade lawyer Marta Olsen of the University of Bergen said the ruling was a setback for small firms.")
    claim = ledger.claims[0]
    assert (claim.speaker, claim.canonical) == ("Marta Olsen", "Marta Olsen")


def test_en_the_role_before_an_affiliated_speaker_stays_the_entitys_role() -> None:
    ledger = ledger_of("Trade lawyer Marta Olsen of the University of Bergen said the ruling was a setback for small firms.")
    person = ledger.entity("Marta Olsen", "en")
    assert person is not None and person.role == "Trade lawyer"


def test_en_an_agent_noun_of_the_affiliation_is_not_the_speakers() -> None:
    ledger = ledger_of("Economist Mark Potter of the Bank of England said interest rates would rise.")
    assert ledger.claims[0].speaker == "Mark Potter"
