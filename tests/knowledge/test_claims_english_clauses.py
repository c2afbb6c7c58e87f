"""English reported clauses and speakers the ledger reads (fictional parties): titles, appositions, participles."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of


def test_en_a_dotted_title_is_no_sentence_end_before_the_speaker() -> None:
    claim = ledger_of('"We were surprised," said lead author Dr. Anna Berg, a biologist at Leeds.').claims[0]
    assert claim.canonical == "Anna Berg"


def test_en_a_named_speaker_with_an_apposition_of_any_noun() -> None:
    ledger = ledger_of(
        "Norvale Bank, the British online lender, said on Tuesday that hackers had stolen data. "
        "Dr. Ann Kerr, an endocrinologist at Leeds who was not involved in the study, said the sample was small."
    )
    assert [(c.canonical, c.text) for c in ledger.claims] == [
        ("Norvale Bank", "hackers had stolen data"),
        ("Ann Kerr", "the sample was small"),
    ]


def test_en_that_after_the_clause_subject_is_a_relative_pronoun() -> None:
    claim = ledger_of("Berg said cells that divide soon after a meal can absorb more sugar.").claims[0]
    assert claim.text == "cells that divide soon after a meal can absorb more sugar"


def test_en_that_after_a_time_phrase_still_opens_the_clause() -> None:
    claim = ledger_of("Berg said last week that the trial would end in May.").claims[0]
    assert claim.text == "the trial would end in May"


def test_en_a_bare_clause_with_an_irregular_past_verb() -> None:
    ledger = ledger_of("Norvale Bank lost data. The bank said the attackers got in through a supplier.")
    assert [(c.canonical, c.text) for c in ledger.claims] == [("Norvale Bank", "the attackers got in through a supplier")]


def test_en_a_reporting_verb_inside_the_reported_clause_is_part_of_it() -> None:
    claim = ledger_of("Norvale Bank lost data. A bank spokesman said Kestrel had never told it that the flaw was fixed.").claims[0]
    assert (claim.canonical, claim.text) == ("Norvale Bank", "Kestrel had never told it that the flaw was fixed")


def test_en_a_coordinated_reporting_verb_ends_the_clause() -> None:
    claim = ledger_of("Norvale said customers would be contacted by Friday and urged them not to click on links.").claims[0]
    assert claim.text == "customers would be contacted by Friday"


def test_en_declined_to_comment_saying_gives_the_reason_as_a_claim() -> None:
    text = "Kestrel Borough Council cut bus routes. The council declined to comment, saying a review would open in May."
    claim = ledger_of(text).claims[0]
    assert (claim.canonical, claim.text) == ("Kestrel Borough Council", "a review would open in May")


def test_en_a_court_rejecting_an_appeal_speaks_in_its_saying_clause() -> None:
    claims = ledger_of("The High Court in Leeds rejected the appeal, saying the rules were lawful.").claims
    assert [(c.canonical, c.text, c.stance) for c in claims] == [("High Court in Leeds", "the rules were lawful", "neutral")]


def test_en_a_denial_and_the_reason_after_saying() -> None:
    claims = ledger_of("Mayor Ruth Kemp denied that claim, saying the funds were committed to schools.").claims
    assert [(c.act, c.text) for c in claims] == [("denies", "denied that claim"), ("says", "the funds were committed to schools")]


def test_en_that_before_a_denied_claim_noun_is_a_determiner() -> None:
    claims = ledger_of("Norvale disputed that account. Kemp denied that the funds were misused.").claims
    assert [(c.act, c.text) for c in claims] == [("denies", "disputed that account"), ("denies", "the funds were misused")]


def test_en_the_council_is_not_the_person_introduced_as_its_member() -> None:
    ledger = ledger_of(
        "Paul Dray, the council's cabinet member for housing, said rents would rise. "
        "The council declined to comment, saying a review would open in May."
    )
    assert [c.canonical for c in ledger.claims if "review" in c.text] != ["Paul Dray"]


def test_en_plural_authors_are_not_the_lead_author() -> None:
    ledger = ledger_of(
        '"It worked," said lead author Anna Berg. The Marine Health Authority said it would review the study. '
        "The authors said the funders had no role in the design."
    )
    assert next(c.canonical for c in ledger.claims if "funders" in c.text) == "The authors"


def test_en_a_relative_pronoun_is_no_part_of_the_speaker() -> None:
    claim = ledger_of("Ten people left, which the authors said was because the walks were too long.").claims[0]
    assert claim.speaker == "the authors"
