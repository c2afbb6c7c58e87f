"""Word lists for attribution, keyed by dictionary lemma (Morfeusz for Polish, simplemma for English).

Inflected forms never appear here: "zaprzeczając", "zaprzeczyła" and
"zaprzeczali" all reach ``zaprzeczać``/``zaprzeczyć`` through the analyser.
"""

from __future__ import annotations


def words_of(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


def _table(groups: dict[str, frozenset[str]]) -> dict[str, str]:
    return {lemma: act for act, words in groups.items() for lemma in words}


# Reporting verbs -> act.  Both aspects of a Polish verb are listed (dodać/dodawać).
REPORTING_VERBS: dict[str, dict[str, str]] = {
    "pl": _table(
        {
            "says": words_of(
                "powiedzieć mówić oświadczyć oświadczać stwierdzić stwierdzać dodać dodawać podkreślić podkreślać "
                "zaznaczyć zaznaczać odpowiedzieć odpowiadać wyjaśnić wyjaśniać przyznać przyznawać twierdzić "
                "skomentować komentować napisać pisać przekonywać wskazać wskazywać argumentować tłumaczyć "
                "zauważyć zauważać ogłosić ogłaszać przypomnieć przypominać powtórzyć powtarzać zadeklarować "
                "deklarować zapowiedzieć zapowiadać sugerować zasugerować potwierdzić potwierdzać uzasadniać "
                "zwrócić zwracać wspomnieć wspominać odeprzeć odpierać skarżyć poskarżyć uskarżać narzekać ponarzekać"
            ),
            "reports": words_of(
                "podać podawać poinformować informować przekazać przekazywać donieść donosić relacjonować ujawnić "
                "ujawniać opisać opisywać raportować"
            ),
            "denies": words_of(
                "zaprzeczyć zaprzeczać zdementować dementować odrzucić odrzucać zanegować negować zakwestionować kwestionować"
            ),
            "warns": words_of("ostrzec ostrzegać przestrzec przestrzegać alarmować zaalarmować"),
            "assesses": words_of("ocenić oceniać uznać uznawać oszacować szacować prognozować przewidywać uważać sądzić"),
            "cautions": words_of("zastrzec zastrzegać"),
            "requests": words_of("zaapelować apelować wezwać wzywać zażądać żądać poprosić prosić domagać postulować"),
            "cites": words_of("cytować zacytować powołać powoływać przytoczyć przytaczać"),
            "accuses": words_of("oskarżyć oskarżać zarzucić zarzucać obwinić obwiniać skrytykować krytykować"),
            "assures": words_of("zapewnić zapewniać zagwarantować gwarantować obiecać obiecywać uspokajać uspokoić"),
        }
    ),
    "en": _table(
        {
            "says": words_of(
                "say tell state add note explain claim insist argue comment respond reply write announce confirm "
                "acknowledge admit stress emphasise emphasize point remark declare complain call"
            ),
            "reports": words_of("report disclose reveal"),
            "denies": words_of("deny reject dismiss refute dispute"),
            "warns": words_of("warn"),
            "assesses": words_of("assess estimate believe predict conclude"),
            "cautions": words_of("caution"),
            "requests": words_of("urge demand request appeal"),
            "cites": words_of("cite quote"),
            "accuses": words_of("accuse blame allege criticise criticize"),
            "assures": words_of("assure promise reassure pledge guarantee"),
        }
    ),
}

# "Zwrócić" only reports in "zwrócić uwagę" (point out) or "zwrócić się do … (by)" (ask); "skarżyć" only in
# "skarżyć się" (complain: "Mieszkańcy skarżą się, że …"), not "skarżyć decyzję" (appeal against it).
NEEDS_OBJECT: dict[str, tuple[str, ...]] = {"zwrócić": ("uwaga", "się"), "zwracać": ("uwaga", "się"), "point": ("out",)}
NEEDS_OBJECT |= dict.fromkeys(("skarżyć", "poskarżyć", "uskarżać"), ("się",))
# Verbs that report speech only with a quotation right after their object: 'called the ruling "a victory"'
# (not "called a strike").
QUOTE_OBJECT = frozenset(["call"])
# Verbs whose reflexive form asks rather than says: "zwrócił się do ministra o …".
REFLEXIVE_REQUESTS = frozenset(["zwrócić", "zwracać"])

# Nouns naming a statement: "cytowała oświadczenie Kormeksu", "taką odpowiedź", "in a statement".
STATEMENT_NOUNS = {
    "pl": words_of("deklaracja komentarz komunikat list odpowiedź opinia oświadczenie stanowisko słowo wpis wypowiedź"),
    "en": words_of("comment communique letter post remark reply response statement word"),
}

# Common nouns that can head a speaker phrase ("chińska ambasada", "the ministry's spokesman").
AGENT_NOUNS = {
    "pl": words_of(
        "starosta wójt sołtys komendant sędzia sędzina rektor dziekan proboszcz biskup trener zawodnik piłkarz kapitan "
        "ordynator kierownik kierowniczka koordynator inspektor policjant żołnierz nauczyciel nauczycielka pielęgniarka "
        "profesor prawnik związkowiec założyciel właściciel konsultant konsultantka specjalista specjalistka "
        "radny radna działacz działaczka aktywista aktywistka "
        "adwokat agencja ambasada ambasador analityczka analityk armia autor autorka badacz badaczka bank "
        "biuro burmistrz członek departament doradca doradczyni dowództwo dyplomata dyrektor dyrektorka "
        "dziennik ekonomista ekonomistka ekspert ekspertka firma fundacja gazeta grupa gubernator "
        "inspekcja instytut inwestor kancelaria kanclerz koalicja komisja komitet koncern kongres lekarka "
        "lekarz marszałek media mieszkaniec minister ministerstwo ministra nadzór naukowiec obrońca "
        "operator opozycja organizacja parlament partia pełnomocnik platforma policja polityk portal "
        "poseł posłanka premier prezes prezydent producent prokurator prokuratura przedstawiciel "
        "przedstawicielka przewodnicząca przewodniczący rada radio ratownik redakcja regulator resort "
        "rzeczniczka rzecznik rząd sejm sekretarz senat senator serwis spółka stacja stowarzyszenie straż "
        "strażak szef szefowa szpital sztab sąd służba telewizja tygodnik uczelnia uniwersytet urząd "
        "urzędniczka urzędnik wiceminister wicepremier wojewoda wojsko wywiad władza związek świadek "
        "źródło ubezpieczyciel przewoźnik dostawca wykonawca rolnik pracownik rybak kierowca pasażer pacjent "
        # deputies and the feminine forms news writes ("Wiceprzewodnicząca partii X dodała", "zastępczyni burmistrza")
        "zastępca zastępczyni prezeska mecenas prokuratorka wiceprzewodniczący wiceprzewodnicząca wiceprezes "
        "wiceprezeska wiceburmistrz wicemarszałek wicewojewoda wiceprezydent wicedyrektor wicedyrektorka"
    ),
    "en": words_of(
        "sheriff coach player captain teacher nurse judge inspector commander bishop priest manager founder owner "
        "insurer carrier supplier contractor "
        "professor consultant specialist "
        "councillor councilor legislator politician campaigner activist protester prosecutor "
        "adviser advisor agency ambassador analyst army attorney authority bank board broadcaster ceo "
        "chairman chairwoman chief commission committee company council court daily department diplomat "
        "director doctor economist embassy executive expert firm government governor group head "
        "investigator lawmaker lawyer manufacturer mayor military minister ministry newspaper office "
        "officer official operator outlet paper party police president prosecutor publication regulator "
        "representative researcher resident scientist senator source spokesman spokesperson spokeswoman "
        "union watchdog witness employee worker engineer fisherman farmer "
        "author co-author leader organiser organizer physician surgeon epidemiologist deputy"
    ),
}

# English role nouns and their Polish equivalents (lemmas; a phrase needs all its words), so that "the
# insurer" asked of a Polish article meets "ubezpieczyciela upraw" and "the Prime Minister" is known to be
# absent when no "premier" is in it.  Closed-class news vocabulary, not a dictionary.
ROLE_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "prime minister": ("premier",),
    "deputy minister": ("wiceminister",),
    "minister": ("minister", "ministra"),
    "ministry": ("ministerstwo", "resort"),
    "spokesman": ("rzecznik",),
    "spokeswoman": ("rzeczniczka",),
    "spokesperson": ("rzecznik", "rzeczniczka"),
    "company": ("spółka", "firma", "koncern"),
    "firm": ("firma", "spółka"),
    "insurer": ("ubezpieczyciel",),
    "carrier": ("przewoźnik",),
    "operator": ("operator",),
    "manufacturer": ("producent",),
    "producer": ("producent",),
    "mayor": ("burmistrz", "prezydent miasta", "wójt"),
    "marshal": ("marszałek",),
    "governor": ("wojewoda", "gubernator"),
    "president": ("prezydent", "prezes"),
    "ceo": ("prezes",),
    "chairman": ("prezes", "przewodniczący"),
    "chairwoman": ("prezes", "przewodnicząca"),
    "director": ("dyrektor", "dyrektorka"),
    "head": ("szef", "szefowa", "prezes", "dyrektor"),
    "expert": ("ekspert", "ekspertka"),
    "economist": ("ekonomista", "ekonomistka"),
    "analyst": ("analityk", "analityczka"),
    "embassy": ("ambasada",),
    "ambassador": ("ambasador",),
    "government": ("rząd",),
    "court": ("sąd",),
    "prosecutor": ("prokurator", "prokuratura"),
    "prosecutors": ("prokurator", "prokuratura"),
    "deputy mayor": ("zastępca burmistrza", "zastępczyni burmistrza", "wiceburmistrz", "zastępca prezydenta", "wiceprezydent"),
    "deputy chairman": ("wiceprzewodniczący", "wiceprezes"),
    "deputy chairwoman": ("wiceprzewodnicząca", "wiceprezes", "wiceprezeska"),
    "vice-chair": ("wiceprzewodniczący", "wiceprzewodnicząca"),
    "association": ("stowarzyszenie",),
    "police": ("policja",),
    "union": ("związek",),
    "chamber": ("izba",),
    "council": ("rada",),
    "councillor": ("radny", "radna"),
    "councillors": ("radny", "radna"),
    "regulator": ("urząd", "regulator", "nadzór"),
    "newspaper": ("gazeta", "dziennik", "tygodnik"),
    "paper": ("gazeta", "dziennik", "tygodnik"),
    "weekly": ("tygodnik",),
    "daily": ("dziennik",),
    "agency": ("agencja",),
    "opposition": ("opozycja",),
    "residents": ("mieszkaniec",),
    "farmers": ("rolnik",),
    "doctors": ("lekarz",),
    "manager": ("menedżer", "trener", "kierownik"),
    "coach": ("trener",),
    "agent": ("agent", "menedżer"),
    "author": ("autor", "autorka"),
    # the one who leads a study's team ("kierująca zespołem dr hab. Joanna Makowska"), not all its authors
    "lead author": ("kierujący", "kierująca", "kierownik", "kierowniczka"),
    "lead researcher": ("kierujący", "kierująca", "kierownik", "kierowniczka"),
    "lawyer": ("prawnik", "adwokat", "mecenas", "obrońca", "pełnomocnik"),
    "judge": ("sędzia",),
    # a company's officers: "dyrektor finansowy" is the CFO, not any director
    "chief executive": ("prezes", "dyrektor generalny"),
    "chief executive officer": ("prezes", "dyrektor generalny"),
    "chief financial officer": ("dyrektor finansowy",),
    "cfo": ("dyrektor finansowy",),
    "finance director": ("dyrektor finansowy",),
    "finance chief": ("dyrektor finansowy",),
    # "lider opozycji" is the one introduced as "Opposition leader X", not any leader
    "opposition leader": ("lider opozycji",),
    "leader": ("lider", "przywódca", "przewodniczący", "przewodnicząca"),
    "researcher": ("badacz", "badaczka", "naukowiec"),
    "organiser": ("organizator", "organizatorka"),
}

