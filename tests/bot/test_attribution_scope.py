"""Which of a party's statements an attribution answer quotes: its own, in its role, on the asked topic."""

from __future__ import annotations

from bot.extractive import ExtractiveAnswerer
from bot.question_asks import topic
from knowledge.segment import build_article

BREACH = (
    "Norvale Bank loses customer data\n"
    "Norvale Bank said on Monday that hackers had stolen the addresses of 90,000 customers.\n"
    'Kestrel Software said a fix had been available since May. "Clients who updated were safe," spokeswoman Ida Roth said.\n'
    "Norvale disputed that account. A bank spokesman said Kestrel had never told it that the update fixed a flaw "
    'and that the bank was "never warned the system was at risk".\n'
    "Norvale said it had found no evidence of fraud.\n"
    "Norvale Bank, which has 2 million customers, said affected clients would get a letter by Friday.\n"
)

BUDGET = (
    "Harwick council cuts libraries\n"
    "Harwick Borough Council approved a budget on Wednesday that will close three libraries.\n"
    "Joan Fenn, whose Labour group controls the council, said the cuts were unavoidable.\n"
    "Peter Lowe, the council's cabinet member for finance, said reserves would fall to 9 million pounds.\n"
    'Opposition leader Amir Shah accused the council of hiding money. "They are choosing to close libraries," Shah said.\n'
    "Fenn denied that claim, saying the reserves were committed to flood defences.\n"
    "The council declined to comment on which libraries would close first, saying a consultation would open in May.\n"
)


def _paragraphs(text: str, question: str) -> list[int]:
    article = build_article(text)
    answer = ExtractiveAnswerer().answer(question, article)
    return [c.paragraph for c in answer.citations]


def test_a_party_named_inside_another_speakers_clause_is_not_quoted_for_it() -> None:
    assert _paragraphs(BREACH, "What did Kestrel Software say?") == [3]


def test_a_role_asked_with_an_organisation_quotes_the_speaker_in_that_role() -> None:
    assert _paragraphs(BREACH, "What did the bank's spokesman say?") == [4]


def test_an_organisation_is_not_quoted_with_the_words_of_its_members() -> None:
    assert _paragraphs(BUDGET, "What did the council say?") == [7]


def test_a_question_about_a_topic_quotes_the_partys_words_on_it() -> None:
    assert _paragraphs(BUDGET, "What did Fenn say about the reserves?") == [6]


def test_an_admission_trap_quotes_the_denial_not_the_persons_other_words() -> None:
    assert _paragraphs(BUDGET, "Quote where Fenn admits the council is hiding money.") == [6]


def test_an_admission_trap_without_a_denial_quotes_the_words_on_its_topic() -> None:
    text = (
        "Walking study\n"
        '"The timing matters," said lead author Anna Berg.\n'
        "The authors said the funders had no role in the design of the trial.\n"
        "Ten people dropped out, which the authors said was because walks were hard to fit around work.\n"
    )
    assert _paragraphs(text, "Quote where the authors admit the funders influenced the study.") == [3]


def test_the_topic_of_a_trap_is_what_it_asks_to_be_admitted() -> None:
    assert topic("Quote where Fenn admits the council is hiding money.") == "the council is hiding money"


def test_the_topic_of_an_attribution_question_follows_about() -> None:
    assert topic("What did the council say about the library closures?") == "the library closures"


def test_owners_asked_are_the_speakers_introduced_as_running_something() -> None:
    text = (
        "Strike empties town centre\n"
        "Bus drivers walked out on Monday.\n"
        'Shops reported fewer customers. "It is like a Sunday," said Ana Ruiz, who runs a bakery on Mill Lane.\n'
        'Council leader Joan Fenn said the strike was "regrettable".\n'
    )
    assert _paragraphs(text, "What did local business owners say?") == [3]


def test_a_group_opening_a_sentence_is_voiced_by_the_person_quoted_next() -> None:
    text = (
        "Walking study\n"
        '"The timing matters," said lead author Anna Berg.\n'
        "Outside experts welcomed the findings but urged caution. Dr. Ann Kerr, an endocrinologist at Leeds who was not "
        "involved in the research, said the sample was small.\n"
        '"It is a neat trial," Kerr said.\n'
    )
    assert _paragraphs(text, "What did the outside expert say?") == [3, 4]


def test_the_datelines_agency_reports_its_lead_and_what_it_was_told() -> None:
    text = (
        "Norvale Bank loses customer data\n"
        "LEEDS, Nov 26 (Reuters) - Norvale Bank said on Monday that hackers had stolen the addresses of 90,000 customers.\n"
        '"Clients who updated were safe," Kestrel spokeswoman Ida Roth told Reuters.\n'
        "Norvale said it had found no evidence of fraud.\n"
    )
    assert _paragraphs(text, "What did Reuters report?") == [2, 3]


def test_a_denial_question_quotes_the_denial() -> None:
    assert _paragraphs(BUDGET, "Did Fenn deny hiding money?") == [6]


def test_a_group_that_only_gathers_is_not_voiced_by_the_next_speaker() -> None:
    text = (
        "Library protest\n"
        "About 150 protesters gathered outside the town hall. Ana Ruiz, who runs a cafe, said the closure would hurt trade.\n"
    )
    assert _paragraphs(text, "What did the protesters say?") == []


def test_a_polish_opposition_leader_links_the_english_opposition_leader() -> None:
    assert _paragraphs(BUDGET, "Co powiedział lider opozycji?") == [5]
