"""Which ranked sentences an answer cites: the fewest that hold most of the probability."""

from __future__ import annotations

from itertools import pairwise

import pytest

from bot.evidence import CITE_CROSS, CITE_SAME, MIN_MARGIN_FEW, Citing, Evidence, fewest, gather, names_found, passages
from bot.question import understand
from bot.ranker import Ranked
from knowledge import background, embed
from knowledge.article import Article, Sentence, read_text
from knowledge.search import Hit
from knowledge.segment import build_article
from knowledge.terms import fold
from tests.bot.conftest import FIXTURES

RULE = Citing(ratio=0.1)  # three sentences at most, until they hold 80 %


@pytest.fixture(scope="module")
def article() -> Article:
    return build_article(read_text(FIXTURES / "harbour_en.txt"))


def ranked(article: Article, probabilities: list[float], *, heading_at: int | None = None) -> list[Ranked]:
    """Body sentences (a heading sentence at ``heading_at``) with the given probabilities, in that order."""
    headings = {p.n for p in article.paragraphs if p.heading}
    body = [s for s in article.sentences if s.paragraph not in headings and s.paragraph != article.source_paragraph]
    heading = next(s for s in article.sentences if s.paragraph in headings)
    sentences = [heading if i == heading_at else body[i] for i in range(len(probabilities))]
    return [Ranked(Hit(s, 0.0, 0.0, 0.0, 0.0), p, True) for s, p in zip(sentences, probabilities, strict=True)]


def test_a_runner_up_a_tenth_as_likely_is_cited_when_the_best_is_not_sure(article: Article) -> None:
    rows = ranked(article, [0.6, 0.07, 0.02])
    assert fewest(article, rows, RULE) == (rows[0].hit, rows[1].hit)


def test_across_languages_a_runner_up_a_third_as_likely_is_cited(article: Article) -> None:
    rows = ranked(article, [0.6, 0.2, 0.1])
    assert fewest(article, rows, CITE_CROSS) == (rows[0].hit, rows[1].hit)


def test_across_languages_a_runner_up_a_fifth_as_likely_is_not_cited(article: Article) -> None:
    rows = ranked(article, [0.7, 0.14, 0.01])
    assert fewest(article, rows, CITE_CROSS) == (rows[0].hit,)


def test_citing_stops_once_the_cited_sentences_hold_most_of_the_probability(article: Article) -> None:
    rows = ranked(article, [RULE.mass - 0.1, 0.15, 0.1])
    assert fewest(article, rows, RULE) == (rows[0].hit, rows[1].hit)


def test_a_heading_is_not_cited_but_its_probability_counts(article: Article) -> None:
    rows = ranked(article, [RULE.mass - 0.1, 0.15, 0.1], heading_at=1)
    assert fewest(article, rows, RULE) == (rows[0].hit,)


def test_a_heading_ranked_first_gives_way_to_the_best_body_sentence(article: Article) -> None:
    rows = ranked(article, [0.5, 0.2, 0.15], heading_at=0)
    assert fewest(article, rows, RULE) == (rows[1].hit, rows[2].hit)


def test_no_more_than_the_maximum_number_of_sentences_is_cited(article: Article) -> None:
    rows = ranked(article, [0.2] + [0.15] * RULE.most)
    assert len(fewest(article, rows, RULE)) == RULE.most


def test_in_the_articles_language_a_fourth_sentence_joins_while_the_three_hold_under_most_of_the_probability(article: Article) -> None:
    rows = ranked(article, [0.3, 0.15, 0.15, 0.15, 0.1])
    assert fewest(article, rows, CITE_SAME) == tuple(r.hit for r in rows[:4])


def test_only_sentences_of_the_asked_for_type_join_when_the_type_is_required(article: Article) -> None:
    rows = ranked(article, [0.5, 0.3, 0.1])
    rows[1] = Ranked(rows[1].hit, rows[1].p, False)
    assert fewest(article, rows, RULE, typed_only=True) == (rows[0].hit, rows[2].hit)


@pytest.fixture(scope="module")
def polish() -> Article:
    return build_article(read_text(FIXTURES / "szpital_pl.txt"))


def neighbours(article: Article) -> tuple[Sentence, Sentence]:
    """Two consecutive sentences of one paragraph."""
    return next((a, b) for a, b in zip(article.sentences, article.sentences[1:], strict=False) if a.paragraph == b.paragraph)


def hit(s: Sentence) -> Hit:
    return Hit(s, 0.0, 0.0, 0.0, 0.0)


