"""Locating model quotes in the article and cleaning the model's prose."""

from __future__ import annotations

from bot import verify
from knowledge.article import Article
from knowledge.segment import build_article

ARTICLE = build_article(
    "Minister says budget is „fully funded”\n"
    'The minister said the budget was "fully funded" and that taxes  would not rise.\n'
    "Critics said taxes would not rise only until the election – and then they would.\n"
    "Source: Test Wire\n"
)


def _span(article: Article, quote: str) -> str:
    found = verify.locate(article, quote)
    assert found is not None
    return article.text[found[0] : found[1]]


def test_locates_exact_quote() -> None:
    assert _span(ARTICLE, "taxes  would not rise") == "taxes  would not rise"


def test_locates_quote_with_folded_whitespace_and_maps_back_to_exact_text() -> None:
    assert _span(ARTICLE, "the budget was “fully funded” and that taxes would not rise") == (
        'the budget was "fully funded" and that taxes  would not rise'
    )


def test_locates_quote_with_ascii_dash_for_typographic_dash() -> None:
    assert _span(ARTICLE, "until the election - and then they would") == "until the election – and then they would"


def test_locates_quote_whose_final_punctuation_the_model_changed() -> None:
    assert _span(ARTICLE, "and then they would!") == "and then they would"


def test_prefers_the_occurrence_in_the_named_passage() -> None:
    second = ARTICLE.text.index("Critics")
    found = verify.locate(ARTICLE, "taxes would not rise", near=(second, len(ARTICLE.text)))
    assert found is not None and found[0] > second


def test_rejects_a_paraphrase() -> None:
    assert verify.locate(ARTICLE, "the budget is completely funded") is None


def test_elided_quote_becomes_one_citation_per_piece() -> None:
    cites = verify.quote_citations(ARTICLE, "The minister said the budget … taxes  would not rise")
    assert [c.quote for c in cites] == ["The minister said the budget", "taxes  would not rise"]
    assert all(ARTICLE.text[c.start : c.end] == c.quote for c in cites)


def test_elided_quote_with_an_invented_piece_is_dropped_whole() -> None:
    assert verify.quote_citations(ARTICLE, "The minister said the budget ... would be cut sharply") == ()


def test_clean_prose_drops_the_sentence_with_an_invented_quote() -> None:
    prose = 'The minister defended the plan. He called it "a triumph of prudence." Critics disagreed.'
    assert verify.clean_prose(ARTICLE, prose) == "The minister defended the plan. Critics disagreed."


def test_clean_prose_keeps_a_verbatim_quote() -> None:
    prose = "He said the budget was „fully funded”."
    assert verify.clean_prose(ARTICLE, prose) == prose


def test_clean_prose_drops_blockquote_lines() -> None:
    assert verify.clean_prose(ARTICLE, "Summary.\n> The minister resigned") == "Summary."


def test_unquote_leaves_no_double_quotation_marks() -> None:
    assert verify.unquote('He said „no” and “never” and "not"') == "He said 'no' and 'never' and 'not'"
