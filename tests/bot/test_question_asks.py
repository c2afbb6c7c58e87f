import pytest

from bot.question_asks import as_asked, asks_rebuttal, subject_asked


@pytest.mark.parametrize(
    ("text", "rebuttal"),
    [
        ("How did the council respond to the criticism?", True),
        ("Jak spółka odpowiedziała na zarzuty?", True),
        ("How did the council respond?", False),
        ("Jak spółka zareagowała na wyrok?", False),
    ],
)
def test_a_rebuttal_is_a_response_question_naming_the_accusation(text: str, rebuttal: bool) -> None:
    assert asks_rebuttal(text) is rebuttal


def test_the_party_is_worded_with_the_article_the_asker_gave_it() -> None:
    assert (as_asked("What did the CEO say?", "CEO"), as_asked("What did Reuters report?", "Reuters")) == ("the CEO", "Reuters")


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("What does Anna Kowalczyk question?", "Anna Kowalczyk"),
        ("Who does Kowalczyk blame for the accident?", "Kowalczyk"),
        ("Kogo Herbert Lang obwinia za pęknięcia?", "Herbert Lang"),
        ("Co kwestionuje Kowalczyk?", "Kowalczyk"),
        ("Czego domaga się Tomasz Nowak?", "Tomasz Nowak"),
    ],
)
def test_a_named_party_asked_to_question_or_blame_is_the_subject_asked(text: str, party: str) -> None:
    assert subject_asked(text) == party


@pytest.mark.parametrize(
    "text",
    [
        "What did Kowalczyk sell?",
        "Why did Polmark win the tender?",
        "What does the report say?",
        "Kogo obwinia raport?",
        "Co zalecał raport?",
    ],
)
def test_an_action_a_reason_or_an_unnamed_subject_is_no_subject_asked(text: str) -> None:
    assert subject_asked(text) is None
