"""An organisation speaks through the officers introduced with its name (fictional parties)."""

from __future__ import annotations

from bot import attribution, party_link
from bot.officials import officials
from knowledge.claims import extract
from knowledge.segment import build_article

_UNION = (
    "Związek Zawodowy Kolejarzy Polskich (ZZKP) zapowiedział strajk.\n"
    "– Pensje stoją w miejscu od trzech lat – powiedziała wiceprzewodnicząca ZZKP Anna Lis.\n"
    "Sekretarz pomorskiego okręgu ZZKP Jan Kos zapowiedział, że strajk zacznie się w marcu.\n"
    "Przewodniczący Stowarzyszenia Pasażerów ZZKP Adam Wilk ocenił, że strajk uderzy w podróżnych.\n"
    "Były prezes ZZKP Piotr Mróz powiedział, że związek przesadza.\n"
)


def _passages(text: str, party: str, lang: str) -> list[str]:
    article = build_article(text)
    return [article.text[s.start : s.end] for s in attribution.from_ledger(extract(article), article, party, lang)]


def test_officers_introduced_with_the_organisations_name_speak_for_it() -> None:
    ledger = extract(build_article(_UNION))
    assert officials(ledger, {"Związek Zawodowy Kolejarzy Polskich"}) == {"Związek Zawodowy Kolejarzy Polskich": {"Anna Lis", "Jan Kos"}}


def test_the_organisations_answer_holds_its_officers_words() -> None:
    found = " ".join(_passages(_UNION, "the union", "en"))
    assert "Pensje stoją w miejscu" in found and "strajk zacznie się w marcu" in found
    assert "uderzy w podróżnych" not in found and "przesadza" not in found


def test_an_officer_named_by_the_organisations_common_noun_speaks_for_it() -> None:
    text = (
        "Stowarzyszenie „Zielona Wola” zebrało 2 tys. podpisów pod petycją.\n"
        "– Chcemy zachować stare drzewa – powiedziała prezes stowarzyszenia Ewa Nowak.\n"
    )
    assert any("stare drzewa" in p for p in _passages(text, "the association", "en"))


def test_the_spokesman_of_a_ministry_named_by_its_acronym_speaks_for_it() -> None:
    text = (
        "Ministerstwo Zdrowia (MZ) proponuje podwyżki o 5 proc.\n"
        "Rzecznik MZ Jan Kos odpowiedział, że na więcej nie ma pieniędzy.\n"
        "W oświadczeniu przesłanym PAP ministerstwo podało, że płace wzrosły o 20 proc.\n"
    )
    found = " ".join(_passages(text, "Ministerstwo Zdrowia", "pl"))
    assert "na więcej nie ma pieniędzy" in found and "płace wzrosły" in found


def test_an_officer_described_by_the_organisation_is_not_the_organisation() -> None:
    names = ["Związek Zawodowy Kolejarzy Polskich", "wiceprzewodnicząca związku", "Anna Lis"]
    party_of = {"wiceprzewodnicząca związku": "Anna Lis"}
    assert party_link.link("związek zawodowy", "pl", names, {}, party_of) == ["Związek Zawodowy Kolejarzy Polskich"]


def test_the_deputy_mayor_is_not_the_mayor() -> None:
    text = (
        "– Rynek będzie sercem miasta – powiedział burmistrz Jan Kos.\n"
        "Zastępczyni burmistrza Ewa Nowak dodała, że miasto rozważy zmiany w projekcie.\n"
    )
    assert _passages(text, "the deputy mayor", "en") == ["Zastępczyni burmistrza Ewa Nowak dodała, że miasto rozważy zmiany w projekcie."]