# English titles written either way: "the CEO" is the one introduced as "Chief Executive X" (and back)
ROLE_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("ceo", "chief executive", "chief executive officer"),
    ("cfo", "chief financial officer", "finance director", "finance chief"),
)

# The roles above that name an organisation, not a person: "firma Koltrans" is Koltrans itself, so its
# name, not the role word, links it ("trener Hartwell United" is a person, not the club)
ORGANISATION_ROLES = frozenset(
    [
        "ministry",
        "company",
        "firm",
        "insurer",
        "carrier",
        "operator",
        "manufacturer",
        "producer",
        "embassy",
        "government",
        "court",
        "police",
        "union",
        "chamber",
        "council",
        "regulator",
        "newspaper",
        "paper",
        "weekly",
        "daily",
        "agency",
        "opposition",
        "association",
    ]
)

# What an English amount question measures, in Polish (lemmas; a phrase needs all its words): "the share
# price" asked of a Polish article that never quotes shares is not answered with the heating price it holds.
MEASURE_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "share price": ("kurs akcja", "notowanie", "akcja"),
    "stock price": ("kurs akcja", "notowanie", "akcja"),
    "price": ("cena", "kosztować", "kurs"),
    "cost": ("koszt", "kosztować"),
    "profit": ("zysk",),
    "earnings": ("zysk", "zarobek"),
    "revenue": ("przychód",),
    "salary": ("pensja", "wynagrodzenie", "zarobek"),
}

