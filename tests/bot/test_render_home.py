"""App Home renderer: articles, the active one first, speakers with counts, Slack's block limit."""

from __future__ import annotations

import json

from bot.render_home import MAX_HOME_BLOCKS, HomeEntry, home_view
from knowledge.store import ArticleInfo


def info(n: int, source: str | None = "Wire") -> ArticleInfo:
    return ArticleInfo(id=f"id{n}", title=f"Story <{n}>", source=source, published=None, paragraphs=n, ingested_at="2026-11-29T10:00:00Z")


def test_home_lists_title_source_date_paragraphs_and_marks_the_active_one() -> None:
    view = home_view([HomeEntry(info(1)), HomeEntry(info(2), (("Anna Berg", 3), ("Tom Reed", 1)))], "id2", editor=False)
    assert view["type"] == "home"
    sections = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]
    assert sections[0].startswith("*Story &lt;2&gt;* — *active*") and "Wire · 2026-11-29 · 2 ¶ · id `id2`" in sections[0]
    assert "Speakers: Anna Berg (3) · Tom Reed (1)" in json.dumps(view, ensure_ascii=False)


def test_home_says_when_source_is_missing_and_no_speakers_found() -> None:
    text = json.dumps(home_view([HomeEntry(info(1, source=None))], "id1", editor=False), ensure_ascii=False)
    assert "source not given" in text and "No attributed statements found." in text


def test_home_stays_within_the_block_limit() -> None:
    view = home_view([HomeEntry(info(n)) for n in range(200)], "id0", editor=True)
    assert len(view["blocks"]) <= MAX_HOME_BLOCKS
    assert "older articles" in json.dumps(view)


def test_home_tells_editors_how_to_add_articles() -> None:
    assert "You're an editor" in json.dumps(home_view([], None, editor=True))
    assert "You're an editor" not in json.dumps(home_view([], None, editor=False))
