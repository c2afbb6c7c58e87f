"""Attribution from the claims ledger: the party linked to its speaker by name, description or meaning."""

from __future__ import annotations

import pytest

from bot import attribution
from bot.extractive import ExtractiveAnswerer
from knowledge.article import Article
from knowledge.claims import Claim, Ledger, extract
from knowledge.library import Library
from knowledge.search import SentenceIndex
from knowledge.segment import build_article


def claim(article: Article, speaker: str, quote: str, *aliases: str, stance: str = "neutral") -> Claim:
    start = article.text.index(quote)
    return Claim(speaker, speaker, "says", start, start + len(quote), article.paragraph_at(start), quote, True, stance, aliases)


def _from_ledger(text: str, party: str, lang: str) -> list[str]:
    """The passages the ledger attributes to ``party`` in ``text``, as the article words them."""
    article = build_article(text)
    return [article.text[s.start : s.end] for s in attribution.from_ledger(extract(article), article, party, lang)]


@pytest.fixture
def harbour_ledger(harbour: Article) -> Ledger:
    return Ledger(
        claims=(
            claim(harbour, "Nadia Ferrow", "The report ignores the repairs we completed last autumn", "Ferrow", stance="denies"),
            claim(harbour, "Nadia Ferrow", "the port would appeal the fine in the maritime court", "Ferrow"),
            claim(harbour, "Tomas Reyd", "the spill had cost his members most of the spring season", "Reyd"),
        )
    )


def test_every_claim_of_the_named_speaker_is_returned(harbour: Article, harbour_ledger: Ledger) -> None:
    found = attribution.from_ledger(harbour_ledger, harbour, "Nadia Ferrow", "en")
    assert [harbour.paragraph_at(s.start) for s in found] == [6, 7]
    assert found[0].stance == "denies"


def test_surname_alone_links_the_speaker(harbour: Article, harbour_ledger: Ledger) -> None:
    assert [harbour.paragraph_at(s.start) for s in attribution.from_ledger(harbour_ledger, harbour, "Reyd", "en")] == [8]


def test_speaker_is_linked_by_how_the_article_introduces_them(harbour: Article, harbour_ledger: Ledger) -> None:
    found = attribution.from_ledger(harbour_ledger, harbour, "the spokeswoman", "en")
    assert [harbour.paragraph_at(s.start) for s in found] == [6, 7]


def test_party_named_in_english_links_a_polish_speaker(hospital: Article) -> None:
    quote = "To plotka bez żadnych podstaw"
    ledger = Ledger(claims=(claim(hospital, "Dyrektor szpitala Marek Ostrowski", quote, "Ostrowski"),))
    found = attribution.from_ledger(ledger, hospital, "the hospital director", "en")
    assert [hospital.paragraph_at(s.start) for s in found] == [9]


def test_unrelated_party_links_nobody(harbour: Article, harbour_ledger: Ledger) -> None:
    assert attribution.from_ledger(harbour_ledger, harbour, "the mayor", "en") == []


def test_engine_answers_attribution_from_the_ledger(offline: ExtractiveAnswerer, harbour: Article, harbour_ledger: Ledger) -> None:
    index, _ = offline.prepared(harbour)
    offline._indexes[harbour.id] = (index, harbour_ledger)
    try:
        answer = offline.answer("What did Tomas Reyd say?", harbour)
    finally:
        offline._indexes.pop(harbour.id)
    assert [c.paragraph for c in answer.citations] == [8]
    assert answer.citations[0].quote.startswith("Tomas Reyd")


def test_stance_of_a_neutral_claim_is_read_from_its_words(hospital: Article) -> None:
    ledger = Ledger(claims=(claim(hospital, "Marek Ostrowski", "budynek oddziału ma zostać sprzedany", "Ostrowski"),))
    found = attribution.from_ledger(ledger, hospital, "Ostrowski", "pl")
    assert found[0].stance == "denies"  # "zaprzeczył doniesieniom" is in the sentence


def test_description_links_the_one_speaker_its_head_noun_introduces(hospital: Article) -> None:
    # "dyrektor placówki": the article says "Dyrektor szpitala Marek Ostrowski"; no other speaker is a "dyrektor"
    ledger = Ledger(claims=(claim(hospital, "Marek Ostrowski", "budynek oddziału ma zostać sprzedany", "Ostrowski"),))
    found = attribution.from_ledger(ledger, hospital, "dyrektor placówki", "pl")
    assert [hospital.text[s.start : s.end] for s in found] == [
        "Dyrektor szpitala Marek Ostrowski zaprzeczył doniesieniom, że budynek oddziału ma zostać sprzedany."
    ]


