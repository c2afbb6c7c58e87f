"""Plain-text answer wording (CLI, notifications, Slack fallbacks), English and Polish."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Citation

_INTRO = {"en": "The article says:", "pl": "Artykuł podaje:"}
_REFUSE = {"en": "The article doesn't say.", "pl": "Artykuł tego nie podaje."}


def refusal_text(lang: str) -> str:
    """The plain "the article doesn't say" line, in the question's language."""
    return _REFUSE.get(lang, _REFUSE["en"])


def quote_line(c: Citation) -> str:
    """One verbatim quote as a blockquote line with its ¶ citation."""
    return f"> „{' '.join(c.quote.split())}” [¶{c.paragraph}]"


def answer_text(lang: str, citations: Sequence[Citation], intro: str | None = None) -> str:
    """An intro sentence followed by each quote on its own line."""
    lines = [intro or _INTRO.get(lang, _INTRO["en"])]
    lines += [quote_line(c) for c in citations]
    return "\n".join(lines)
