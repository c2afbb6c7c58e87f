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


def test_pl_speaker_after_quote_with_an_academic_title() -> None:
    claim = only(ledger_of("„Skala zjawiska nas zaskoczyła” – powiedziała dr hab. Joanna Makowska z Uniwersytetu Gdańskiego."), "Makowska")
    assert claim.text == "Skala zjawiska nas zaskoczyła"


def test_pl_speaker_after_quote_with_a_four_letter_title() -> None:
    claim = only(ledger_of("„Skala zjawiska nas zaskoczyła” – powiedział prof. Jan Kowalczyk."), "Kowalczyk")
    assert claim.text == "Skala zjawiska nas zaskoczyła"


def test_pl_speaker_after_quote_described_by_a_participle() -> None:
    claim = only(ledger_of("„Skala zjawiska nas zaskoczyła” – powiedziała kierująca zespołem Joanna Makowska."), "Makowska")
    assert claim.text == "Skala zjawiska nas zaskoczyła"


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


def test_pl_according_to_source_ends_before_a_preposition_opening_a_date() -> None:
    claim = only(ledger_of("Według resortu zdrowia od 2029 r. wodociągi będą musiały badać wodę."), "resort zdrowia")
    assert claim.text == "od 2029 r. wodociągi będą musiały badać wodę"


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


# more agency-copy forms


def test_pl_dash_dialogue_paragraph_is_direct_speech() -> None:
    text = "– Nie ma mowy o podwyżkach. Budżet jest stabilny – powiedział dziennikarzom minister finansów Jan Sowa.\n"
    claim = only(ledger_of(text), "Sowa")
    assert (claim.text, claim.direct) == ("Nie ma mowy o podwyżkach. Budżet jest stabilny", True)


def test_pl_jak_poinformowal_clause_attributes_the_rest_of_the_sentence() -> None:
    claim = only(ledger_of("Jak poinformował rzecznik policji Jan Kowal, sprawca został zatrzymany w niedzielę."), "Kowal")
    assert (claim.act, claim.text) == ("reports", "sprawca został zatrzymany w niedzielę")


def test_pl_statement_in_source_phrase_belongs_to_its_owner_in_the_nominative() -> None:
    claim = only(ledger_of("Według komunikatu policji, na autostradzie doszło do karambolu."), "policja")
    assert (claim.speaker, claim.canonical) == ("policji", "policja")


def test_pl_subject_after_platform_adverbial() -> None:
    claim = only(ledger_of("„Nie odpuścimy” – napisał na platformie X premier Jan Sowa."), "Jan Sowa")
    assert claim.text == "Nie odpuścimy"


def test_pl_genitive_noun_before_verb_is_not_a_subject() -> None:
    assert ledger_of("Wydanie nie wspominało o Wieczerzy Pańskiej ani nie odrzucało innych nauk.").claims == ()


def test_en_hearer_after_inverted_quote_is_via() -> None:
    claim = only(ledger_of('"We are reviewing the report," a Nordex spokeswoman told AFP.'), "Nordex spokeswoman", "en")
    assert claim.via == "AFP"


def test_en_title_words_before_a_name_are_its_role() -> None:
    ledger = ledger_of("Prime Minister Ann Lee told parliament on Wednesday that the deal was done.")
    claim, entity = only(ledger, "Ann Lee", "en"), ledger.entity("Ann Lee", "en")
    assert claim.text == "the deal was done"
    assert entity is not None and entity.role == "Prime Minister"


def test_en_object_of_estimate_is_not_speech() -> None:
    assert ledger_of("Analysts at Citi estimated the cost at $2 billion.").claims == ()


def test_pl_headline_with_colon_gives_the_partys_words() -> None:
    ledger = ledger_of("Sejm przyjął ustawę. Opozycja: to bubel prawny\nSejm uchwalił w piątek ustawę o ochronie ludności.\n")
    claim = only(ledger, "Opozycja")
    assert (claim.paragraph, claim.text) == (1, "to bubel prawny")


