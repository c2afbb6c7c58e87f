"""Pure builders for Slack's AI assistant pane: the greeting, suggested prompts, the streamed markdown."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Answer
from bot.mrkdwn import escape
from bot.render import NO_SOURCE, lead_text, one_line


def markdown(answer: Answer, *, title: str | None, source: str | None) -> str:
    """The answer as escaped markdown for streaming (``chat.startStream``): lead, quotes, then the source."""
    lines = [escape(one_line(lead_text(answer) or answer.text))]
    lines += [f"> „{escape(one_line(c.quote))}” ¶{c.paragraph}" for c in answer.citations]
    lines.append(f"_{escape(one_line(title or 'Untitled article'))} · {escape(source) if source else NO_SOURCE}_")
    return "\n\n".join(lines)


def suggested_prompts(lang: str, speakers: Sequence[str], limit: int = 4) -> list[dict[str, str]]:
    """Prompts for a new assistant thread: a summary, then one per main speaker (Slack shows at most four)."""
    if lang == "pl":
        prompts = [{"title": "Streść artykuł", "message": "O czym jest ten artykuł?"}]
        prompts += [{"title": f"Co mówi {name}?"[:75], "message": f"Co mówi {name}?"} for name in speakers]
        prompts.append({"title": "Kto jest cytowany?", "message": "Kto jest cytowany w artykule?"})
    else:
        prompts = [{"title": "Summarise the article", "message": "What is the article about?"}]
        prompts += [{"title": f"What does {name} say?"[:75], "message": f"What does {name} say?"} for name in speakers]
        prompts.append({"title": "Who is quoted?", "message": "Who is quoted in the article?"})
    return prompts[:limit]


def greeting(title: str) -> str:
    """The first message of an assistant thread."""
    return f"Hi! Ask me about *{escape(one_line(title))}* — I answer only with quotes from the article, and say so when it doesn't say."
