"""Assistant-pane builders: greeting, suggested prompts, streamed markdown (pure)."""

from __future__ import annotations

from bot import render_assistant as render
from bot.answer import Answer, cite
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
