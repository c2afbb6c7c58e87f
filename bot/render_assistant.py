"""Pure builders for Slack's AI assistant pane: the greeting, suggested prompts, the streamed markdown."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Answer
from bot.mrkdwn import escape
from bot.render import NO_SOURCE, TRIMMED, answer_lines, chunks, one_line, quote_pieces

# Slack takes at most 12,000 characters of markdown_text per call and renders a streamed
# answer as one markdown block (12,000 characters); keeping the whole answer under it
# meets both however the streamer buffers the pieces.
MARKDOWN_CHARS = 12_000


def markdown(answer: Answer, *, title: str | None, source: str | None) -> str:
    """The answer as escaped markdown for streaming (``chat.startStream``), one paragraph per line.

    Lines follow the answer's order as in the channel (a bullet's label above its quotes,
    each quote with its ¶); the note and the source line end it.  Past Slack's limit the
    body is trimmed with a note, never the source line.
    """
    body: list[str] = []
    for item in answer_lines(answer):
        body += chunks(escape(one_line(item))) if isinstance(item, str) else quote_pieces(item)
    tail = [f"_{escape(one_line(answer.note))}_"] if answer.note else []
    tail.append(f"_{escape(one_line(title or 'Untitled article'))} · {escape(one_line(source)) if source else NO_SOURCE}_")
    room = MARKDOWN_CHARS - len("\n\n".join([TRIMMED, *tail])) - 2
    kept: list[str] = []
    for paragraph in body:
        room -= len(paragraph) + 2
        if room < 0:
            kept.append(TRIMMED)
            break
        kept.append(paragraph)
    return "\n\n".join(kept + tail)


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