@pytest.mark.parametrize("name", ["article", "polish"])
def test_neighbouring_cited_sentences_are_quoted_as_one_passage(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    first, second = neighbours(doc)
    assert passages([hit(second), hit(first)]) == [(first.start, second.end)]


@pytest.mark.parametrize("name", ["article", "polish"])
def test_a_joined_passage_keeps_the_place_of_its_likeliest_sentence(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    first, second = neighbours(doc)
    far = next(s for s in doc.sentences if s.paragraph != first.paragraph and s.paragraph != doc.source_paragraph)
    assert passages([hit(far), hit(second), hit(first)]) == [(far.start, far.end), (first.start, second.end)]


def test_sentences_of_different_paragraphs_stay_separate_passages(article: Article) -> None:
    last_of_one = next(a for a, b in zip(article.sentences, article.sentences[1:], strict=False) if a.paragraph != b.paragraph)
    first_of_next = article.sentences[last_of_one.index + 1]
    assert passages([hit(last_of_one), hit(first_of_next)]) == [
        (last_of_one.start, last_of_one.end),
        (first_of_next.start, first_of_next.end),
    ]


def test_a_why_answer_runs_on_into_the_next_sentence_that_gives_the_reason() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Rząd ogłosił w piątek pomoc dla rolników poszkodowanych przez suszę.\n"
        "Izba Rolnicza uważa jednak, że pomoc jest za mała. Jan Kowal ocenił, że stawka powinna być wyższa, bo tyle kosztują nawozy.\n"
        "Wnioski można składać w urzędach gmin od 15 grudnia.\n"
    )
    answer = ExtractiveAnswerer().answer("Dlaczego Izba Rolnicza uważa, że pomoc jest za mała?", build_article(text))
    assert answer.answered
    assert answer.citations[0].quote.endswith("bo tyle kosztują nawozy.")


def test_an_english_share_price_asked_of_a_polish_story_with_other_prices_is_refused() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Ciepłownia w Radomsku podnosi ceny ogrzewania o 38 proc. od stycznia.\n"
        "Prezes spółki Jan Kowal powiedział, że koszty uprawnień do emisji CO2 wzrosły o 46 proc.\n"
        "Modernizacja ciepłowni ma kosztować 180 mln zł i potrwać do 2029 r.\n"
    )
    article = build_article(text)
    engine = ExtractiveAnswerer()
    assert not engine.answer("What is the heating company's share price?", article).answered
    assert not engine.answer("What was the company's profit this year?", article).answered
    assert engine.answer("How much will the modernisation cost?", article).answered


def test_a_number_in_the_headline_does_not_let_a_body_sentence_without_one_answer_how_many() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Woda z kranu w pięciu miastach do zbadania\n"
        "Autorzy raportu zastrzegają, że nie badali wpływu osadów na zdrowie mieszkańców.\n"
        "Wodociągi zapewniły w komunikacie, że woda spełnia normy od 2024 r.\n"
        "Sanepid poinformował, że zapozna się z raportem.\n"
    )
    answer = ExtractiveAnswerer().answer("How many people fell ill after drinking tap water?", build_article(text))
    assert (answer.answered, answer.citations) == (False, ())


def evidence_for(question: str, article: Article) -> Evidence:
    from bot.extractive import ExtractiveAnswerer

    index, _ = ExtractiveAnswerer().prepared(article)
    return gather(understand(question), index, embed.embed_query(question), background.vectors())


def test_a_paraphrase_sharing_no_term_is_answered_when_it_fits_the_article_clearly_better_than_generic_news(polish: Article) -> None:
    found = evidence_for("Czemu placówka nie ma medyków?", polish)
    assert found.coverage == 0.0 and found.supported
    assert "brak lekarzy" in polish.sentence_text(found.hits[0].sentence)


def test_a_question_sharing_no_term_and_fitting_generic_news_as_well_is_refused(polish: Article) -> None:
    found = evidence_for("Jaka będzie pogoda w weekend?", polish)
    assert not found.supported and found.margin < MIN_MARGIN_FEW


def test_a_runner_up_long_for_a_short_text_needs_to_be_likelier_than_a_short_one() -> None:
    text = (
        "Zamek zbudowano w XIV wieku. "
        "Przez kolejne stulecia przechodził z rąk do rąk, był kilkakrotnie przebudowywany, palony i odbudowywany, "
        "a w XIX wieku popadł w ruinę, z której podniesiono go dopiero po drugiej wojnie światowej. "
        "Dziś mieści muzeum.\n"
    )
    short = build_article(text)
    first, long, last = short.sentences
    rows = [Ranked(hit(first), 0.6, True), Ranked(hit(long), 0.12, True), Ranked(hit(last), 0.1, True)]
    assert fewest(short, rows, Citing(ratio=0.07, cost=0.3, most=4)) == (hit(first), hit(last))


FERRY = (
    "Ferry operator Baltline raises fares by 15% from March\n"
    "Baltline will charge 64 euros for a single ticket between Gdansk and Karlskrona from March, the company said on Tuesday.\n"
    "Baltline blamed higher fuel prices and new port fees for the rise.\n"
    "The company carried 1.2 million passengers last year.\n"
)


