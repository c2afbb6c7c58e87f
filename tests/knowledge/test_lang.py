import pytest

from knowledge.lang import detect_lang


@pytest.mark.parametrize(
    "text",
    [
        "Co powiedziała Alibaba?",
        "Co powiedziala Alibaba?",
        "Kto to jest Dennis Wilder?",
        "Czy FT mógł to zweryfikować?",
        "Zażółć gęślą jaźń",
    ],
)
def test_polish_questions_are_polish(text: str) -> None:
    assert detect_lang(text) == "pl"


@pytest.mark.parametrize("text", ["What did Alibaba say?", "Who is Dennis Wilder?", "Was the FT able to verify it?", "Is it true?"])
def test_english_questions_are_english(text: str) -> None:
    assert detect_lang(text) == "en"


@pytest.mark.parametrize("text", ["What did the Łódź water company say?", "Who is Lech Wałęsa?", "What did Jan Brzęk say?"])
def test_a_polish_name_leaves_an_english_question_english(text: str) -> None:
    assert detect_lang(text) == "en"


def test_nothing_to_go_on_gives_the_default() -> None:
    assert detect_lang("Alibaba?") == "en"
    assert detect_lang("123 456", default="pl") == "pl"


def test_the_seed_is_polish(seed_text: str) -> None:
    assert detect_lang(seed_text) == "pl"


@pytest.mark.parametrize(
    ("text", "lang"), [("Czego dotyczy rozejm?", "pl"), ("Podsumowanie", "pl"), ("Tariffs impact?", "en"), ("Memo date?", "en")]
)
def test_without_function_words_the_dictionaries_decide(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
