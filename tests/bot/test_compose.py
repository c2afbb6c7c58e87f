"""Answer wording: intros in the question's language around verbatim quotes."""

from bot.compose import no_statement


def test_english_common_nouns_take_the_article() -> None:
    assert no_statement("en", "Chinese embassy") == "The article doesn't report anything the Chinese embassy said."


def test_names_and_polish_parties_stay_as_asked() -> None:
    assert no_statement("en", "Reuters") == "The article doesn't report anything Reuters said."
    assert no_statement("pl", "ambasada") == "Artykuł nie przytacza żadnej wypowiedzi (ambasada)."
