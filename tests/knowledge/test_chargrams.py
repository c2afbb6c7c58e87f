import numpy as np

from knowledge.chargrams import CharGrams, grams


def test_grams_are_taken_within_words_padded_at_both_ends() -> None:
    assert grams("Ala ma") == {" ala": 1, "ala ": 1, " ma ": 1}


def test_grams_ignore_case() -> None:
    assert grams("KRAKÓW") == grams("kraków")


def test_a_derived_word_meets_its_stem_by_spelling() -> None:
    index = CharGrams(["Urodził się w Krakowie.", "Studiował fizykę w Warszawie."])
    scores = index.cosine("krakowski")
    assert scores[0] > 0 and scores[1] == 0


def test_a_gram_in_every_text_weighs_less_than_a_rare_one() -> None:
    index = CharGrams(["wielki dom", "wielki las", "wielki dom"])
    assert index.idf[" las"] > index.idf[" wie"]


def test_a_text_against_itself_has_cosine_one() -> None:
    texts = ["Urodził się w Krakowie.", "Studiował fizykę w Warszawie."]
    assert np.isclose(CharGrams(texts).cosine(texts[1])[1], 1.0)


def test_a_query_sharing_no_gram_scores_zero_everywhere() -> None:
    assert not CharGrams(["Urodził się w Krakowie."]).cosine("xyz qqq").any()


def test_no_texts_give_an_empty_score_vector() -> None:
    assert CharGrams([]).cosine("cokolwiek").shape == (0,)
