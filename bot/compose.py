"""Answer wording in the question's language around verbatim quotes (offline templates)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Answer, Citation
from bot.render_text import answer_text, quote_line
from knowledge.article import Article
from knowledge.morph import readings, words

_TEMPLATES = {
    "fact": {"en": "The article says:", "pl": "Artykuł podaje:"},
    "attribution": {"en": "The article reports what {party} said:", "pl": "Według artykułu {party} {mówi}:"},
    "attribution_denies": {
        "en": "According to the article, {party} denies it:",
        "pl": "Według artykułu {party} zaprzecza:",
    },
    "attribution_via": {"en": "The article reports, citing {party}:", "pl": "Źródło: {party}. Artykuł przytacza:"},
    "trap": {
        "en": "The article does not report {party} admitting or confirming this. What it reports {party} said:",
        "pl": "Artykuł nie podaje, by {party} to {przyznał} lub {potwierdził}. Przytacza natomiast:",
    },
    "who": {"en": "The article introduces {party} as follows:", "pl": "Kim jest {party} – artykuł podaje:"},
    "summary": {"en": "Summary of the article:", "pl": "Streszczenie artykułu:"},
    "speakers": {
        "en": "The article quotes these parties (first statement of each):",
        "pl": "Artykuł przytacza wypowiedzi (pierwsza z każdej strony):",
    },
}
_NO_STATEMENT = {
    "en": "The article doesn't report anything {party} said.",
    "pl": "Artykuł nie przytacza, co {mówi} {party}.",
}


def _pick(kind: str, lang: str) -> str:
    table = _TEMPLATES[kind]
    return table.get(lang, table["en"])


def _named(party: str, lang: str) -> str:
    """English common nouns and "X of Y" institutions take "the" ("the regulator", "the Chinese embassy", "the current mayor of Lipnica");
    names ("Reuters", "President Trump") and Polish stay as asked."""
    words = party.split()
    # an institution named "X of Y" reads with "the" too ("the Ministry of Health", "the Port of Rotterdam")
    common = words and (words[-1][:1].islower() or words[0][:1].islower() or (len(words) > 2 and "of" in words[1:-1]))
    if lang == "en" and common and words[0].lower() not in ("the", "a", "an", "his", "her", "its", "their"):
        return "the " + party
    return party


def _subject(party: str) -> tuple[bool, str]:
    """(plural, gender) of a Polish party phrase as a subject, read off its first nominative noun
    (Morfeusz); a word the dictionary lacks ("Koltrans") reads as a masculine singular name."""
    for w in words(party):
        nominatives = [r.tag.split(":") for r in readings(w.text, "pl") if r.pos in ("subst", "depr") and "nom" in r.tag.split(":")[2]]
        if nominatives:
            # "prezes": an invariable feminine reading beside the masculine one; the plain number wins
            fields = min(nominatives, key=lambda f: "." in f[1])
            return fields[1] == "pl", fields[3].split(".")[0]
    return False, "m1"


def _verbs(party: str) -> dict[str, str]:
    """The Polish verb forms of the templates, agreeing with the party: "rzeczniczka mówi", "radni przyznali"."""
    plural, gender = _subject(party)
    past = ("li" if gender == "m1" else "ły") if plural else {"f": "ła", "n": "ło"}.get(gender, "ł")
    return {"mówi": "mówią" if plural else "mówi", "przyznał": "przyzna" + past, "potwierdził": "potwierdzi" + past}


def compose(kind: str, lang: str, citations: Sequence[Citation], party: str | None = None) -> str:
    """An intro sentence in ``lang`` followed by each verbatim quote with its ¶."""
    intro = _pick(kind, lang).format(party=_named(party or "", lang), **_verbs(party or ""))
    return answer_text(lang, citations, intro=intro)


def no_statement(lang: str, party: str) -> str:
    """The party is in the article but says nothing there."""
    text = _NO_STATEMENT.get(lang, _NO_STATEMENT["en"]).format(party=_named(party, lang), **_verbs(party))
    return text[:-1] if text.endswith("..") else text  # "… co mówi Andrzej K.": one full stop


def bullets(lang: str, items: Sequence[tuple[str, Sequence[Citation]]], kind: str = "summary") -> str:
    """A bulleted answer (summary, speakers): one bullet per point, each with its verbatim quotes."""
    lines = [_pick(kind, lang)]
    for label, cites in items:
        lines.append(f"• {label}")
        lines += [quote_line(c) for c in cites]
    return "\n".join(lines)


def bulleted_answer(question: str, article: Article, lang: str, items: Sequence[tuple[str, Sequence[Citation]]], *, kind: str) -> Answer:
    """An answered question whose text is bullets (summary, speakers), citing every bullet's quotes in order."""
    return Answer(
        question=question,
        answered=True,
        text=bullets(lang, items, kind=kind),
        citations=tuple(c for _, cites in items for c in cites),
        lang=lang,
        intent=kind,
        article_id=article.id,
        article_title=article.title,
        article_source=article.source,
    )
