"""Answer wording: intros in the question's language around verbatim quotes."""

from bot.compose import compose, no_statement


def test_english_common_nouns_take_the_article() -> None:
    assert no_statement("en", "Chinese embassy") == "The article doesn't report anything the Chinese embassy said."


def test_an_english_role_of_a_named_place_takes_the_article() -> None:
    assert no_statement("en", "current mayor of Lipnica") == "The article doesn't report anything the current mayor of Lipnica said."


def test_an_english_institution_named_x_of_y_takes_the_article() -> None:
    assert no_statement("en", "Ministry of Health") == "The article doesn't report anything the Ministry of Health said."


def test_names_and_polish_parties_stay_as_asked() -> None:
    assert no_statement("en", "Reuters") == "The article doesn't report anything Reuters said."
    assert no_statement("en", "President Trump") == "The article doesn't report anything President Trump said."
    assert no_statement("pl", "ambasada") == "Artykuł nie przytacza, co mówi ambasada."


def test_polish_intro_verb_agrees_with_the_party_in_number() -> None:
    assert compose("attribution", "pl", [], party="rzeczniczka spółki").startswith("Według artykułu rzeczniczka spółki mówi:")
    assert compose("attribution", "pl", [], party="radni opozycji").startswith("Według artykułu radni opozycji mówią:")


def test_polish_trap_intro_agrees_with_the_party_in_gender() -> None:
    assert "by rzeczniczka to przyznała lub potwierdziła" in compose("trap", "pl", [], party="rzeczniczka")
    assert "by ministerstwo to przyznało lub potwierdziło" in compose("trap", "pl", [], party="ministerstwo")
    assert "by Koltrans to przyznał lub potwierdził" in compose("trap", "pl", [], party="Koltrans")


def test_polish_intros_name_the_party_in_the_nominative_it_was_asked_in() -> None:
    assert compose("who", "pl", [], party="Ewa Sobczak").startswith("Kim jest Ewa Sobczak – artykuł podaje:")


def test_no_statement_of_a_party_ending_in_an_initial_has_one_full_stop() -> None:
    assert no_statement("pl", "Andrzej K.") == "Artykuł nie przytacza, co mówi Andrzej K."
