"""Word lists for attribution, keyed by dictionary lemma (Morfeusz for Polish, simplemma for English); the words
for who speaks (roles, offices) are in ``knowledge/roles.py``.

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