# "w rozmowie z PAP", "w wywiadzie dla radia", "in an interview with": where a statement was made, not who made it
INTERVIEW_NOUNS = {"rozmowa", "wywiad", "interview"}

# Words that tell an article speaks of the weather: a question about the weather ("What will the weather be
# like in Łódź?") in an article that names the city but holds none of them is not about the article.
WEATHER = {
    "pl": words_of("pogoda prognoza temperatura deszcz śnieg opad upał mróz burza wichura ulewa synoptyk"),
    "en": words_of("weather forecast temperature rain snow rainfall heat frost storm wind forecaster"),
}

# Words that dismiss an allegation: a statement built on them denies it.
DISMISSIVE = {
    "pl": words_of(
        "absurd absurdalny bezpodstawny bzdura bzdurny fałsz fałszywy insynuacja kwestionować kłamliwy "
        "kłamstwo manipulacja manipulowanie manipulować nieprawda nieprawdziwy nonsens nonsensowny "
        "oczernianie oczerniać oszczerstwo pomówienie przeinaczenie przeinaczyć przekręcenie przekręcić "
        "wymysł zmyślony złośliwy"
    ),
    "en": words_of(
        "absurd baseless distortion fabricate fabricated fabrication false groundless lie malicious "
        "misleading nonsense ridiculous slander smear unfounded untrue"
    ),
}