def test_a_polish_share_price_asked_of_an_english_story_with_other_prices_is_refused() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(FERRY)
    assert not engine.answer("Jaki jest kurs akcji Baltline?", article).answered
    assert engine.answer("Ile kosztuje bilet z Gdańska do Karlskrony?", article).answered


def test_the_weather_in_a_city_the_story_names_is_refused_across_languages() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(FERRY)
    assert not engine.answer("Jaka będzie jutro pogoda w Karlskronie?", article).answered
    assert engine.answer("Ilu pasażerów przewiozła firma Baltline w zeszłym roku?", article).answered


def test_how_many_asked_in_the_articles_language_needs_a_sentence_with_a_number() -> None:
    from bot.extractive import ExtractiveAnswerer

    text = (
        "Burmistrz Zielonki odwołany\n"
        "Rada miasta odwołała w środę burmistrza Zielonki Piotra Lasa.\n"
        "Za odwołaniem głosowało 15 radnych, przeciw było 6.\n"
        "Piotr Las zapowiedział, że odwoła się do sądu.\n"
    )
    engine, article = ExtractiveAnswerer(), build_article(text)
    assert not engine.answer("Ile lat ma Piotr Las?", article).answered
    assert "15 radnych" in engine.answer("Ilu radnych głosowało za odwołaniem?", article).citations[0].quote


# -- names across languages -------------------------------------------------

_POLISH_WORDS = frozenset(fold(w) for w in ["Ministerstwo", "Cyfryzacji", "zapowiedziało", "kontrolę", "w", "spółce", "Datanet"])


@pytest.mark.parametrize("party", ["the Ministry of Health", "the Health Ministry"])
def test_an_institutions_english_name_is_translated_not_spelled_across_languages(party: str) -> None:
    assert names_found(party, "en", _POLISH_WORDS, across=True)


def test_an_institutions_english_name_is_spelled_in_the_articles_language() -> None:
    assert not names_found("the Ministry of Health", "en", _POLISH_WORDS)


def test_a_persons_name_beside_an_institution_is_still_spelled_across_languages() -> None:
    assert not names_found("John Carter of the Ministry of Health", "en", _POLISH_WORDS, across=True)


def test_a_country_adjective_meets_the_polish_country_across_languages() -> None:
    words = frozenset(fold(w) for w in ["drewno", "z", "Białorusi", "było", "tańsze"])
    assert names_found("How much cheaper was the Belarusian timber?", "en", words, across=True)


@pytest.mark.parametrize("party", ["CEO", "the CFO of Dalby"])
def test_an_abbreviated_title_is_no_name_the_article_must_spell(party: str) -> None:
    words = frozenset(fold(w) for w in ["Chief", "Executive", "Lena", "Vik", "of", "Dalby", "said"])
    assert names_found(party, "en", words, whole=True)


_ELECTION = """Partia Nowy Ład obiecuje tańsze bilety. Opozycja: to obietnica bez pokrycia
Partia Nowy Ład przedstawiła w czwartek w Poznaniu program przed wyborami samorządowymi, które odbędą się 5 kwietnia 2027 r.
Koszty
Program ma kosztować 2 mld zł. Pieniądze mają pochodzić z podatku od nieruchomości.
– Mieszkańcy płacą za bilety najwięcej w kraju – powiedział lider partii Piotr Mazur.
Sondaż
Według sondażu pracowni Kwant partię popiera 21 proc. wyborców. Ruch Miejski może liczyć na 17 proc., a Zieloni na 8 proc. \
Aż 12 proc. badanych nie wie, na kogo zagłosuje.
Partia zapowiedziała, że kolejne spotkanie z wyborcami odbędzie się 3 marca w Łodzi.
"""


def test_the_weather_in_a_city_the_story_names_is_refused_when_the_story_never_mentions_weather() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(_ELECTION)
    assert not engine.answer("What will the weather be like in Łódź on Saturday?", article).answered
    assert engine.answer("How much will the programme cost?", article).answered


_PROTEST = """Harwick council cuts libraries
Harwick Borough Council approved a budget on Wednesday that will close three libraries.
About 150 protesters gathered outside the town hall before the meeting.
Police said two men were arrested after the meeting. Harwick has about 130,000 people.
"""


def test_a_count_of_an_event_the_story_never_names_is_refused() -> None:
    from bot.extractive import ExtractiveAnswerer

    engine, article = ExtractiveAnswerer(), build_article(_PROTEST)
    assert not engine.answer("How many people were injured during the protest?", article).answered
    assert engine.answer("How many people were arrested after the meeting?", article).answered


