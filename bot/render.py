"""Block Kit for answers: pure functions from an Answer (and its article's metadata) to Slack messages.

A message is ``{"text": fallback, "blocks": [...]}``, ready for ``chat.postMessage(**message)``
or ``respond(**message)``.  Slack's limits (3,000 characters per section, 50 blocks,
about 4,000 characters per message) are met by splitting into several messages and,
past a few, trimming with a note — never by failing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.answer import Answer, Citation
from bot.mrkdwn import escape
from bot.render_text import quote_line
from knowledge.claims import Claim

Block = dict[str, Any]
Message = dict[str, Any]

SECTION_CHARS = 3000
MAX_BLOCKS = 50
MESSAGE_CHARS = 3800
MAX_PARTS = 4  # a response_url takes 5 posts: 4 parts + deleting the ephemeral original
BUTTON_VALUE_CHARS = 2000
NO_SOURCE = "source not given"
TRIMMED = "_(Trimmed: the rest did not fit in Slack's message limits — ask a narrower question to see it.)_"

FEEDBACK_ACTION = "answer_feedback"
SHARE_ACTION = "post_to_channel"


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) as one space."""
    return " ".join(text.split())


def chunks(text: str, limit: int = SECTION_CHARS - 100) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, at spaces, never inside an ``&amp;`` entity."""
    out = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        if cut <= 0:
            cut = limit
        amp = text.rfind("&", cut - 5, cut)
        if amp > 0 and ";" not in text[amp:cut]:
            cut = amp
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        out.append(text)
    return out


def section(mrkdwn: str) -> Block:
    """A mrkdwn section block (caller keeps it under 3,000 characters)."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def context(mrkdwn: str) -> Block:
    """A context block with one mrkdwn element."""
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": mrkdwn[:SECTION_CHARS]}]}


def answer_lines(answer: Answer) -> list[str | Citation]:
    """The answer in reading order: its own lines (text) and its quotes (citations), each once.

    Follows the answer's text, so a bulleted answer (summary, speakers) keeps each label
    above its quotes; citations the text does not show come last.
    """
    by_line = {quote_line(c): c for c in answer.citations}
    shown: set[str] = set()
    out: list[str | Citation] = []
    for line in answer.text.split("\n"):
        if not line.strip():
            continue
        if line in by_line and line not in shown:
            shown.add(line)
            out.append(by_line[line])
        else:
            out.append(line)
    out += [c for c in answer.citations if quote_line(c) not in shown]
    return out


def quote_pieces(c: Citation) -> list[str]:
    """A verbatim quote as escaped blockquote text: „…” and its ¶N (several pieces under 3,000 characters when very long)."""
    pieces = chunks(escape(one_line(c.quote)))
    out = []
    for i, piece in enumerate(pieces):
        opening = "„" if i == 0 else ""
        closing = f"” ¶{c.paragraph}" if i == len(pieces) - 1 else " …"
        out.append(f"> {opening}{piece}{closing}")
    return out


def quote_blocks(c: Citation) -> list[Block]:
    """A verbatim quote as blockquote sections (several when very long)."""
    return [section(piece) for piece in quote_pieces(c)]


def source_line(title: str | None, source: str | None) -> str:
    """The context line naming the article and its source."""
    return f"*{escape(one_line(title or 'Untitled article'))}* · {escape(one_line(source)) if source else NO_SOURCE}"


def feedback_block(question: str, article_id: str | None) -> Block:
    """👍/👎 buttons (Slack's feedback element); each carries the question so the vote can be stored with it."""

    def value(vote: str) -> str:
        q = question
        while True:
            raw = json.dumps({"v": vote, "a": article_id, "q": q}, ensure_ascii=False)
            if len(raw) <= BUTTON_VALUE_CHARS:
                return raw
            q = q[: len(q) - (len(raw) - BUTTON_VALUE_CHARS) - 1]

    return {
        "type": "context_actions",
        "elements": [
            {
                "type": "feedback_buttons",
                "action_id": FEEDBACK_ACTION,
                "positive_button": {
                    "text": {"type": "plain_text", "text": "👍"},
                    "value": value("up"),
                    "accessibility_label": "Good answer",
                },
                "negative_button": {
                    "text": {"type": "plain_text", "text": "👎"},
                    "value": value("down"),
                    "accessibility_label": "Bad answer",
                },
            }
        ],
    }


def share_block(key: str) -> Block:
    """A "Post to channel" button carrying the key its reply is kept under."""
    button = {"type": "button", "action_id": SHARE_ACTION, "text": {"type": "plain_text", "text": "Post to channel"}, "value": key}
    return {"type": "actions", "elements": [button]}