def test_common_noun_meets_article_words_by_lemma_not_by_spelling() -> None:
    from bot.party_link import mentions

    assert mentions(["prezes"], "Prezydent miasta odrzucił zarzuty, a prezesa nie było.") == [5]


def test_polish_party_whose_head_word_the_article_never_uses_is_refused(offline: ExtractiveAnswerer, hospital: Article) -> None:
    answer = offline.answer("Co powiedział marszałek województwa?", hospital)
    assert not answer.answered and answer.text == "Artykuł tego nie podaje."


def test_headline_words_give_way_to_what_the_body_quotes(offline: ExtractiveAnswerer, hospital: Article) -> None:
    # "Szpital … zamyka oddział dziecięcy. Starosta: to decyzja tymczasowa" is the editor's summary
    answer = offline.answer("Co powiedział starosta?", hospital)
    assert answer.answered and 1 not in [c.paragraph for c in answer.citations]
    assert [c.paragraph for c in answer.citations] == [2, 8]


def test_role_the_article_gives_a_company_links_a_description_of_it() -> None:
    assert _from_ledger(
        "Rolnicy skarżą się na Agroplon SA, największego w regionie ubezpieczyciela upraw.\nSpółka zaprzecza, jakoby opóźniała wypłaty.\n",
        "ubezpieczyciel",
        "pl",
    ) == ["Spółka zaprzecza, jakoby opóźniała wypłaty."]


ROLES_PL = (
    "Rolnicy skarżą się na Agroplon SA, największego w regionie ubezpieczyciela upraw.\n"
    "Spółka zaprzecza, jakoby opóźniała wypłaty.\n"
    "Burmistrz Jan Lis odrzucił zarzuty opozycji. Według niego wniosek złożono już w 2022 r.\n"
)


def test_english_role_links_the_polish_party_whose_introduction_holds_its_word() -> None:
    assert _from_ledger(ROLES_PL, "insurer", "en") == ["Spółka zaprzecza, jakoby opóźniała wypłaty."]


def test_denial_and_the_words_after_it_are_quoted_together() -> None:
    assert _from_ledger(ROLES_PL, "mayor", "en") == [
        "Burmistrz Jan Lis odrzucił zarzuty opozycji. Według niego wniosek złożono już w 2022 r."
    ]


def test_english_role_with_no_polish_word_in_the_article_is_refused(offline: ExtractiveAnswerer, hospital: Article) -> None:
    answer = offline.answer("What did the Prime Minister say about the ward?", hospital)
    assert not answer.answered and answer.text == "The article doesn't say."


SPOKESMAN_PL = (
    "Rolnicy skarżą się na Agroplon SA, największego w regionie ubezpieczyciela upraw.\n"
    "Spółka zaprzecza, jakoby opóźniała wypłaty. Jej rzecznik Michał Wrona poinformował, że firma wypłaciła 48 mln zł.\n"
    "Prezes izby Jan Kowal powiedział, że to za mało.\n"
)


def test_a_companys_named_spokesman_speaks_for_it_in_the_same_paragraph() -> None:
    assert _from_ledger(SPOKESMAN_PL, "Agroplon", "pl") == [
        "Spółka zaprzecza, jakoby opóźniała wypłaty. Jej rzecznik Michał Wrona poinformował, że firma wypłaciła 48 mln zł."
    ]


def test_a_persons_words_do_not_take_in_a_spokesman_nearby() -> None:
    assert _from_ledger(SPOKESMAN_PL, "Jan Kowal", "pl") == ["Prezes izby Jan Kowal powiedział, że to za mało."]


@pytest.mark.parametrize(
    ("text", "party", "lang", "said"),
    [
        (
            "Shipyard deal collapses\nThe yard's owner, the investor Daniel Marsh, pulled out on Friday.\n"
            "Marsh declined to comment when approached by reporters.\n",
            "Daniel Marsh",
            "en",
            "Marsh declined to comment when approached by reporters.",
        ),
        (
            "Stocznia bez inwestora\nWłaścicielem stoczni jest od 2019 r. Jan Nowak.\nNowak odmówił komentarza.\n",
            "Jan Nowak",
            "pl",
            "Nowak odmówił komentarza.",
        ),
    ],
)
def test_a_person_introduced_by_full_name_speaks_by_surname(text: str, party: str, lang: str, said: str) -> None:
    article = build_article(text)
    index, _ledger = ExtractiveAnswerer().prepared(article)
    assert isinstance(index, SentenceIndex)
    found = attribution.from_sentences(index, party, lang)
    assert [article.text[s.start : s.end] for s in found] == [said]