def test_pl_canonical_name_is_nominative() -> None:
    claim = only(ledger_of("Zdaniem posła Krzysztofa Bosaka ustawa daje rządowi zbyt duże uprawnienia."), "Krzysztof Bosak")
    assert (claim.speaker, claim.canonical) == ("Krzysztofa Bosaka", "Krzysztof Bosak")


def test_pl_subject_after_verb_must_agree_in_number() -> None:
    text = "Mieszkańcy blokowali drogę. Domagali się od premiera Jana Kowalskiego dotrzymania obietnicy, że droga powstanie."
    assert ledger_of(text).for_party("Kowalski", "pl") == ()


def test_pl_reference_in_brackets_is_not_a_statement() -> None:
    assert ledger_of("Liczy się wskaźnik filtracji (według Cockrofta-Gaulta) i wiek dawcy.").claims == ()


def test_pl_fronted_object_of_napisac_is_not_speech() -> None:
    assert ledger_of("Wszystkie te dzieła, wraz z pamiętnikami, napisał Casanova po francusku.").claims == ()


def test_pl_source_phrase_cited_by_author_is_via() -> None:
    claim = ledger_of("Według wspomnień żołnierzy AK, cytowanych przez Jana Sowę, barykady broniło 200 osób.").claims[0]
    assert (claim.text, claim.via) == ("barykady broniło 200 osób", "Jan Sowa")


def test_en_name_in_apposition_after_role_is_the_speaker() -> None:
    ledger = ledger_of('"Fines alone will not fix markets," its director general, Tomas Berg, said.')
    claim, entity = only(ledger, "Tomas Berg", "en"), ledger.entity("Berg", "en")
    assert (claim.text, claim.direct) == ("Fines alone will not fix markets", True)
    assert entity is not None and entity.role == "its director general"


def test_en_second_quote_after_attribution_is_a_new_claim_of_the_same_speaker() -> None:
    text = '"Rivals were shut out," EU competition chief Maria Lind told reporters. "This harmed consumers."'
    assert [c.text for c in ledger_of(text).for_party("Maria Lind", "en")] == ["Rivals were shut out", "This harmed consumers."]


def test_en_lawyers_for_a_company_are_not_the_company() -> None:
    ledger = ledger_of("Veltron said it would appeal. Lawyers for Veltron argued that the rebates were legal discounts.")
    assert ledger.for_party("Veltron", "en")[0].speaker == "Veltron"
    assert [c.canonical for c in ledger.claims] == ["Veltron", "Lawyers for Veltron"]


def test_en_rejecting_an_offer_is_not_a_denial() -> None:
    assert ledger_of("The Commission rejected a settlement offer in January.").claims == ()


def test_pl_subject_after_a_statement_noun_phrase_is_the_speaker() -> None:
    claim = only(ledger_of("W komunikacie resort podkreślił, że sytuacja jest pod kontrolą."), "resort")
    assert claim.text == "sytuacja jest pod kontrolą"


def test_pl_court_named_by_its_city_is_one_speaker() -> None:
    claim = only(ledger_of("Sąd Okręgowy w Krakowie uznał, że oskarżony działał umyślnie."), "Sąd Okręgowy w Krakowie")
    assert (claim.act, claim.speaker) == ("assesses", "Sąd Okręgowy w Krakowie")


def test_pl_role_shares_the_case_of_the_name() -> None:
    entity = ledger_of("„Nie ma zagrożenia” – napisała w mediach społecznościowych posłanka Lewicy Anna Nowacka.").entity("Nowacka", "pl")
    assert entity is not None and entity.role == "posłanka Lewicy"


def test_pl_told_the_agency_is_via() -> None:
    claim = only(ledger_of("Rzeczniczka spółki Anna Mróz poinformowała PAP, że pociągi kursują."), "Anna Mróz")
    assert claim.via == "PAP"


