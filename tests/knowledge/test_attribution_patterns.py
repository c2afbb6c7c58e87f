"""Each attribution pattern, in Polish and in English (fictional speakers)."""

from __future__ import annotations

from tests.knowledge.claims_helpers import ledger_of, only

# speaker before the quotation


def test_pl_speaker_before_quote() -> None:
    claim = only(ledger_of("Minister Jan Kowalczyk powiedział: „Nie podniesiemy podatków”."), "Kowalczyk")
    assert (claim.text, claim.direct, claim.act) == ("Nie podniesiemy podatków", True, "says")


def test_en_speaker_before_quote() -> None:
    claim = only(ledger_of('Mayor John Carter said: "We will not raise taxes."'), "John Carter", "en")
    assert (claim.text, claim.direct) == ("We will not raise taxes.", True)


# speaker after the quotation


def test_pl_speaker_after_quote() -> None:
    claim = only(ledger_of("„Nie podniesiemy podatków” – powiedział minister Jan Kowalczyk."), "Kowalczyk")
    assert (claim.text, claim.direct) == ("Nie podniesiemy podatków", True)


def test_en_speaker_after_quote_with_inverted_verb() -> None:
    claim = only(ledger_of('"We will not raise taxes," said Mayor John Carter.'), "Carter", "en")
    assert claim.text == "We will not raise taxes"


def test_en_speaker_after_quote() -> None:
    claim = only(ledger_of('"We will not raise taxes," John Carter said on Monday.'), "Carter", "en")
    assert claim.text == "We will not raise taxes"


# inverted attribution of reported speech


def test_pl_inverted_attribution_names_the_paper() -> None:
    ledger = ledger_of("Rząd podniesie akcyzę na paliwa – podał w piątek „Kurier Poranny”.")
    claim = only(ledger, "Kurier Poranny")
    assert (claim.act, claim.text, claim.direct) == ("reports", "Rząd podniesie akcyzę na paliwa", False)


def test_en_inverted_attribution_at_sentence_end() -> None:
    claim = only(ledger_of("The city will raise fuel duty next year, the Daily Ledger reported on Friday."), "Daily Ledger", "en")
    assert (claim.act, claim.text) == ("reports", "The city will raise fuel duty next year")


# dash-introduced speech pointing back at the previous speaker


def test_pl_dash_introduced_reply_belongs_to_previous_speaker_via_paper() -> None:
    text = (
        "Spółka Nordex odpowiedziała na pytania gazety, zaprzeczając doniesieniom. "
        "„To nieprawda” – taką odpowiedź cytował „Kurier Poranny”."
    )
    claim = only(ledger_of(text), "Nordex")
    assert (claim.text, claim.act, claim.via) == ("To nieprawda", "denies", "Kurier Poranny")


def test_en_quote_with_statement_quoted_by_paper() -> None:
    text = 'Nordex rejected the report. "That is untrue," the company said in a reply quoted by the Daily Ledger.'
    claims = ledger_of(text).for_party("Nordex", "en")
    assert claims[-1].text == "That is untrue" and claims[-1].via == "Daily Ledger"


# że / that clauses


def test_pl_indirect_speech_in_ze_clause() -> None:
    claim = only(ledger_of("Rzeczniczka ratusza Ewa Malinowska poinformowała, że remont mostu potrwa do maja."), "Malinowska")
    assert (claim.act, claim.text, claim.direct) == ("reports", "remont mostu potrwa do maja", False)


def test_en_indirect_speech_in_that_clause() -> None:
    claim = only(ledger_of("City spokeswoman Eve Mallory warned that the bridge repairs would last until May."), "Mallory", "en")
    assert (claim.act, claim.text) == ("warns", "the bridge repairs would last until May")


# według / zdaniem / w ocenie / according to / in her view


def test_pl_wedlug_source() -> None:
    claim = only(ledger_of("Według Instytutu Badań Rynku, ceny mieszkań wzrosną o pięć procent."), "Instytut Badań Rynku")
    assert claim.text == "ceny mieszkań wzrosną o pięć procent"


def test_pl_zdaniem_source_is_an_assessment() -> None:
    claim = only(ledger_of("Zdaniem ekonomistów banku Nordbank inflacja spadnie w przyszłym roku."), "Nordbank")
    assert (claim.act, claim.text) == ("assesses", "inflacja spadnie w przyszłym roku")


