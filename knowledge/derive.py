"""What is derived from an article at ingest, by kind; stored with the article."""

from __future__ import annotations

from knowledge import claims, embed
from knowledge.article import Article
from knowledge.library import Deriver


def _claims(article: Article) -> bytes:
    return claims.extract(article).to_bytes()


# Bump a kind's version when its output changes: stored blobs of older
# versions are then ignored and derived again on first use.
# claims v6: English descriptors, spokespeople, appositions; Polish subjects before "w komunikacie",
# genitives joined by "i", dialogue told to an agency
# claims v8: "według" sources keep "i"-joined genitives and end before a negated verb's object; "Zespół z Gdańska";
# a plural-only name ("Koleje Pomorskie") is an organisation; a sentence-opening "Przewoźnik" is no name
# claims v9: English names of any origin typed as people (first-name dictionary, titles, surname alone, age)
# claims v10: "Sąd Okręgowy w X" one organisation with its seat; places (after "in", before "state", "the town of X",
# datelines) and "Under British" off organisations; "skarżyć się"/"narzekać"/"complain" report speech; a service noun
# ("przewoźnik", "the carrier") is its paragraph's organisation; "według" sources end before a two-noun negated object
# and before a subject whose verb is also a noun ("opóźnienia obejmą")
# claims v11: "Resort" is the ministry named last; "konsultant"/"specjalista" describe a speaker; a source's apposition
# or relative clause ("Zdaniem dr X, specjalistki od …,") is not what it said; "…, że w 2024 r. Firma …" one sentence;
# "– powiedział tygodnikowi jeden z pracowników" is the employee's; "Firma stanowczo" is "Firma"; "Spółka" in a
# paragraph opening with an organisation's name is that organisation
# claims v12: a claim inside another's words ("He denied union claims that …") does not speak for the next pronoun;
# "company spokeswoman X" is no "company" for a later "the company"; "lawyers said" is no lawyer named before; "said it
# would … if that …" keeps the bare clause; "LEEDS, England, Nov 27 (Reuters) - " is a dateline; the name before two
# appositions in a row speaks; 'called the ruling "…"' is a statement; "Transit Workers Union" is one name (plural
# people are no title); an age or an -ing participle between commas ("Tim Gale, 54,", "X, speaking in Berlin,") leaves
# the speaker before it
# claims v13: an adverbial participle after a verb that is no speech verb ("X odmówił komentarza, tłumacząc, że …")
# speaks for that verb's subject, not the previous speaker; "– powiedział Nowak w rozmowie z PAP" is Nowak's (the
# interview is no part of the name); a Polish dash after a full stop opens a sentence (embeddings v2 too)
# claims v14 (both v13 notes, merged): an unnamed spokesperson of a named organisation ("a spokesperson for Norvale", "rzecznik spółki X")
# files under the organisation; a court's rejection ("Sąd odrzucił zarzuty") is a ruling, not a denial (neutral stance);
# "Trade lawyer Marta Olsen of the University of X" files as "Marta Olsen" (the role stays the entity's); a Polish
# participle after a verb of no speech ("Sąd oddalił pozew, uznając, że …") is that verb's subject's
# claims v15: English "Dr."/"Mr." titles end no sentence; "X, the British online lender, said" and "Dr. Y, an
# endocrinologist at Z who …, said" (an apposition opening with an article) keep their speaker; "said muscles that
# work …" is a bare clause ("that" after its subject is a relative pronoun); a reporting verb inside the reported
# clause ("said X had never told it that …") or coordinated after it ("… and urged …") no longer drops the claim;
# irregular past forms ("got", "took") make a clause; "declined to comment, saying …", "denied that claim, saying …",
# "The High Court in London rejected the appeal, saying …" give the saying clause; "the council's cabinet member" is no
# "council", plural "The authors" no lead author nor "Authority"; "which the authors said" is "the authors"; "denied
# that claim", "disputed that account": "that" before a claim noun ending the clause is a determiner
# claims v16 (the v15 above merged with Polish agency style): "prok.", "insp.", "nadkom." … are titles (no sentence
# break, not the role's); "– powiedział Nowak PAP" and
# "W oświadczeniu przesłanym PAP spółka podała" leave the agency out of the speaker; deputies ("wiceprzewodnicząca",
# "zastępczyni") name speakers; an acronym's full name meets later descriptors ("MEN" … "resort"); a role said again
# ("– powiedziała wiceprzewodnicząca związku", "– zapowiedział adwokat") is the person last speaking with that role;
# "Pan rzecznik" is no name; "powiedział X podczas spotkania …" ends the speaker at the preposition; a common-noun
# acronym ("VAT") is no organisation; "Sojusz Przyszłości (SP)" and "Stowarzyszenie „Zielona Wola”" are; "partia"
# is the organisation named last
VERSIONS: dict[str, int] = {"claims": 16, "embeddings": 2}

# kind -> function(Article) -> bytes.  Each entry is computed once at ingest
# and read back with ``Library.derived(article, kind)``.
DERIVERS: dict[str, Deriver] = {
    "claims": _claims,
    # e5 vectors of every sentence (float16), for the dense side of search
    "embeddings": embed.sentence_embeddings,
}

# Kinds a bulk ingest may leave for later (``ingest_paths(..., defer=DEFERRABLE)``):
# slow to derive, and needed by no part of ingest (the claims ledger, the archive index).
# ``knowledge.backlog`` fills them in afterwards; until then ``Library.derived`` makes
# an article's blob on its first use and keeps it.
DEFERRABLE: tuple[str, ...] = ("embeddings",)