def test_pl_verb_after_i_shares_the_subject_of_the_verb_before() -> None:
    claim = only(ledger_of("Minister Jan Sowa przyjechał do Gdańska i zapowiedział, że port zostanie rozbudowany."), "Jan Sowa")
    assert claim.text == "port zostanie rozbudowany"


def test_en_verb_after_but_shares_the_subject() -> None:
    claim = only(ledger_of("Consumer group BEUC welcomed the fine but warned that markets remained broken."), "BEUC", "en")
    assert (claim.act, claim.text) == ("warns", "markets remained broken")


def test_pl_second_conjunct_with_its_own_subject() -> None:
    claim = only(ledger_of("Rząd przyjął projekt i rzecznik zapowiedział, że ustawa wejdzie w życie."), "rzecznik")
    assert claim.speaker == "rzecznik"


def test_pl_jak_dodal_without_subject_is_the_previous_speaker() -> None:
    text = "Jan Sowa powiedział, że to koniec. Jak dodał, nikt nie zostanie zwolniony."
    assert [c.text for c in ledger_of(text).for_party("Sowa", "pl")] == ["to koniec", "nikt nie zostanie zwolniony"]


def test_en_capitalised_first_word_before_an_agent_noun_is_not_a_name() -> None:
    claim = only(ledger_of("Opposition councillors argued that the money should go to bus depots."), "Opposition councillors", "en")
    assert claim.text == "the money should go to bus depots"


def test_en_told_the_broadcaster_is_via() -> None:
    claim = only(ledger_of("Ann Lee told the BBC that the plan was dead."), "Ann Lee", "en")
    assert (claim.via, claim.text) == ("BBC", "the plan was dead")


def test_en_bare_clause_after_role_and_name_in_apposition() -> None:
    claim = only(ledger_of("The minister's spokesman, John Reed, said the talks would resume."), "John Reed", "en")
    assert claim.text == "the talks would resume"


def test_pl_citing_a_source_is_a_cites_claim() -> None:
    text = "Rząd podniesie akcyzę – podał „Kurier Poranny”, powołując się na raport ministerstwa finansów."
    cites = [c for c in ledger_of(text).for_party("Kurier Poranny", "pl") if c.act == "cites"]
    assert [c.text for c in cites] == ["raport ministerstwa finansów"]


def test_en_citing_sources_is_a_cites_claim() -> None:
    claims = ledger_of("The Daily Ledger reported that the plant would close, citing two company documents.").claims
    assert [(c.act, c.text) for c in claims] == [("reports", "the plant would close"), ("cites", "two company documents")]


def test_en_report_in_a_source_phrase_belongs_to_its_owner() -> None:
    claim = ledger_of("According to the authority's report, a tank leaked solvent into the bay.").claims[0]
    assert (claim.speaker, claim.text) == ("the authority", "a tank leaked solvent into the bay")


def test_en_auxiliary_before_the_verb_is_not_part_of_the_subject() -> None:
    claim = only(ledger_of("Inspectors had warned that the valves were corroded."), "Inspectors", "en")
    assert claim.speaker == "Inspectors"


def test_uncontested_lead_report_is_neutral() -> None:
    text = (
        "Zarząd zawiesił pracę oddziału – poinformował starosta Adam Wierzbicki.\n"
        "Dyrektor Jan Sowa zaprzeczył, że budynek zostanie sprzedany.\n"
    )
    assert [c.stance for c in ledger_of(text).claims] == ["neutral", "denies"]


def test_en_relative_clause_between_name_and_verb_keeps_the_speaker_and_gives_the_role() -> None:
    text = "Fishermen welcomed the fine. Tomas Reyd, who chairs the Calder Fishers' Cooperative, said the spill had cost them a season."
    ledger = ledger_of(text)
    claim, entity = only(ledger, "Tomas Reyd", "en"), ledger.entity("Reyd", "en")
    assert claim.text == "the spill had cost them a season"
    assert entity is not None and (entity.kind, entity.role) == ("person", "who chairs the Calder Fishers' Cooperative")


