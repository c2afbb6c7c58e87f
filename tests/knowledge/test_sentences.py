import pytest

from knowledge.segment import build_article
from knowledge.sentences import quotations, split_sentences


def sentences(text: str, lang: str = "pl") -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text), lang)]


def test_seed_splits_where_a_reader_would(seed_text: str) -> None:
    article = build_article(seed_text)
    per_paragraph = [sum(s.paragraph == n for s in article.sentences) for n in range(1, 15)]
    assert per_paragraph == [1, 2, 1, 1, 1, 3, 1, 1, 2, 1, 1, 3, 2, 1]
    starts = [article.sentence_text(s)[:30] for s in article.sentences if s.paragraph in (6, 13)]
    assert starts == [
        "„FT” zastrzegł, że zawartych w",
        "Natomiast grupa Alibaba odpowi",
        "„Twierdzenia rzekomo bazujące ",
        "Agencja Reutera cytowała oświa",
        "„Ta złośliwa operacja PR w jas",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Grupa, do której należy m.in. Aliexpress, udziela pomocy.",
        "Notatka, datowana na 1 listopada br., zawiera informacje.",
        "W maju br. Kongres zwrócił się do SEC.",
        "Były szef analiz ds. Chin CIA Dennis Wilder to powiedział.",
        "Chodzi np. Polskę i Czechy.",
        "To tzw. Tarcza Wschód.",
        "Rozmawiał z nim dr Jan Nowak i prof. Adam Kot.",
        "Zdaniem Dr. Kowalskiej to błąd.",
        "Spotkanie zaczęło się o godz. 12 w ratuszu.",
        "Prezes J. Kowalski i Ł. Nowak przyjechali.",
        "Szpital im. Jana Pawła II stoi przy ul. Kopernika.",
        "Przyszło ok. 300 osób.",
        "Gen. Jan Nowak i płk. Adam Kot dowodzili.",
        "Ukazała się książka pt. „Dom nad rozlewiskiem” autorstwa pisarki.",
    ],
)
def test_polish_abbreviations_and_initials_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_polish_abbreviations_inside_running_text() -> None:
    text = "Spotkanie z prof. Nowakiem odbyło się m.in. w Krakowie o godz. 12. Drugie zdanie, np. takie."
    assert sentences(text) == ["Spotkanie z prof. Nowakiem odbyło się m.in. w Krakowie o godz. 12.", "Drugie zdanie, np. takie."]


@pytest.mark.parametrize(
    "text",
    [
        "Piosenka wygrała 18. Konkurs Piosenki Eurowizji w Brighton.",
        "Reprezentowała Polskę w 63. Konkursie Piosenki Eurowizji.",
        "W latach 90. XX wieku firma rosła.",
        "Premiera odbyła się 1. listopada.",
    ],
)
def test_polish_ordinals_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(("text", "lang"), [("1. Punkt pierwszy. Drugi.", "pl"), ("2. The second point. More.", "en")])
def test_the_number_of_a_numbered_paragraph_stays_with_its_sentence(text: str, lang: str) -> None:
    assert len(sentences(text, lang)) == 2
    assert sentences(text, lang)[0].startswith(text[:2])


def test_a_number_can_still_end_a_sentence() -> None:
    text = "Drogę krajową zablokowano na odcinku nr 14. Kolejne blokady zapowiedziano na piątek."
    assert sentences(text) == ["Drogę krajową zablokowano na odcinku nr 14.", "Kolejne blokady zapowiedziano na piątek."]


def test_a_common_noun_listed_as_an_abbreviation_still_ends_a_sentence() -> None:
    text = "Zarejestrowano nowy lek. Ministerstwo potwierdziło decyzję."
    assert sentences(text) == ["Zarejestrowano nowy lek.", "Ministerstwo potwierdziło decyzję."]