# Pronouns that point back at the previous speaker ("W jego ocenie", "she said").
PRONOUNS = {
    "pl": words_of("on ona one oni"),
    "en": words_of("he her him his she their them they"),
}

# Polish exonyms of wire agencies, so "Agencja Reutera" files under the agency's own name.
AGENCY_NAMES = {"reuter": "Reuters"}

# Agent nouns naming a person rather than an institution (for an entity's kind).
PERSON_NOUNS = words_of(
    "starosta wójt sołtys komendant sędzia sędzina rektor dziekan proboszcz biskup trener zawodnik piłkarz kapitan "
    "ordynator kierownik kierowniczka koordynator inspektor policjant żołnierz nauczyciel nauczycielka pielęgniarka "
    "profesor prawnik związkowiec założyciel właściciel radny radna działacz działaczka aktywista aktywistka "
    "sheriff coach player captain teacher nurse judge inspector commander bishop priest manager founder owner "
    "professor councillor councilor legislator politician campaigner activist protester "
    "rzecznik rzeczniczka minister ministra premier wicepremier wiceminister prezydent prezes szef "
    "szefowa dyrektor dyrektorka przewodniczący przewodnicząca ambasador ekspert ekspertka analityk "
    "analityczka ekonomista ekonomistka prokurator polityk poseł posłanka senator naukowiec badacz "
    "badaczka lekarz lekarka świadek mieszkaniec przedstawiciel przedstawicielka urzędnik urzędniczka "
    "dyplomata doradca doradczyni członek burmistrz wojewoda marszałek autor autorka sekretarz "
    "gubernator kanclerz adwokat pełnomocnik spokesman spokeswoman spokesperson president chief head "
    "director official ambassador expert analyst economist prosecutor lawmaker senator witness "
    "resident representative researcher scientist doctor executive ceo chairman chairwoman mayor "
    "governor officer lawyer attorney diplomat adviser advisor employee worker engineer fisherman farmer "
    "author co-author leader organiser organizer physician surgeon epidemiologist "
    "rolnik pracownik rybak kierowca pasażer pacjent deputy "
    "zastępca zastępczyni prezeska mecenas prokuratorka wiceprzewodniczący wiceprzewodnicząca wiceprezes "
    "wiceprezeska wiceburmistrz wicemarszałek wicewojewoda wiceprezydent wicedyrektor wicedyrektorka"
)

# a company's legal form after its name ("Bursztynex SA", "Veltron GmbH")
LEGAL_FORMS = frozenset({"SA", "AG", "SE", "NV", "GmbH", "Ltd", "Inc", "plc", "PLC", "LLC", "Corp"})

# Offices whose holders speak for their organisation when the article introduces them with it ("Rzecznik MEN Jan
# Kos", "wiceprzewodnicząca ZZOP", "sekretarz okręgu ZZOP", "prezes stowarzyszenia"); employees and members do not
OFFICE_NOUNS = words_of(
    "rzecznik rzeczniczka prezes prezeska wiceprezes wiceprezeska przewodniczący przewodnicząca wiceprzewodniczący "
    "wiceprzewodnicząca sekretarz dyrektor dyrektorka wicedyrektor wicedyrektorka szef szefowa minister wiceminister "
    "burmistrz wiceburmistrz zastępca zastępczyni"
)
