"""A deterministic generator of agency-style news articles, Polish and English.

The archive benchmark needs thousands of varied articles without the network
and without shipping anyone's texts, so it composes them from templates and word
lists with a fixed seed: every article has its own people, companies, places,
figures and quotes, and ``questions`` knows which article answers what.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

_SYL = ["ka", "ro", "mi", "le", "wa", "to", "ne", "sz", "ber", "dan", "gor", "lin", "mar", "pol", "ski", "tre", "vel", "zan", "bro", "chu"]
_PL_FIRST_M = ["Jan", "Piotr", "Marek", "Tomasz", "Andrzej", "Paweł", "Krzysztof", "Michał", "Adam", "Rafał", "Jacek", "Wojciech"]
_PL_FIRST_F = ["Anna", "Maria", "Katarzyna", "Agnieszka", "Joanna", "Ewa", "Magdalena", "Barbara", "Monika", "Zofia", "Alicja"]
_EN_FIRST = ["John", "Mary", "David", "Sarah", "Michael", "Laura", "James", "Emma", "Robert", "Olivia", "Daniel", "Grace", "Peter"]
_PL_CITIES = ["Warszawa", "Kraków", "Gdańsk", "Poznań", "Wrocław", "Łódź", "Lublin", "Szczecin", "Katowice", "Białystok", "Rzeszów"]
_EN_CITIES = ["London", "Brussels", "Frankfurt", "Chicago", "Toronto", "Sydney", "Dublin", "Geneva", "Singapore", "Houston", "Denver"]
_SECTORS = [
    ("energia", "energii", "energy"),
    ("kolej", "kolei", "rail"),
    ("stal", "stali", "steel"),
    ("bankowość", "bankowości", "banking"),
    ("telekomunikacja", "telekomunikacji", "telecoms"),
    ("farmacja", "farmacji", "pharmaceuticals"),
    ("rolnictwo", "rolnictwa", "farming"),
    ("żegluga", "żeglugi", "shipping"),
    ("budownictwo", "budownictwa", "construction"),
    ("lotnictwo", "lotnictwa", "aviation"),
]
_PL_VERBS = ["zapowiedziała", "ogłosiła", "potwierdziła", "rozważa", "przygotowuje"]
_PL_PLANS = ["przejęcie", "budowę zakładu", "emisję obligacji", "redukcję zatrudnienia", "wejście na giełdę", "sprzedaż udziałów"]
_EN_PLANS = ["a takeover", "a new plant", "a bond issue", "job cuts", "a stock market listing", "a stake sale"]
_PL_BACKGROUND = [
    "W ubiegłym roku sektor {s1} w Polsce wzrósł o {n1} proc., wynika z danych GUS.",
    "Eksperci zwracają uwagę, że koszty finansowania w branży {s1} rosną od {n2} kwartałów.",
    "Urząd Ochrony Konkurencji i Konsumentów może badać transakcję nawet {n1} miesięcy.",
    "Grupa zatrudnia około {n3} osób w {n1} zakładach w kraju i za granicą.",
    "Poprzedni plan inwestycyjny spółki zakładał nakłady rzędu {n3} mln zł do końca dekady.",
    "Rada nadzorcza ma zająć się sprawą na posiedzeniu w przyszłym miesiącu.",
    "Kurs akcji spółki spadł od początku roku o {n2} proc., podczas gdy indeks WIG20 zyskał {n1} proc.",
    "Według źródeł zbliżonych do zarządu rozmowy z bankami trwają od {n2} tygodni.",
    "Analitycy domu maklerskiego ocenili, że plan jest ambitny, ale wykonalny.",
    "Komisja Europejska prowadzi przegląd przepisów dotyczących sektora {s1}.",
    "Władze miasta {c2} liczą na nowe miejsca pracy i wyższe wpływy z podatków.",
    "Spółka nie podała, czy planuje wypłatę dywidendy za ubiegły rok.",
]
_EN_BACKGROUND = [
    "The {s2} sector grew {n1} percent last year, according to industry data.",
    "Financing costs across {s2} have risen for {n2} straight quarters, analysts say.",
    "Competition authorities could take up to {n1} months to review the deal.",
    "The group employs about {n3} people at {n1} sites at home and abroad.",
    "Its previous investment plan foresaw spending of about ${n3} million by the end of the decade.",
    "The supervisory board is due to discuss the matter next month.",
    "The shares have fallen {n2} percent this year, while the broader index gained {n1} percent.",
    "People familiar with the matter said talks with lenders had been going on for {n2} weeks.",
    "Brokerage analysts called the plan ambitious but achievable.",
    "The European Commission is reviewing rules that govern the {s2} sector.",
    "Officials in {c2} hope for new jobs and higher tax revenue.",
    "The company did not say whether it would pay a dividend for last year.",
]
_PL_SOURCES = ["PAP", "ISBnews", "Reuters", "Bloomberg", "Rzeczpospolita"]
_EN_SOURCES = ["Reuters", "Bloomberg", "AP", "AFP", "Financial Times"]


@dataclass(frozen=True)
class Generated:
    """One generated article and the facts a question can be asked about."""

    text: str
    lang: str
    person: str
    company: str
    city: str
    sector: str
    amount: int


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYL) for _ in range(parts)).capitalize()


def _surname(rng: random.Random, lang: str, female: bool) -> str:
    stem = _name(rng, 2)
    if lang == "en":
        return stem + rng.choice(["son", "ley", "ford", "wood", "ton"])
    return stem + (rng.choice(["ska", "cka", "ak"]) if female else rng.choice(["ski", "cki", "ak", "czyk"]))


def _background(rng: random.Random, pool: list[str], sector: tuple[str, str, str], city: str) -> list[str]:
    """Two to four paragraphs of context, two or three sentences each."""
    picked = rng.sample(pool, k=min(len(pool), rng.randint(6, 12)))
    values = {"s1": sector[1], "s2": sector[2], "c2": city}
    sentences = [t.format(n1=rng.randint(2, 30), n2=rng.randint(2, 12), n3=rng.randint(300, 20000), **values) for t in picked]
    return [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]


def _polish(rng: random.Random, person: str, female: bool, company: str, city: str, sector: tuple[str, str, str], amount: int) -> str:
    said = "powiedziała" if female else "powiedział"
    denied = "zaprzeczyła" if female else "zaprzeczył"
    plan = rng.choice(_PL_PLANS)
    rival = _name(rng, 3) + " " + rng.choice(["SA", "Group", "Holding"])
    year = rng.randint(2019, 2026)
    paras = [
        f"Spółka {company} {rng.choice(_PL_VERBS)} {plan} w sektorze {sector[1]}",
        f"{city} ({rng.choice(_PL_SOURCES)}) - Spółka {company} z siedzibą w mieście {city} {rng.choice(_PL_VERBS)} {plan} "
        f"o wartości {amount} mln zł. Decyzję zarząd podjął na posiedzeniu w {rng.choice(['poniedziałek', 'środę', 'piątek'])}.",
        f"- Rynek {sector[1]} rośnie szybciej, niż zakładaliśmy. "
        f"Chcemy mieć w nim {rng.randint(5, 40)} proc. udziałów do {year + 3} roku - "
        f"{said} {person}, prezes spółki {company}.",
        f"Według analityków inwestycja może kosztować nawet {amount + rng.randint(10, 90)} mln zł. "
        f"Przychody grupy w {year} roku wyniosły {rng.randint(200, 9000)} mln zł, a zysk netto {rng.randint(5, 400)} mln zł.",
        f"{person} {denied}, jakoby spółka prowadziła rozmowy z konkurencyjną firmą {rival}. "
        f"- Nie planujemy fuzji z {rival} - dodał rzecznik grupy.",
        f"Akcje {company} zyskały na giełdzie {rng.randint(1, 15)} proc. Związki zawodowe zapowiedziały "
        f"{rng.choice(['protest', 'rozmowy z zarządem', 'referendum strajkowe'])} w zakładach w mieście {rng.choice(_PL_CITIES)}.",
        *_background(rng, _PL_BACKGROUND, sector, rng.choice(_PL_CITIES)),
        f"Ministerstwo {rng.choice(['Aktywów Państwowych', 'Rozwoju', 'Finansów', 'Infrastruktury'])} nie skomentowało sprawy.",
        f"Źródło: {rng.choice(_PL_SOURCES)}",
    ]
    return "\n\n".join(paras) + "\n"


def _english(rng: random.Random, person: str, female: bool, company: str, city: str, sector: tuple[str, str, str], amount: int) -> str:
    pron = "she" if female else "he"
    plan = rng.choice(_EN_PLANS)
    rival = _name(rng, 3) + " " + rng.choice(["Inc", "Group", "Holdings"])
    year = rng.randint(2019, 2026)
    paras = [
        f"{company} plans {plan} in {sector[2]}",
        f"{city.upper()} ({rng.choice(_EN_SOURCES)}) - {company}, based in {city}, is preparing {plan} worth ${amount} million, "
        f"the company said on {rng.choice(['Monday', 'Wednesday', 'Friday'])}.",
        f'"The {sector[2]} market is growing faster than we expected. We want a {rng.randint(5, 40)} percent share by {year + 3}," '
        f"chief executive {person} told reporters.",
        f"Analysts said the deal could cost as much as ${amount + rng.randint(10, 90)} million. "
        f"The group reported revenue of ${rng.randint(200, 9000)} million in {year} and net profit of ${rng.randint(5, 400)} million.",
        f'{person} denied that the company was in talks with rival {rival}. "We have no plans to merge with {rival}," {pron} said.',
        f"Shares in {company} rose {rng.randint(1, 15)} percent. Unions announced "
        f"{rng.choice(['a protest', 'talks with management', 'a strike ballot'])} at plants in {rng.choice(_EN_CITIES)}.",
        *_background(rng, _EN_BACKGROUND, sector, rng.choice(_EN_CITIES)),
        f"The {rng.choice(['Treasury', 'Commerce Department', 'Transport Ministry', 'regulator'])} declined to comment.",
        f"(Reporting by {rng.choice(_EN_FIRST)} {_surname(rng, 'en', False)}; "
        f"editing by {rng.choice(_EN_FIRST)} {_surname(rng, 'en', False)})",
    ]
    return "\n\n".join(paras) + "\n"


def article(i: int, seed: int = 2026) -> Generated:
    """The ``i``-th generated article (the same for the same ``i`` and ``seed``)."""
    rng = random.Random(seed * 1_000_003 + i)
    lang = "pl" if rng.random() < 0.6 else "en"
    female = rng.random() < 0.5
    if lang == "pl":
        first = rng.choice(_PL_FIRST_F if female else _PL_FIRST_M)
        city = rng.choice(_PL_CITIES)
    else:
        first = rng.choice(_EN_FIRST)
        city = rng.choice(_EN_CITIES)
    person = f"{first} {_surname(rng, lang, female)}"
    company = _name(rng, 2) + _name(rng, 1).lower() + " " + rng.choice(["Energia", "Tech", "Logistics", "Polska", "Capital", "Systems"])
    sector = rng.choice(_SECTORS)
    amount = rng.randint(50, 5000)
    compose = _polish if lang == "pl" else _english
    text = compose(rng, person, female, company, city, sector, amount)
    return Generated(text=text, lang=lang, person=person, company=company, city=city, sector=sector[2], amount=amount)


def articles(n: int, start: int = 0, seed: int = 2026) -> Iterator[Generated]:
    """Articles ``start`` .. ``start + n - 1``."""
    for i in range(start, start + n):
        yield article(i, seed)


def question(g: Generated) -> str:
    """A question that article ``g`` answers (and, by its names, no other)."""
    if g.lang == "pl":
        return f"Czemu zaprzeczył {g.person} w sprawie rozmów spółki {g.company}?"
    return f"What did {g.person} deny about talks at {g.company}?"
