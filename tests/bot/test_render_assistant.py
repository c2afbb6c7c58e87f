"""Assistant-pane builders: greeting, suggested prompts, streamed markdown (pure)."""

from __future__ import annotations

from bot import render_assistant as render
from bot.answer import Answer, cite
from bot.compose import bulleted_answer
from bot.render import TRIMMED
from bot.render_text import answer_text
from knowledge.segment import build_article

TEXT = 'Mayor opens bridge\n\nThe mayor opened the new bridge on Friday.\n"It cost <!channel> & more," said engineer Jan Kowalski.\n'


def test_markdown_for_streaming_is_escaped_and_cites() -> None:
    article = build_article(TEXT)
    s = article.sentences[2]
    citations = (cite(article, s.start, s.end),)
    answer = Answer(question="q", answered=True, text=answer_text("en", citations), citations=citations)
    md = render.markdown(answer, title=article.title, source=None)
    assert "&lt;!channel&gt; &amp; more" in md and "¶3" in md and md.endswith("_Mayor opens bridge · source not given_")


def test_greeting_escapes_the_title() -> None:
    assert "*Fish &lt;b&gt; chips*" in render.greeting("Fish <b> chips")


def test_suggested_prompts_name_the_main_speakers_in_the_articles_language() -> None:
    en = render.suggested_prompts("en", ["Anna Berg", "Tom Reed"])
    assert [p["title"] for p in en] == ["Summarise the article", "What does Anna Berg say?", "What does Tom Reed say?", "Who is quoted?"]
    pl = render.suggested_prompts("pl", ["Anna Nowak"])
    assert pl[1]["message"] == "Co mówi Anna Nowak?"


def test_bulleted_answer_streams_each_label_above_its_own_cited_quote() -> None:
    article = build_article("Minister says bridge is safe\n\nThe minister said the bridge was safe.\nThe union said it was not.\n")
    first, second = (cite(article, s.start, s.end) for s in article.sentences[1:3])
    answer = bulleted_answer("who is quoted?", article, "en", [("minister", [first]), ("union", [second])], kind="speakers")
    paragraphs = render.markdown(answer, title=article.title, source=None).split("\n\n")
    assert paragraphs[1:5] == [
        "• minister",
        "> „The minister said the bridge was safe.” ¶2",
        "• union",
        "> „The union said it was not.” ¶3",
    ]


def test_huge_streamed_answer_stays_under_slacks_markdown_limit_with_a_trim_note_and_the_source() -> None:
    article = build_article(TEXT)
    citations = tuple(cite(article, s.start, s.end) for s in article.sentences[1:3]) * 200
    answer = Answer(question="q", answered=True, text=answer_text("en", citations), citations=citations)
    md = render.markdown(answer, title=article.title, source="Wire")
    assert len(md) <= render.MARKDOWN_CHARS
    assert md.split("\n\n")[-2] == TRIMMED and md.endswith("_Mayor opens bridge · Wire_")


def test_very_long_quote_streams_in_pieces_each_under_a_section_limit() -> None:
    article = build_article("Headline here\n\n" + "Word and more words. " * 400 + "\n")
    citation = cite(article, article.paragraphs[1].start, article.paragraphs[1].end)
    answer = Answer(question="q", answered=True, text=answer_text("en", (citation,)), citations=(citation,))
    quotes = [p for p in render.markdown(answer, title=None, source=None).split("\n\n") if p.startswith(">")]
    assert len(quotes) > 1 and all(len(q) <= 3000 for q in quotes)
    assert quotes[0].startswith("> „") and quotes[-1].endswith("” ¶2")


def test_the_answers_note_is_streamed_before_the_source_line() -> None:
    answer = Answer(question="q", answered=False, text="The article doesn't say.", note="The language model was unavailable.")
    assert render.markdown(answer, title="T", source=None).split("\n\n") == [
        "The article doesn't say.",
        "_The language model was unavailable._",
        "_T · source not given_",
    ]