def test_pl_relative_clause_between_name_and_verb_keeps_the_speaker_and_gives_the_role() -> None:
    ledger = ledger_of("Spór trwa od miesięcy. Jan Nowak, który kieruje związkiem, powiedział, że strajk potrwa do piątku.")
    claim, entity = only(ledger, "Jan Nowak"), ledger.entity("Nowak", "pl")
    assert claim.text == "strajk potrwa do piątku"
    assert entity is not None and entity.role == "który kieruje związkiem"


def test_pl_apposition_between_name_and_verb_keeps_the_speaker() -> None:
    claim = only(ledger_of("Spór trwa od miesięcy. Jan Nowak, prezes spółki, zapowiedział, że zakład zostanie zamknięty."), "Jan Nowak")
    assert claim.text == "zakład zostanie zamknięty"


def test_en_article_before_a_descriptor_does_not_make_another_party() -> None:
    ledger = ledger_of("Residents oppose the plan. A spokesman said the plan was flawed. The spokesman added that talks would go on.")
    assert {c.canonical for c in ledger.claims} == {"spokesman"}


def test_en_regulator_refers_to_the_named_authority_of_the_lead() -> None:
    text = (
        "Port fined over spill, regulator says\n"
        "The Marine Safety Authority fined the port 4 million dollars on Tuesday, the regulator said in a statement.\n"
    )
    assert [c.canonical for c in ledger_of(text).claims] == ["Marine Safety Authority", "Marine Safety Authority"]


def test_pl_headline_descriptor_is_the_party_the_article_names_by_it() -> None:
    text = (
        "Urząd nałożył karę. Nadzór: to poważne naruszenie\n"
        "Urząd Dozoru Technicznego nałożył karę na spółkę. Nadzór podkreślił, że naruszenie było poważne.\n"
    )
    assert {c.canonical for c in ledger_of(text).claims} == {"Urząd Dozoru Technicznego"}


def test_en_which_clause_between_organisation_and_verb_keeps_the_speaker() -> None:
    claim = only(ledger_of("The plant closed in May. Veltron, which runs the plant, said the closure would last a year."), "Veltron", "en")
    assert claim.text == "the closure would last a year"


# a subject the ledger must not lose


def test_pl_subject_before_the_statement_it_spoke_in_is_the_speaker() -> None:
    text = (
        "„Nic nie ukrywaliśmy” – oświadczyła rzeczniczka spółki Anna Kos.\n"
        "Ministerstwo Zdrowia w przesłanym PAP komunikacie zapewniło, że nie otrzymało skarg.\n"
    )
    claim = only(ledger_of(text), "Ministerstwo Zdrowia")
    assert claim.text == "nie otrzymało skarg"


def test_pl_genitives_joined_by_i_stay_one_name() -> None:
    claim = only(ledger_of("Ministerstwo Klimatu i Środowiska poinformowało, że przygotowuje program osłonowy.\n"), "Ministerstwo")
    assert claim.canonical == "Ministerstwo Klimatu i Środowiska"


def test_pl_person_from_an_institution_of_two_genitives_is_the_speaker() -> None:
    text = "Dr Ewa Mróz z Instytutu Meteorologii i Gospodarki Wodnej wyjaśniła, że susza jest trzecią z rzędu.\n"
    assert only(ledger_of(text), "Ewa Mróz").text == "susza jest trzecią z rzędu"


def test_pl_lone_surname_that_is_also_a_common_noun_speaks() -> None:
    text = "Prezes izby Jan Kowalczyk mówił o stratach.\nKowalczyk ocenił, że pomoc jest za mała.\n"
    claim = only(ledger_of(text), "Kowalczyk")
    assert (claim.canonical, claim.text) == ("Jan Kowalczyk", "pomoc jest za mała")


# descriptors and entities