def _spoken(text: str, party: str, lang: str = "pl") -> list[str]:
    article = build_article(text)
    index, _ledger = ExtractiveAnswerer().prepared(article)
    return [article.text[s.start : s.end] for s in attribution.from_sentences(index, party, lang)]


def test_a_speech_noun_after_a_preposition_is_no_statement_of_the_party_before_it() -> None:
    text = "Wyrok w sprawie wójta\nSąd skazał wójta gminy Jana Kowalskiego.\nSam Kowalski nie pojawił się na ogłoszeniu wyroku.\n"
    assert _spoken(text, "Kowalski") == []


def test_a_party_in_a_reported_clause_is_not_the_speaker_of_the_next_clause() -> None:
    text = "Wójt skazany\nSąd skazał wójta Jana Kowalskiego.\nCzęść z nich uważa, że Kowalski był dobry, inni mówią o układach.\n"
    assert _spoken(text, "Kowalski") == []


def test_a_party_with_an_apposition_before_its_verb_still_speaks() -> None:
    text = "Wójt skazany\nSąd skazał wójta Jana Kowalskiego.\nKowalski, który kierował gminą, powiedział, że jest niewinny.\n"
    assert _spoken(text, "Kowalski") == ["Kowalski, który kierował gminą, powiedział, że jest niewinny."]


def test_a_party_named_inside_someone_elses_quote_is_not_its_speaker() -> None:
    text = (
        "Mill fined\nThe Water Board fined the Alder paper mill on Monday.\n"
        '"We will work closely with the Water Board on this," he said, adding that the mill would appeal.\n'
    )
    assert _spoken(text, "the Water Board", "en") == []


def test_a_party_named_in_a_line_of_dialogue_is_not_its_speaker() -> None:
    text = "Plan miasta\nRadny Jan Kos ocenił, że plan jest zły. – Wójt Nowak nie mówi, kto za to zapłaci. Zapłacą klienci – dodał Kos.\n"
    assert _spoken(text, "Nowak") == []


TENURES_PL = (
    "Były wójt Kórnika Jan Nowak został zatrzymany przez policję.\n"
    "Pełnomocnik byłego wójta mec. Piotr Zając powiedział, że jego klient jest niewinny.\n"
    "Obecna wójt Kórnika Anna Lis zapowiedziała, że gmina będzie dochodzić odszkodowania.\n"
)


@pytest.mark.parametrize("party", ["the current mayor", "the current mayor of Kórnik", "obecna wójt"])
def test_a_tenure_tells_apart_two_parties_of_one_role(party: str) -> None:
    assert _from_ledger(TENURES_PL, party, "pl" if party.startswith("obecna") else "en") == [
        "Obecna wójt Kórnika Anna Lis zapowiedziała, że gmina będzie dochodzić odszkodowania."
    ]


def test_the_former_holders_lawyer_does_not_speak_for_the_former_holder() -> None:
    article = build_article(TENURES_PL)
    assert attribution.from_ledger(extract(article), article, "the former mayor", "en") == []


ROLE_HOLDER_PL = (
    "Awaria sieci w Opolu\n"
    "Miejskie Przedsiębiorstwo Komunikacyjne w Opolu zapewniło w komunikacie, że autobusy wrócą na trasy w poniedziałek.\n"
    "Prezes spółki Marek Dąb odmówił komentarza w sprawie awarii.\n"
)


@pytest.mark.parametrize(
    ("party", "lang"),
    [("prezes Miejskiego Przedsiębiorstwa Komunikacyjnego", "pl"), ("the CEO of Miejskie Przedsiębiorstwo Komunikacyjne", "en")],
)
def test_a_role_of_a_named_organisation_is_the_person_introduced_with_it(party: str, lang: str) -> None:
    assert attribution.role_holder(extract(build_article(ROLE_HOLDER_PL)), party, lang) == "Marek Dąb"


def test_the_organisations_own_name_has_no_role_holder() -> None:
    assert attribution.role_holder(extract(build_article(ROLE_HOLDER_PL)), "Miejskie Przedsiębiorstwo Komunikacyjne", "pl") is None


