import numpy as np

from knowledge import background, embed


def test_vectors_survive_the_float16_round_trip() -> None:
    vectors = embed.embed_passages(["Port zapłaci karę.", "The port will pay a fine."])
    back = embed.from_bytes(embed.to_bytes(vectors))
    assert back.shape == (2, embed.DIM)
    assert np.allclose(back, vectors, atol=1e-3)


def test_query_vector_is_unit_length() -> None:
    assert abs(float(np.linalg.norm(embed.embed_query("Who paid the fine?"))) - 1.0) < 1e-3


def test_english_sentence_is_closer_to_its_polish_translation_than_to_other_polish() -> None:
    en, pl, other = embed.embed_passages(
        [
            "The hospital is closing its children's ward because it lacks doctors.",
            "Szpital zamyka oddział dziecięcy z powodu braku lekarzy.",
            "Reprezentacja wygrała mecz w Madrycie.",
        ]
    )
    assert float(en @ pl) > float(en @ other) + 0.1


def test_shipped_background_vectors_match_their_sentences() -> None:
    lines = background.sentences()
    vectors = background.vectors()
    assert vectors.shape == (len(lines), embed.DIM)
    assert np.allclose(vectors[0], embed.embed_passages(lines[:1])[0], atol=1e-2)