def test_pl_company_noun_refers_to_the_company_named_with_its_legal_form_not_the_radio_before() -> None:
    text = (
        "Prezes Jan Nowak powiedział Polskiemu Radiu Lublin, że rolnicy czekają.\n"
        "Rolnicy skarżą się na Agroplon SA, największego w regionie ubezpieczyciela upraw.\n"
        "Spółka zaprzecza, jakoby opóźniała wypłaty.\n"
    )
    ledger = ledger_of(text)
    denial = next(c for c in ledger.claims if c.stance == "denies")
    assert denial.canonical == "Agroplon SA"
    entity = next(e for e in ledger.entities if e.canonical == "Agroplon SA")
    assert entity.role == "największego w regionie ubezpieczyciela upraw"


def test_pl_wedlug_source_ends_before_the_subject_of_the_clause() -> None:
    claim = only(ledger_of("Według przewoźnika opóźnienia obejmą przede wszystkim podróżnych do Słupska.\n"), "przewoźnik")
    assert (claim.speaker, claim.text) == ("przewoźnika", "opóźnienia obejmą przede wszystkim podróżnych do Słupska")


def test_pl_dialogue_told_to_an_agency_is_the_introduced_persons_not_the_agencys() -> None:
    text = (
        "Dr Jan Nowak ocenił, że to poważny sygnał.\n"
        "Innego zdania jest prof. Anna Kos, była członkini komisji. – To bardzo długo. "
        "Przewoźnik powinien był dostać informację w ciągu kilku dni – powiedziała PAP.\n"
    )
    claim = only(ledger_of(text), "Anna Kos")
    assert (claim.text, claim.direct, claim.via) == (
        "To bardzo długo. Przewoźnik powinien był dostać informację w ciągu kilku dni",
        True,
        "PAP",
    )


def test_pl_feminine_verb_is_not_filed_under_the_man_who_spoke_before() -> None:
    text = "Minister Jan Kos przyjechał do Gdańska i zapowiedział, że nic się nie zmieni.\n– Nie będzie podwyżek – powiedziała.\n"
    assert [c.canonical for c in ledger_of(text).claims] == ["Jan Kos"]


def test_pl_pronoun_after_a_person_introduced_without_words_is_that_person() -> None:
    text = (
        "Dr Ewa Mróz wyjaśniła, że susza jest trzecią z rzędu.\n"
        "Podobnie uważa prof. Jerzy Malinowski z Uniwersytetu Przyrodniczego. W jego opinii rolnicy powinni dostać dopłaty.\n"
    )
    claim = only(ledger_of(text), "Malinowski")
    assert claim.text == "rolnicy powinni dostać dopłaty"


def test_pl_source_phrase_keeps_genitives_joined_by_i() -> None:
    text = "Według Ministerstwa Spraw Wewnętrznych i Administracji nowe przepisy wejdą w życie w styczniu.\n"
    claim = ledger_of(text).claims[0]
    assert (claim.speaker, claim.text) == ("Ministerstwa Spraw Wewnętrznych i Administracji", "nowe przepisy wejdą w życie w styczniu")


def test_pl_source_phrase_ends_before_the_object_of_a_negated_verb() -> None:
    claim = ledger_of("Według rzecznika z ministerstwa podwyżek nie będzie w tym roku.\n").claims[0]
    assert (claim.speaker, claim.text) == ("rzecznika z ministerstwa", "podwyżek nie będzie w tym roku")


def test_pl_noun_qualified_by_a_place_is_the_speaker_not_the_place() -> None:
    claim = ledger_of("Zespół z Gdańska zapowiada, że kolejne badania ruszą jesienią.\n").claims[0]
    assert (claim.speaker, claim.text) == ("Zespół z Gdańska", "kolejne badania ruszą jesienią")


def test_pl_plural_only_name_of_surname_words_is_an_organisation() -> None:
    text = "Koleje Mazowieckie poinformowały, że pociągi pojadą objazdem przez dwa tygodnie.\n"
    entity = ledger_of(text).entity("Koleje Mazowieckie", "pl")
    assert entity is not None and entity.kind == "organisation"


