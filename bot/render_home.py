"""The App Home tab: the articles the bot holds, the active one, and who speaks in each (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.mrkdwn import escape
from bot.render import NO_SOURCE, context, section
from knowledge.store import ArticleInfo

MAX_HOME_BLOCKS = 100
MAX_SPEAKERS = 8


@dataclass(frozen=True)
class HomeEntry:
    """One article on the Home tab, with its speakers and how many statements each has."""

    info: ArticleInfo
    speakers: tuple[tuple[str, int], ...] = ()


def _date(info: ArticleInfo) -> str:
    return info.published or (info.ingested_at or "")[:10] or "date not given"


def _speakers(entry: HomeEntry) -> str:
    if not entry.speakers:
        return "No attributed statements found."
    shown = [f"{escape(name)} ({count})" for name, count in entry.speakers[:MAX_SPEAKERS]]
    more = len(entry.speakers) - MAX_SPEAKERS
    return "Speakers: " + " · ".join(shown) + (f" · and {more} more" if more > 0 else "")


def home_view(entries: Sequence[HomeEntry], active_id: str | None, *, editor: bool) -> dict[str, Any]:
    """The ``views.publish`` view: newest article first, the active one marked."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": "Articles I hold"}},
        context("Mention me in a channel, DM me, or use `/ask`, `/summary`, `/claims`. I answer only with quotes from the article."),
    ]
    ordered = sorted(entries, key=lambda e: e.info.id != active_id)  # active first, the rest as given (newest first)
    room = (MAX_HOME_BLOCKS - len(blocks) - 3) // 3
    for entry in ordered[:room]:
        info = entry.info
        mark = " — *active*" if info.id == active_id else ""
        blocks.append({"type": "divider"})
        blocks.append(
            section(
                f"*{escape(info.title)}*{mark}\n{escape(info.source) if info.source else NO_SOURCE} · {escape(_date(info))} · "
                f"{info.paragraphs} ¶ · id `{info.id}`"
            )
        )
        blocks.append(context(_speakers(entry)))
    if len(ordered) > room:
        blocks.append(context(f"… and {len(ordered) - room} older articles."))
    if not entries:
        blocks.append(section("I hold no articles yet."))
    if editor:
        blocks.append(context("You're an editor: add an article by uploading a .txt file to me in a DM, or with `/ingest` and its text."))
    return {"type": "home", "blocks": blocks}