def _follower_rows(doc: Article, *, leans: bool) -> list[Ranked]:
    """A sure best sentence (above the mass cap), the next one of its paragraph unlikely but worth citing, then the rest."""
    body = [s for s in doc.sentences if s.paragraph not in doc.headings and s.paragraph != doc.source_paragraph]
    first, second = next((a, b) for a, b in pairwise(body) if a.paragraph == b.paragraph)
    rest = [s for s in body if s not in (first, second)]
    return [Ranked(hit(first), 0.85, True), Ranked(hit(second), 0.1, True, leans)] + [Ranked(hit(s), 0.05 / len(rest), True) for s in rest]


@pytest.mark.parametrize("name", ["article", "polish"])
def test_the_sentence_going_on_from_a_sure_best_one_is_cited_with_it(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    rows = _follower_rows(doc, leans=True)
    assert fewest(doc, rows, CITE_SAME) == (rows[0].hit, rows[1].hit)


@pytest.mark.parametrize("name", ["article", "polish"])
def test_a_next_sentence_with_its_own_subject_waits_behind_a_sure_best_one(name: str, request: pytest.FixtureRequest) -> None:
    doc: Article = request.getfixturevalue(name)
    rows = _follower_rows(doc, leans=False)
    assert fewest(doc, rows, CITE_SAME) == (rows[0].hit,)


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Kiedy odbył się proces w Elblągu?",
            "Procesy celników\n\nW 1962 roku w Gdańsku sądzono pięciu strażników portu.\n"
            "W czerwcu 1965 roku sąd w tym samym mieście skazał trzech celników. "
            "W tym samym roku kolejny proces celników odbył się w Elblągu.\n"
            "Na ławie oskarżonych zasiadło sześciu celników z Tczewa.\n",
        ),
        (
            "When was the trial in Elblag held?",
            "Customs trials\n\nIn 1962 five port guards were tried in Gdansk.\n"
            "In June 1965 a court in the same city convicted three customs officers. "
            "The same year another trial of customs officers was held in Elblag.\n"
            "Six customs officers from Tczew stood trial there.\n",
        ),
    ],
)
def test_a_when_answer_met_by_the_same_year_cites_the_sentence_before_that_gives_it(question: str, text: str) -> None:
    from bot.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer().answer(question, build_article(text))
    assert answer.answered
    assert "1965" in answer.citations[0].quote


_BREACH = """Norvale Bank loses customer data
About 90,000 customers of Norvale Bank had their addresses stolen by hackers, the bank said on Monday.
Kestrel Software said a fix had been available since May. "Customers who installed the update were not affected," spokeswoman Ida Roth said.
The bank said it would offer affected customers free credit monitoring.
"""


def test_a_count_is_answered_first_by_a_sentence_holding_one_not_a_number_free_sentence_elsewhere() -> None:
    from bot.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer().answer("How many customers were affected?", build_article(_BREACH))
    assert answer.citations[0].paragraph == 2


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "Dlaczego król Norlandii zamknął granicę z Wenodą?",
            "Spór o cło\n\nKrólestwo Norlandii od lat handlowało z sąsiednią Wenodą.\n"
            "Powodem sporu była decyzja Wenody, która odmówiła płacenia ceł i zawarła sojusz z Gotlandią. "
            "W odpowiedzi król Norlandii zamknął granicę z Wenodą i zatrzymał jej statki.\n"
            "Handel wznowiono dopiero po trzech latach.\n",
        ),
        (
            "Why did the king of Norland close the border with Wenda?",
            "Customs dispute\n\nThe kingdom of Norland had traded with neighbouring Wenda for years.\n"
            "The dispute was caused by Wenda's decision to stop paying duties and to ally with Gotland. "
            "In response the king of Norland closed the border with Wenda and seized its ships.\n"
            "Trade resumed only three years later.\n",
        ),
    ],
)
def test_a_why_answer_met_by_in_response_cites_the_sentence_before_that_gives_the_reason(question: str, text: str) -> None:
    from bot.extractive import ExtractiveAnswerer

    answer = ExtractiveAnswerer().answer(question, build_article(text))
    assert answer.answered
    assert answer.citations[0].quote.startswith(("Powodem sporu", "The dispute was caused"))  # the reason opens the passage


def test_a_headline_ranked_first_does_not_bring_its_second_sentence_for_the_asked_type(polish: Article) -> None:
    from bot.evidence import _with_type

    headline = [s for s in polish.sentences if s.paragraph in polish.headings][:2]
    body = next(s for s in polish.sentences if s.paragraph not in polish.headings and s.paragraph != polish.source_paragraph)
    rows = [Ranked(hit(headline[0]), 0.5, False), Ranked(hit(headline[1]), 0.1, True, True), Ranked(hit(body), 0.4, True)]
    assert _with_type(understand("Kiedy zamknięto oddział?"), polish.headings, rows, (hit(body),)) == (hit(body),)
