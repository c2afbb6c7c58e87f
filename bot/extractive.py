"""The offline answer engine: the article's own sentences, quoted and cited, or "the article doesn't say".

Attribution questions are answered from the claims ledger (or, failing it,
from the sentences where the party speaks); who-is questions from the
sentence introducing the person; factual ones from hybrid retrieval.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import replace
from typing import Any

from bot import attribution, evidence, summary, whois
from bot.answer import Answer, cite
from bot.citing import passages
from bot.compose import bulleted_answer, compose, no_statement
from bot.question import Question, asks_gist, understand
from bot.question_asks import as_asked, asks_accusation, asks_denial, asks_rebuttal, asks_response, subject_asked, topic
from bot.question_names import names_found
from bot.render_text import refusal_text
from knowledge import background, embed
from knowledge.article import Article
from knowledge.claims import Claim, Ledger
from knowledge.library import Library
from knowledge.search import SentenceIndex
from knowledge.terms import terms

_INDEXES = 32  # articles whose search index stays in memory
MAX_SPEAKERS = 6  # parties listed for "who is quoted"
_ADHOC: OrderedDict[str, tuple[SentenceIndex, Ledger]] = OrderedDict()  # shared by library-less engines


class ExtractiveAnswerer:
    """Answers from the article alone, offline; the default engine and the LLM's fallback."""

    engine = "extractive"

    def __init__(self, library: Library | None = None) -> None:
        self.library = library  # None: derive every article's data here, cached per process (tests, ad-hoc use)
        self._indexes: OrderedDict[str, tuple[SentenceIndex, Ledger]] = _ADHOC if library is None else OrderedDict()

    def _derived(self, article: Article, kind: str) -> bytes:
        if self.library is not None:
            return self.library.derived(article, kind)
        from knowledge.derive import DERIVERS

        return DERIVERS[kind](article)

    def prepared(self, article: Article) -> tuple[SentenceIndex, Ledger]:
        """The article's search index and claims ledger (built from stored derived data, cached)."""
        key = article.id
        if key in self._indexes:
            self._indexes.move_to_end(key)
            return self._indexes[key]
        vectors = embed.from_bytes(self._derived(article, "embeddings"))
        if len(vectors) != len(article.sentences):  # derived under another segmentation: embed again
            vectors = embed.from_bytes(embed.sentence_embeddings(article))
        ledger = Ledger.from_bytes(self._derived(article, "claims"))
        self._indexes[key] = (SentenceIndex(article, vectors), ledger)
        if len(self._indexes) > _INDEXES:
            self._indexes.popitem(last=False)
        return self._indexes[key]

    def answer(self, question: str, article: Article, *, history: tuple[str, ...] = ()) -> Answer:
        """Answer ``question`` from ``article`` alone."""
        q = understand(question)
        if q.intent == "summary":
            return self.summarize(article, question=question, lang=q.lang, gist=asks_gist(question))
        index, ledger = self.prepared(article)
        # the party's first word is a name too ("French" in "the French health minister"), in the article's language
        whole = q.lang == article.lang
        found = names_found(q.party or "", q.lang, index.vocabulary, whole=whole, across=not whole)
        if q.intent in ("attribution", "who") and q.party and not found:
            return self._refuse(q, article, "names a party the article does not mention")
        if q.intent == "speakers":
            return self._speakers(q, article, ledger)
        if q.intent == "attribution" and q.party:
            return self._attribution(q, article, index, ledger)
        if q.intent == "who" and q.party:
            span = whois.introduce(index, ledger, q.party, q.lang)
            if span is None:
                return self._refuse(q, article, "the article does not introduce them")
            return self._answered(q, article, "who", [span], party=as_asked(q.text, q.party))
        return self._fact(q, article, index, ledger)

    def summarize(self, article: Article, *, question: str = "summary", lang: str | None = None, gist: bool = False) -> Answer:
        """3-6 cited bullets: the main claim, its source, the responses, the context (``gist``: the first two only)."""
        index, ledger = self.prepared(article)
        return summary.summarize(article, index, ledger, question=question, lang=lang or article.lang, gist=gist)

    def _attribution(self, q: Question, article: Article, index: SentenceIndex, ledger: Ledger) -> Answer:
        # "prezes spółki X": the company's president, introduced by name, not the company
        party = attribution.role_holder(ledger, q.party or "", q.lang) or q.party or ""
        # the ledger's claims, and the sentences where the party speaks ("X odpowiedziała …, zaprzeczając")
        own = attribution.from_ledger(ledger, article, party, q.lang)
        read = attribution.unclaimed(ledger, own, attribution.from_sentences(index, party, q.lang))
        # the dateline's agency reports the whole story: its lead, with what it was told ("…," X told Reuters)
        statements = attribution.merged(article, own, read, attribution.agency_lead(article, party, q.lang))
        absent = q.lang == article.lang and index.article_coverage(terms(party, q.lang)) < 1.0
        if not statements and (absent or not attribution.head_named(index, party, q.lang)):
            # "the mayor of Rotterdam" in an article with no mayor, "the Prime Minister" of a Polish article with no
            # "premier": a party the article never mentions
            return self._refuse(q, article, "names a party the article does not mention")
        if not statements and not attribution.named_in(index, party, q.lang):
            # a party no speaker links to and the article's words don't name ("the report", asked
            # in another language): answer from the sentences that fit the question, or refuse
            return self._fact(replace(q, intent="fact"), article, index, ledger)
        if not statements and q.lang == article.lang:
            statements = attribution.voiced_by(ledger, article, party, q.lang)  # "Outside experts … Dr. X said"
        if not statements:
            return self._refuse(q, article, "no statement by the party", text=no_statement(q.lang, as_asked(q.text, party)))
        if asks_response(q.text) and any(s.stance == "denies" for s in statements):
            # "How did the author respond to the criticism?": the rejection, not the party's other words
            statements = attribution.response(article, statements, rebuttal=asks_rebuttal(q.text))
        if asks_accusation(q.text):
            # "Co zarzucił prokuraturze X?": the party's accusations, when the ledger files any
            accusing = [s for s in statements if any(c.act == "accuses" and s.start <= c.start < s.end for c in ledger.claims)]
            statements = accusing or statements
        admits = any(s.stance == "supports" for s in statements)
        if q.trap and not admits and any(s.stance == "denies" for s in statements):
            # "Zacytuj, gdzie X przyznaje …" of a party that denies: the denial answers it, not the party's other words
            statements = attribution.response(article, statements, rebuttal=True)
        elif asks_denial(q.text) and not admits and any(s.stance == "denies" for s in statements):
            statements = [s for s in statements if s.stance == "denies"]  # "Did X deny …?": the denials
        if (about := topic(q.text)) and q.lang == article.lang:
            statements = attribution.on_topic(article, statements, about, q.lang)
        if q.trap and not admits:
            # "Zacytuj, gdzie X przyznaje …": a spokesman's denial on X's behalf answers it too
            statements = attribution.merged(article, statements, attribution.denials_about(ledger, article, party, q.lang))
        spans = [(s.start, s.end) for s in statements]
        if q.trap and not admits:
            kind = "trap"
        elif all(s.via for s in statements):
            kind = "attribution_via"
        elif all(s.stance == "denies" for s in statements):
            kind = "attribution_denies"
        else:
            kind = "attribution"
        return self._answered(q, article, kind, spans, party=as_asked(q.text, q.party or party), intent="attribution")

    def _speakers(self, q: Question, article: Article, ledger: Ledger) -> Answer:
        """Who the article quotes, most statements first, each with their first statement quoted."""
        counts = Counter(c.canonical for c in ledger.claims)
        first: dict[str, Claim] = {}
        # the first statement in the body: a headline ("…, newspaper reports") only announces the story
        for c in sorted(ledger.claims, key=lambda c: (c.paragraph in article.headings, c.start)):
            first.setdefault(c.canonical, c)
        if not first:
            return self._refuse(q, article, "the ledger holds no attributed statement")
        order = sorted(first, key=lambda name: (-counts[name], first[name].start))[:MAX_SPEAKERS]
        items = []
        for name in order:
            c = first[name]
            start = c.context_start if c.context_start is not None else c.start
            end = c.context_end if c.context_end is not None else c.end
            label = (
                f"{name} (wypowiedzi: {counts[name]})" if q.lang == "pl" else f"{name} ({counts[name]} statement{'s' * (counts[name] > 1)})"
            )
            items.append((label, [cite(article, start, end)]))
        return bulleted_answer(q.text, article, q.lang, items, kind="speakers")

    def _fact(self, q: Question, article: Article, index: SentenceIndex, ledger: Ledger) -> Answer:
        vector = embed.embed_query(q.text)
        if q.lang == article.lang:
            found = evidence.gather(q, index, vector, background.vectors())
        else:
            # across languages the article's passages are weighed against generic news in the article's language;
            # "What does X question?" is answered from X's statements (only names meet, and X is in many sentences)
            party = subject_asked(q.text)
            spoken = attribution.spoken_by(index, ledger, party, q.lang) if party else frozenset()
            focus = None
            if party and spoken:
                # among the party's own sentences its name tells nothing, what is asked of it does ("question" ~
                # "zakwestionował" in spelling, "blame for the leak" in e5's space): ranked without the name
                unnamed = replace(q, text=q.text.replace(party, "it" if q.lang == "en" else "ona"))
                focus = (unnamed, embed.embed_query(unnamed.text))
            found = evidence.gather(q, index, vector, background.vectors_in(article.lang), spoken=spoken, focus=focus)
        extra = {"reason": found.reason, "margin": round(found.margin, 4), "coverage": round(found.coverage, 4)}
        if not found.supported:
            return self._refuse(q, article, found.reason, extra=extra)
        return self._answered(q, article, "fact", passages(found.hits), extra=extra)

    def _answered(
        self,
        q: Question,
        article: Article,
        kind: str,
        spans: list[tuple[int, int]],
        *,
        party: str | None = None,
        intent: str | None = None,
        extra: dict[str, Any] | None = None,
    ) -> Answer:
        citations = tuple(cite(article, start, end) for start, end in spans)
        return Answer(
            question=q.text,
            answered=True,
            text=compose(kind, q.lang, citations, party=party),
            citations=citations,
            lang=q.lang,
            intent=intent or q.intent,
            article_id=article.id,
            article_title=article.title,
            article_source=article.source,
            extra=extra or {},
        )

    def _refuse(
        self, q: Question, article: Article, reason: str, *, text: str | None = None, extra: dict[str, Any] | None = None
    ) -> Answer:
        return Answer(
            question=q.text,
            answered=False,
            text=text or refusal_text(q.lang),
            lang=q.lang,
            intent=q.intent,
            article_id=article.id,
            article_title=article.title,
            article_source=article.source,
            extra=extra or {"reason": reason},
        )