def test_the_companys_president_is_quoted_not_the_companys_statement(offline: ExtractiveAnswerer, library: Library) -> None:
    article = library.ingest_text(ROLE_HOLDER_PL).article
    answer = offline.answer("Co powiedział prezes Miejskiego Przedsiębiorstwa Komunikacyjnego?", article)
    assert [article.text[c.start : c.end] for c in answer.citations] == ["Prezes spółki Marek Dąb odmówił komentarza w sprawie awarii."]


LEAD_AUTHOR_PL = (
    "Pszczoły giną szybciej, niż sądzono\n"
    "„Spadek jest większy, niż się spodziewaliśmy” – powiedział kierujący zespołem dr Piotr Nowak z Uniwersytetu Przyrodniczego.\n"
    "Autorzy zastrzegają, że badanie objęło tylko jeden region.\n"
    "Dr Ewa Sowa z SGGW oceniła, że wnioski są przesadzone.\n"
    "Nowak odrzucił te zarzuty. Jak powiedział, zespół zbadał ponad 400 uli.\n"
)


def test_the_lead_author_is_the_one_who_leads_the_team_not_all_authors() -> None:
    article = build_article(LEAD_AUTHOR_PL)
    found = attribution.from_ledger(extract(article), article, "the lead author", "en")
    assert [article.paragraph_at(s.start) for s in found] == [2, 5]


def test_a_response_question_cites_the_partys_rejection(offline: ExtractiveAnswerer, library: Library) -> None:
    article = library.ingest_text(LEAD_AUTHOR_PL).article
    answer = offline.answer("How did the lead author respond to the criticism?", article)
    assert [c.paragraph for c in answer.citations] == [5]


def test_a_question_after_everything_said_keeps_every_statement(offline: ExtractiveAnswerer, library: Library) -> None:
    article = library.ingest_text(LEAD_AUTHOR_PL).article
    answer = offline.answer("What did the lead author say?", article)
    assert [c.paragraph for c in answer.citations] == [2, 5]


def test_a_long_relative_clause_between_the_party_and_its_verb_is_skipped() -> None:
    said = "Stoneport's chief executive, Peter Vance, who gave evidence at a hearing in Leeds in May, declined to comment on Friday."
    assert _spoken(f"Stoneport loses appeal\nA court ruled against Stoneport.\n{said}\n", "Peter Vance", "en") == [said]


FERRY_RESPONSE_EN = (
    "Ferry firm skipped drills, paper says\n"
    "Ferry operator Brightwater skipped 20 safety drills last year, the daily Coast Post reported on Monday.\n"
    'Brightwater said it was surprised by the report and would review its logbooks. "We take the safety of our '
    'passengers very seriously," spokesman Tom Reed said.\n'
    "The company denied that any drill had been skipped on purpose.\n"
    "The maritime regulator said inspectors would board two ferries next week.\n"
)


def test_a_bare_response_question_cites_the_partys_words_next_to_its_denial(offline: ExtractiveAnswerer, library: Library) -> None:
    answer = offline.answer("How did Brightwater respond?", library.ingest_text(FERRY_RESPONSE_EN).article)
    assert [c.paragraph for c in answer.citations] == [3, 4]


def test_a_response_to_a_named_accusation_cites_only_the_denial(offline: ExtractiveAnswerer, library: Library) -> None:
    answer = offline.answer("How did Brightwater respond to the allegations?", library.ingest_text(FERRY_RESPONSE_EN).article)
    assert [c.paragraph for c in answer.citations] == [4]


def test_a_party_named_after_a_relative_clause_closing_before_the_verb_is_what_is_said_not_the_speaker() -> None:
    text = "Drivers strike\nOpposition councillor Eva Marsh, who leads the Greens, said the mayor had ignored the drivers.\n"
    assert _spoken(text, "the mayor", "en") == []


def test_a_role_with_a_place_speaks_itself_not_as_the_source_named_after_the_place(offline: ExtractiveAnswerer, library: Library) -> None:
    text = (
        "Leeds drivers strike\n"
        "Bus drivers in Leeds walked out on Monday.\n"
        'Mayor Jan Holt called the strike irresponsible. "We cannot pay 7% more," Holt told BBC Radio Leeds.\n'
        "Opposition councillor Eva Marsh said the mayor had ignored the drivers for months.\n"
    )
    answer = offline.answer("Co powiedział burmistrz Leeds?", library.ingest_text(text).article)
    assert [c.paragraph for c in answer.citations] == [3]
    assert answer.text.startswith("Według artykułu burmistrz Leeds mówi")  # not "Źródło: burmistrz Leeds"