def test_pl_w_ocenie_source() -> None:
    claim = only(ledger_of("W ocenie Komisji Nadzoru Portowego, terminal działał bez zezwolenia."), "Komisja Nadzoru Portowego")
    assert (claim.act, claim.text) == ("assesses", "terminal działał bez zezwolenia")


def test_en_according_to_source_at_start_and_end() -> None:
    ledger = ledger_of("According to the ministry, exports fell by 3%. Prices rose sharply, according to Statline.")
    assert [c.text for c in ledger.claims] == ["exports fell by 3%", "Prices rose sharply"]


# pronouns and pro-drop pointing at the previous speaker


def test_pl_pronoun_source_points_to_previous_speaker() -> None:
    text = "Prezes Nordbanku Adam Zieliński ostrzegł, że stopy wzrosną. W jego ocenie rynek jest przegrzany."
    claims = ledger_of(text).for_party("Zieliński", "pl")
    assert [(c.act, c.text) for c in claims] == [("warns", "stopy wzrosną"), ("assesses", "rynek jest przegrzany")]


def test_pl_pro_drop_verb_after_quote_points_to_previous_speaker() -> None:
    text = "Ewa Malinowska powiedziała, że most będzie zamknięty. „Objazdy są oznakowane” – dodała."
    assert [c.text for c in ledger_of(text).for_party("Malinowska", "pl")] == ["most będzie zamknięty", "Objazdy są oznakowane"]


def test_en_pronoun_subject_points_to_previous_speaker() -> None:
    text = "Eve Mallory said the bridge would close. She added that detours were signposted. In her view, the works were overdue."
    claims = ledger_of(text).for_party("Mallory", "en")
    assert [c.text for c in claims][1:] == ["detours were signposted", "the works were overdue"]


# headings


def test_pl_heading_summarising_a_denial() -> None:
    ledger = ledger_of("Nordex zaprzecza: „to nieprawda”\nSpółka Nordex odrzuciła w piątek zarzuty.\n")
    claim = ledger.for_party("Nordex", "pl")[0]
    assert (claim.paragraph, claim.text, claim.stance) == (1, "to nieprawda", "denies")


def test_en_heading_summarising_a_denial() -> None:
    ledger = ledger_of('Nordex denies report: "this is untrue"\nNordex rejected the report on Friday.\n')
    claim = ledger.for_party("Nordex", "en")[0]
    assert (claim.paragraph, claim.text, claim.stance) == (1, "this is untrue", "denies")


# via


def test_pl_cited_by_paper_is_via() -> None:
    text = "Ekonomista Piotr Sowa cytowany przez „Kurier Poranny” powiedział, że ceny spadną."
    assert only(ledger_of(text), "Sowa").via == "Kurier Poranny"


def test_pl_agency_citing_a_statement_gives_the_statement_to_its_owner() -> None:
    text = "Agencja Reutera cytowała oświadczenie Nordexu, w którym napisano, że „spółka działa zgodnie z prawem”."
    claim = only(ledger_of(text), "Nordex")
    assert (claim.via, claim.text, claim.direct) == ("Reuters", "spółka działa zgodnie z prawem", True)


def test_en_told_agency_is_via() -> None:
    claim = only(ledger_of("Nordex chief executive Ann Lee told Reuters that sales had doubled."), "Ann Lee", "en")
    assert (claim.via, claim.text) == ("Reuters", "sales had doubled")


# stance


def test_pl_dismissal_is_a_denial() -> None:
    claim = only(ledger_of("„Te zarzuty są bezpodstawne” – powiedział prezes Nordexu Adam Zieliński."), "Zieliński")
    assert (claim.stance, claim.act) == ("denies", "denies")


def test_en_plain_statement_is_neutral() -> None:
    claim = only(ledger_of('"Sales doubled this year," said Nordex chief executive Ann Lee.'), "Ann Lee", "en")
    assert (claim.stance, claim.act) == ("neutral", "says")


# precision


def test_sentence_without_attribution_has_no_claims() -> None:
    assert ledger_of("Most w Gdańsku zamknięto w poniedziałek. Objazdy prowadzą przez centrum.").claims == ()


def test_capitalised_place_is_never_a_speaker() -> None:
    assert ledger_of("W Warszawie powiedziano wiele, ale nikt nie wie, co dalej.").claims == ()