def test_no_split_inside_a_polish_quotation() -> None:
    text = "Minister powiedział: „To nie jest prawda. Nigdy tak nie było”. Potem wyszedł."
    assert sentences(text) == ["Minister powiedział: „To nie jest prawda. Nigdy tak nie było”.", "Potem wyszedł."]


def test_split_before_a_quotation_that_opens_a_sentence() -> None:
    text = "Grupa zaprzeczyła informacjom. „To nonsens. Zwykła manipulacja” – napisała. Sprawa trwa."
    assert sentences(text) == ["Grupa zaprzeczyła informacjom.", "„To nonsens. Zwykła manipulacja” – napisała.", "Sprawa trwa."]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph() -> None:
    # a quotation continued in the next paragraph opens here and never closes
    text = "Rzecznik dodał: „Nie komentujemy tego. Sprawa jest w toku. Więcej powiemy jutro."
    assert len(sentences(text)) == 3


def test_german_style_closing_quote_is_understood() -> None:
    text = "Powiedział: „To prawda. Tak było“. Potem wyszedł."
    assert sentences(text) == ["Powiedział: „To prawda. Tak było“.", "Potem wyszedł."]


def test_quotation_spans_pair_opening_and_closing_marks() -> None:
    text = 'a „b” c “d” e «f» g "h" i „j'
    assert [text[s:e] for s, e in quotations(text)] == ["„b”", "“d”", "«f»", '"h"']


def test_english_news_abbreviations() -> None:
    text = "Mr. Smith met Dr. Jones in Washington on Jan. 5. They discussed the U.S. economy. The talks ended at 5 p.m. Officials left."
    assert sentences(text, "en") == [
        "Mr. Smith met Dr. Jones in Washington on Jan. 5.",
        "They discussed the U.S. economy.",
        "The talks ended at 5 p.m.",
        "Officials left.",
    ]


def test_english_initials_and_quotations() -> None:
    text = "J. K. Rowling was not available. “We will act. We must act,” Sen. Warren said."
    assert sentences(text, "en") == ["J. K. Rowling was not available.", "“We will act. We must act,” Sen. Warren said."]


def test_offsets_are_absolute_and_exact_with_odd_spacing() -> None:
    text = "Nagłówek\nPierwsze  zdanie.   Drugie\u00a0zdanie?  Trzecie!\n"
    start = text.index("Pierwsze")
    end = text.index("\n", start)
    spans = split_sentences(text, start, end, "pl")
    assert [text[s:e] for s, e in spans] == ["Pierwsze  zdanie.", "Drugie\u00a0zdanie?", "Trzecie!"]


@pytest.mark.parametrize(
    "text",
    [
        "Prezes przyznał jednak, że w 2024 r. Meblar kupił drewno od pośrednika.",
        "W 2023 r. Spółka Alfa miała rekordowy zysk.",
        "Zapowiedział, że od 12 marca 2025 r. Kowalski nie będzie pracował.",
    ],
)
def test_polish_clause_with_only_a_date_before_roku_goes_on_past_it(text: str) -> None:
    assert sentences(text) == [text]


def test_polish_sentence_ending_on_a_year_still_ends() -> None:
    assert sentences("Firma powstała w 1994 r. Zatrudnia sto osób.") == ["Firma powstała w 1994 r.", "Zatrudnia sto osób."]


def test_a_dash_after_a_full_stop_opens_a_new_sentence_of_dialogue() -> None:
    text = "Radny ocenił, że plan jest zły. – Rząd nie wie, kto za to zapłaci. Zapłacą klienci – powiedział Kos."
    assert sentences(text) == [
        "Radny ocenił, że plan jest zły.",
        "– Rząd nie wie, kto za to zapłaci.",
        "Zapłacą klienci – powiedział Kos.",
    ]


def test_a_dash_inside_a_sentence_does_not_split_it() -> None:
    text = "Plan jest zły – ocenił radny. Zapłacą klienci."
    assert sentences(text) == ["Plan jest zły – ocenił radny.", "Zapłacą klienci."]
