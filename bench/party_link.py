#!/usr/bin/env python3
"""Measure the cross-language party link: how far the right party leads the next one in e5 cosine.

Usage:
    .venv/bin/python bench/party_link.py [--all]

For the seed article and the test fixtures, each article's speakers come from its
claims ledger (grouped by canonical name, as ``bot.attribution.from_ledger`` does).
Each party phrase below is asked in the other language than the article's (or
describes the party without naming it), so only e5 can link it; the labels are the
party a reader would link it to, or none for parties the article does not have.
For every phrase: the best party's cosine, the runner-up's (another party), the
lead, and what ``bot.party_meaning.by_meaning`` links.  The summary gives the range
of leads of right and wrong top parties that clear ``MIN_LINK``: ``MIN_LEAD`` must
lie between them.  ``--all`` also prints the phrases below ``MIN_LINK``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.party_meaning import MIN_LEAD, MIN_LINK, by_meaning, party_scores
from knowledge.article import read_text
from knowledge.claims import extract
from knowledge.library import shipped_text
from knowledge.segment import build_article

ROOT = Path(__file__).resolve().parent.parent

# phrase -> the canonical party it means (cross-language or descriptive only: names the
# lexical stage links, such as "China" ~ "Chiny", never reach e5)
RIGHT = {
    "seed": {
        "the Chinese embassy": "Chińska ambasada w Waszyngtonie",
        "the Chinese embassy in Washington": "Chińska ambasada w Waszyngtonie",
        "the embassy": "Chińska ambasada w Waszyngtonie",
        "US intelligence": "amerykański wywiad",
        "American intelligence": "amerykański wywiad",
        "the US intelligence services": "amerykański wywiad",
        "members of Congress": "grupa członków Kongresu",
        "Congress members": "grupa członków Kongresu",
        "the congressmen": "grupa członków Kongresu",
        "lawmakers": "grupa członków Kongresu",
        "Beijing": "Chiny",
        "the newspaper": "Financial Times",
    },
    "en_ferry.txt": {
        "rada bezpieczeństwa": "Coastal Safety Board",
        "komisja bezpieczeństwa wybrzeża": "Coastal Safety Board",
        "związek zawodowy marynarzy": "Maritime Workers Union",
        "związkowcy": "Maritime Workers Union",
        "przewoźnik": "Harbor Lines",
        "armator": "Harbor Lines",
    },
    "harbour_en.txt": {
        "urząd bezpieczeństwa morskiego": "Marine Safety Authority",
        "regulator rynku": "Marine Safety Authority",
        "port": "Port of Calder",
        "zarząd portu": "Port of Calder",
    },
    "injection_article.txt": {
        "biuro burmistrza": "the mayor's office",
        "radni opozycji": "Opposition councillors",
        "opozycja": "Opposition councillors",
    },
    "pl_port.txt": {
        "the company": "Bursztynex",
        "the dockworkers' union": "Związek zawodowy portowców",
        "the port workers' union": "Związek zawodowy portowców",
        "the union": "Związek zawodowy portowców",
        "the Supreme Audit Office": "NIK",
        "the auditors": "NIK",
        "the Baltic Daily": "Dziennik Bałtycki",
        "the newspaper": "Dziennik Bałtycki",
    },
    "szpital_pl.txt": {
        "the district head": "Adam Wierzbicki",
        "the county head": "Adam Wierzbicki",
    },
}
# parties none of the articles has, asked in both languages
WRONG = [
    *("the White House", "the Pentagon", "the police", "Microsoft", "the European Commission", "the Kremlin", "the memo"),
    *("the ministry of health", "the fire brigade", "the prime minister", "Google", "the court", "the teachers"),
    *("Biały Dom", "Pentagon", "policja", "Komisja Europejska", "Kreml", "notatka", "ministerstwo zdrowia"),
    *("straż pożarna", "premier", "sąd", "nauczyciele"),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also print phrases below MIN_LINK")
    args = parser.parse_args()
    texts = {"seed": shipped_text()} | {p.name: read_text(p) for p in sorted((ROOT / "tests" / "fixtures").glob("*.txt"))}
    leads: dict[str, list[float]] = {"right": [], "wrong": []}
    linked = {"right": 0, "wrong": 0, "missed": 0}
    for name, text in texts.items():
        ledger = extract(build_article(text))
        party_of = {n: c.canonical for c in ledger.claims for n in (c.speaker, c.canonical, *c.aliases)}
        names = sorted(party_of)
        for phrase, want in [*RIGHT.get(name, {}).items(), *((p, None) for p in WRONG)]:
            scores = sorted(((score, party) for party, (score, _) in party_scores(phrase, names, party_of).items()), reverse=True)
            (best, top), (runner_up, second) = scores[0], scores[1]
            kind = "right" if top == want else "wrong"
            got = by_meaning(phrase, names, party_of)
            if got:
                linked["right" if want is not None and party_of[got[0]] == want else "wrong"] += 1
            elif want is not None:
                linked["missed"] += 1
            if best >= MIN_LINK:
                leads[kind].append(best - runner_up)
            if best >= MIN_LINK or args.all:
                print(
                    f"{kind:5} {name:22} {phrase[:32]:32} -> {top[:26]:26} {best:.3f}  next {second[:22]:22} {runner_up:.3f}"
                    f"  lead {best - runner_up:.3f}  {'linked' if got else '-'}"
                )
    for kind, values in leads.items():
        if values:
            print(f"{kind} top party over MIN_LINK {MIN_LINK}: {len(values)} phrases, lead {min(values):.3f}-{max(values):.3f}")
    print(f"MIN_LEAD {MIN_LEAD}: linked right {linked['right']}, linked wrong {linked['wrong']}, right party not linked {linked['missed']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