def paginate(units: Sequence[tuple[Block, str]], tail: Sequence[Block] = (), tail_text: str = "") -> list[Message]:
    """Pack (block, plain text) units into messages within Slack's limits; ``tail`` ends the last one."""
    room = MAX_BLOCKS - len(tail) - 1  # one spare block for the trim note
    parts: list[tuple[list[Block], list[str]]] = [([], [])]
    size = 0
    for block, text in units:
        blocks, texts = parts[-1]
        chars = _chars(block)
        if blocks and (len(blocks) >= room or size + chars > MESSAGE_CHARS):
            parts.append(([], []))
            blocks, texts = parts[-1]
            size = 0
        blocks.append(block)
        texts.append(text)
        size += chars
    trimmed = len(parts) > MAX_PARTS
    parts = parts[:MAX_PARTS]
    messages = []
    for i, (blocks, texts) in enumerate(parts):
        last = i == len(parts) - 1
        if last and trimmed:
            blocks = [*blocks, context(TRIMMED)]
        if last:
            blocks = [*blocks, *tail]
            texts = [*texts, tail_text] if tail_text else texts
        messages.append({"text": _fallback("\n".join(t for t in texts if t)), "blocks": blocks})
    return messages


def _chars(block: Block) -> int:
    return len(json.dumps(block, ensure_ascii=False))


def _fallback(text: str) -> str:
    text = escape(text)
    if len(text) <= MESSAGE_CHARS:
        return text
    return text[: MESSAGE_CHARS - 2].rstrip() + " …"


def answer_messages(
    answer: Answer, *, title: str | None, source: str | None, tail: Sequence[Block] = (), heading: str | None = None
) -> list[Message]:
    """An answer as Block Kit: lead sentence, a blockquote per citation, and a context line with title and source."""
    units: list[tuple[Block, str]] = []
    if heading:
        units.append((section(f"*{escape(heading)}*"), heading))
    for item in answer_lines(answer):
        if isinstance(item, str):
            units += [(section(piece), _unescape(piece)) for piece in chunks(escape(one_line(item)))]
            continue
        units += [(block, "") for block in quote_blocks(item)]
        units[-1] = (units[-1][0], quote_line(item))
    if answer.note:
        units.append((context(escape(one_line(answer.note))), answer.note))
    credit = source_line(title, source)
    return paginate(units, tail=[context(credit), *tail], tail_text=f"— {title or 'Untitled article'} · {source or NO_SOURCE}")


def claims_messages(claims: Sequence[Claim], *, title: str | None, source: str | None, tail: Sequence[Block] = ()) -> list[Message]:
    """The claims ledger (or one speaker's part of it): who said what, each as a verbatim quote with ¶N."""
    units: list[tuple[Block, str]] = []
    for claim in claims:
        who = escape(one_line(claim.canonical or claim.speaker))
        pieces = chunks(escape(one_line(claim.text)), SECTION_CHARS - 200)
        for i, piece in enumerate(pieces):
            head = f"*{who}* {escape(claim.act)}:\n" if i == 0 else ""
            tail_mark = f"” ¶{claim.paragraph}" if i == len(pieces) - 1 else " …"
            units.append((section(f"{head}> {'„' if i == 0 else ''}{piece}{tail_mark}"), ""))
        units[-1] = (units[-1][0], f"{claim.canonical or claim.speaker} {claim.act}: „{one_line(claim.text)}” [¶{claim.paragraph}]")
    return paginate(units, tail=[context(source_line(title, source)), *tail], tail_text=f"— {title or 'Untitled article'}")


def notice(text_mrkdwn: str) -> Message:
    """A one-section message (``text_mrkdwn`` is already escaped where it quotes user or article text)."""
    return {"text": text_mrkdwn[:MESSAGE_CHARS], "blocks": [section(piece) for piece in chunks(text_mrkdwn)][: MAX_BLOCKS - 1]}


def halve(message: Message) -> list[Message]:
    """Split a message Slack refused as too long into two (or, for one block, cut its text in two)."""
    blocks = list(message.get("blocks") or [])
    text = str(message.get("text") or "")
    if len(blocks) > 1:
        mid = len(blocks) // 2
        return [{"text": text[: len(text) // 2] or text, "blocks": blocks[:mid]}, {"text": text[len(text) // 2 :], "blocks": blocks[mid:]}]
    body = blocks[0]["text"]["text"] if blocks and blocks[0].get("type") == "section" else text
    first, second = body[: len(body) // 2], body[len(body) // 2 :]
    return [{"text": first, "blocks": [section(first)]}, {"text": second, "blocks": [section(second)]}]


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
