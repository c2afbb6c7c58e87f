"""Word lists for who speaks: the nouns heading a speaker phrase, persons' roles, offices, legal forms, and the
English roles' Polish equivalents and spellings (lemmas, as in ``knowledge/lexicon.py``)."""

from __future__ import annotations

from knowledge.lexicon import words_of

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