def test_pl_sentence_opening_agent_noun_with_a_place_homonym_is_no_named_entity() -> None:
    text = "Remont trwa od maja. Przewoźnik powinien był dostać pełną informację w ciągu kilku dni.\n"
    assert ledger_of(text).entities == ()


def test_pl_source_phrase_keeps_a_genitive_when_the_negated_verb_has_its_own_object() -> None:
    claim = ledger_of("Według rzecznika z ministerstwa zdrowia nie będzie podwyżek w tym roku.\n").claims[0]
    assert (claim.speaker, claim.text) == ("rzecznika z ministerstwa zdrowia", "nie będzie podwyżek w tym roku")


def test_pl_source_phrase_keeps_a_capitalised_name_before_a_negated_verb() -> None:
    claim = ledger_of("Według rzecznika Ministerstwa Zdrowia nie będzie podwyżek w tym roku.\n").claims[0]
    assert claim.text == "nie będzie podwyżek w tym roku"


def test_pl_noun_qualified_by_a_genitive_place_is_a_nominative_subject() -> None:
    claim = ledger_of("Delegacja z Chin zapowiedziała, że wróci w maju.\n").claims[0]
    assert (claim.speaker, claim.text) == ("Delegacja z Chin", "wróci w maju")


def test_pl_speaker_described_by_an_apposition_with_a_consultant_before_the_verb() -> None:
    text = "Wojewoda Adam Nowak zapowiedział kontrolę. Prof. Jan Kowalski, konsultant ds. budownictwa, ocenił, że most jest bezpieczny."
    claim = ledger_of(text).claims[-1]
    assert (claim.canonical, claim.text) == ("Jan Kowalski", "most jest bezpieczny")


def test_pl_zdaniem_source_skips_the_apposition_about_the_source() -> None:
    claim = only(ledger_of("Zdaniem dr Anny Wrzos, specjalistki od prawa budowlanego z Politechniki, most jest bezpieczny."), "Wrzos")
    assert claim.text == "most jest bezpieczny"


def test_pl_wedlug_source_skips_a_relative_clause_about_the_source() -> None:
    claim = only(ledger_of("Według ekspertów, z którymi rozmawialiśmy, remont potrwa do wiosny."), "eksperci")
    assert claim.text == "remont potrwa do wiosny"


def test_pl_wedlug_source_keeps_a_subject_after_the_comma() -> None:
    claim = only(ledger_of("Według policji, kierowca był trzeźwy, a samochód sprawny."), "policja")
    assert claim.text == "kierowca był trzeźwy, a samochód sprawny"


def test_pl_dash_speech_told_to_a_medium_is_said_by_the_one_named_after_it() -> None:
    text = "Gazeta opisała sprawę. „Wszyscy o tym wiedzieli” – powiedział tygodnikowi jeden z byłych pracowników."
    claim = ledger_of(text).claims[-1]
    assert (claim.canonical, claim.text) == ("jeden z byłych pracowników", "Wszyscy o tym wiedzieli")


def test_pl_adverb_between_subject_and_verb_is_not_part_of_the_speaker() -> None:
    claim = only(ledger_of("Spółka Nordex stanowczo zaprzecza tym doniesieniom."), "Nordex")
    assert claim.speaker == "Nordex"


def test_pl_a_participle_after_a_verb_of_no_speech_is_its_subjects() -> None:
    ledger = ledger_of(
        "– Nie mamy innego wyjścia – powiedział rzecznik spółki Kormex Adam Nowicki.\n"
        "Sąd Okręgowy w Poznaniu oddalił pozew związku, uznając, że zwolnienia były zgodne z prawem.\n"
    )
    claim = next(c for c in ledger.claims if "zgodne z prawem" in c.text)
    assert claim.canonical == "Sąd Okręgowy w Poznaniu"
