from pathlib import Path

from knowledge import embed
from knowledge.search import SentenceIndex
from knowledge.segment import build_article
from knowledge.terms import terms

TEXT = (Path(__file__).resolve().parent.parent / "fixtures" / "szpital_pl.txt").read_text(encoding="utf-8")


def index() -> SentenceIndex:
    article = build_article(TEXT)
    return SentenceIndex(article, embed.from_bytes(embed.sentence_embeddings(article)))


def test_inflected_question_finds_its_sentence() -> None:
    idx = index()
    question = "Ile podpisów zebrało stowarzyszenie?"
    best = idx.search(terms(question, "pl"), embed.embed_query(question))[0]
    assert idx.article.sentence_text(best.sentence).startswith("Stowarzyszenie Rodzice Mirowa zebrało")
    assert best.coverage > 0.5


def test_english_question_finds_the_polish_sentence_by_meaning() -> None:
    idx = index()
    question = "How many signatures were collected against the closure?"
    best = idx.search(terms(question, "en"), embed.embed_query(question), same_language=False)[0]
    assert "podpisów" in idx.article.sentence_text(best.sentence)


def test_source_line_is_not_searchable() -> None:
    idx = index()
    assert all(s.paragraph != idx.article.source_paragraph for s in idx.sentences)


def test_missing_terms_weigh_most() -> None:
    idx = index()
    asked = terms("szpital pogoda", "pl")
    assert idx.term_weight(asked[1]) > idx.term_weight(asked[0])
    assert 0 < idx.article_coverage(asked) < 0.5


def test_character_grams_score_every_searchable_sentence() -> None:
    idx = index()
    assert idx.chargrams.cosine("podpisy stowarzyszenia").shape == (len(idx.sentences),)
