import pytest

from knowledge.terms import fold, name_matches, terms

VOCAB = frozenset(fold(w) for w in ["reutera", "alibaby", "chiny", "waszyngtonie", "financial", "times", "wildera", "fishers"])


@pytest.mark.parametrize("name", ["Reuters", "Alibaba", "Chinese", "Washington", "Wilder", "Times", "fishermen"])
def test_name_meets_its_inflected_or_foreign_form(name: str) -> None:
    assert name_matches(name, VOCAB)


@pytest.mark.parametrize("name", ["Warsaw", "Musk", "France", "Wall"])
def test_other_names_do_not_match(name: str) -> None:
    assert not name_matches(name, VOCAB)


def test_function_words_are_dropped_and_lemmas_kept() -> None:
    found = terms("Co powiedziała ambasada w Waszyngtonie?", "pl")
    assert [t.text for t in found] == ["powiedziała", "ambasada", "Waszyngtonie"]
    assert "waszyngton" in found[2].keys


def test_english_terms_carry_lemmas() -> None:
    found = terms("What did the inspectors warn about?", "en")
    assert [t.text for t in found] == ["inspectors", "warn"]
    assert "inspector" in found[0].keys


@pytest.mark.parametrize("question", ["Z jaką firmą współpracował burmistrz?", "Jaka partia wygrała wybory w swoich okręgach?"])
def test_polish_pronouns_are_dropped_through_any_of_their_lemmas(question: str) -> None:
    assert {t.text for t in terms(question, "pl")} & {"jaką", "Jaka", "swoich"} == set()
